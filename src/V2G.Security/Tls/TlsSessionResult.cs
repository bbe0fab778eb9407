using System.Diagnostics.CodeAnalysis;
using System.Net.Security;

namespace V2G.Security.Tls;

/// <summary>The outcome of a handshake run by a helper: the authenticated stream, or why there is none.</summary>
public sealed class TlsSessionResult
{
    internal TlsSessionResult(SslStream? stream, TlsPeerVerdict? peerVerdict, string? failure)
    {
        Stream = stream;
        PeerVerdict = peerVerdict;
        Failure = failure;
    }

    /// <summary>True when the handshake completed; then <see cref="Stream"/> is set and the caller disposes it.</summary>
    [MemberNotNullWhen(true, nameof(Stream))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsEstablished => Stream != null;

    /// <summary>The authenticated stream (it owns the transport), or null when the handshake failed (the transport is closed).</summary>
    public SslStream? Stream { get; }

    /// <summary>What the certificate callback decided about the peer, or null when no peer chain was checked (ISO 15118-2 SECC).</summary>
    public TlsPeerVerdict? PeerVerdict { get; }

    /// <summary>Why the handshake failed: the peer verdict when it refused the chain, else the platform's message.</summary>
    public string? Failure { get; }

    /// <summary>"established" or the failure.</summary>
    public override string ToString() => IsEstablished ? $"established ({Stream.SslProtocol}, {Stream.NegotiatedCipherSuite})" : Failure;
}
