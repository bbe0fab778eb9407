using System;

namespace V2G.Security.KeyTransport;

/// <summary>Thrown by the non-Try members of <see cref="ContractKeyTransport"/>; carries the typed <see cref="Error"/>.</summary>
public sealed class KeyTransportException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">The failure.</param>
    public KeyTransportException(KeyTransportError error)
        : base(error.ToString())
    {
        Error = error;
    }

    /// <summary>The typed failure.</summary>
    public KeyTransportError Error { get; }
}
