using System;

namespace V2G.Security.Signatures;

/// <summary>What a verifier expects besides a valid signature.</summary>
public sealed class SignatureVerificationOptions
{
    /// <summary>No expectations beyond the family's profiles; an AuthorizationReq then needs <see cref="ExpectedGenChallenge"/>.</summary>
    public static SignatureVerificationOptions Default { get; } = new();

    /// <summary>
    /// The profile the session uses; null accepts any profile of the message family (ISO 15118-2: P-256/SHA-256;
    /// ISO 15118-20: P-521/SHA-512 or Ed448/SHAKE256), but always one profile per signature.
    /// </summary>
    public SecurityProfile? Profile { get; init; }

    /// <summary>
    /// The GenChallenge the SECC sent (PaymentDetailsRes, AuthorizationSetupRes): an AuthorizationReq must be signed
    /// over exactly these bytes, or it is a replay.
    /// </summary>
    public ReadOnlyMemory<byte>? ExpectedGenChallenge { get; init; }

    /// <summary>
    /// Accepts an AuthorizationReq without <see cref="ExpectedGenChallenge"/> (offline inspection of a capture); the
    /// result then says the GenChallenge was not checked. A SECC never sets this.
    /// </summary>
    public bool AllowUnboundGenChallenge { get; init; }
}
