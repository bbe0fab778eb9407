using System.Net.Security;
using System.Security.Authentication;
using V2G.Security.Certificates;

namespace V2G.Security.Tls;

/// <summary>What the certificate callback decided about the other side's chain, kept so the caller can read why.</summary>
/// <param name="Refusal">Why the chain was refused, or <see cref="TlsPeerRefusal.None"/> when it was accepted.</param>
/// <param name="Chain">The chain validation result; null when no chain was validated (no certificate, unknown profile).</param>
/// <param name="Profile">The profile the chain was validated with, or null when none applied.</param>
/// <param name="Protocol">The protocol the handshake had negotiated when the callback ran.</param>
/// <param name="PlatformErrors">
/// What the platform's own validation reported. Informational: it does not know the V2G roots or the ISO profile, so
/// chain and name errors are expected and overridden by <paramref name="Chain"/>.
/// </param>
/// <param name="Message">One line for people.</param>
public sealed record TlsPeerVerdict(
    TlsPeerRefusal Refusal,
    ChainValidationResult? Chain,
    SecurityProfile? Profile,
    SslProtocols Protocol,
    SslPolicyErrors PlatformErrors,
    string Message)
{
    /// <summary>True when the chain was accepted.</summary>
    public bool IsAccepted => Refusal == TlsPeerRefusal.None;

    /// <summary>The rule the chain broke, or null when it was accepted or refused before validation.</summary>
    public ChainRule? FailedRule => Chain?.Failure?.Rule;

    /// <summary>The message.</summary>
    public override string ToString() => Message;
}
