namespace V2G.Security.Identifiers;

/// <summary>Why a text is not a valid identifier: the rule broken, where, and a message saying both.</summary>
public sealed class IdentifierError
{
    internal IdentifierError(IdentifierKind identifier, IdentifierErrorKind kind, int? position, string message)
    {
        Identifier = identifier;
        Kind = kind;
        Position = position;
        Message = message;
    }

    /// <summary>The identifier type that was being parsed.</summary>
    public IdentifierKind Identifier { get; }

    /// <summary>The rule that was broken.</summary>
    public IdentifierErrorKind Kind { get; }

    /// <summary>1-based position of the offending character in the input, or null when the error is not about one character.</summary>
    public int? Position { get; }

    /// <summary>A message naming the identifier, the rule, the position and the rule's source.</summary>
    public string Message { get; }

    /// <summary>For <see cref="IdentifierErrorKind.CheckDigitMismatch"/>: the check digit the algorithm gives.</summary>
    public char? ExpectedCheckDigit { get; private init; }

    /// <summary>For <see cref="IdentifierErrorKind.CheckDigitMismatch"/>: the check digit the input carries (upper case).</summary>
    public char? FoundCheckDigit { get; private init; }

    /// <inheritdoc/>
    public override string ToString() => Message;

    internal static IdentifierError CheckDigitMismatch(IdentifierKind identifier, int position, char expected, char found, string message) =>
        new(identifier, IdentifierErrorKind.CheckDigitMismatch, position, message) { ExpectedCheckDigit = expected, FoundCheckDigit = found };
}
