using System;

namespace V2G.Security.Identifiers;

/// <summary>
/// Thrown by the <c>Parse</c> methods of <see cref="EMaid"/>, <see cref="Pcid"/> and <see cref="EvseId"/>; carries the typed error.
/// </summary>
public sealed class IdentifierFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="error"/>; its message is the error's message.</summary>
    /// <param name="error">The rule that was broken.</param>
    public IdentifierFormatException(IdentifierError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>The rule that was broken, its position and kind.</summary>
    public IdentifierError Error { get; }
}
