namespace V2G.Security.KeyTransport;

/// <summary>A typed key transport failure: what failed and a precise human-readable reason.</summary>
public sealed class KeyTransportError
{
    internal KeyTransportError(KeyTransportErrorKind kind, string message)
    {
        Kind = kind;
        Message = message;
    }

    /// <summary>The failed check.</summary>
    public KeyTransportErrorKind Kind { get; }

    /// <summary>What failed and why (naming the field, its length or the rule).</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind + ": " + Message;
}
