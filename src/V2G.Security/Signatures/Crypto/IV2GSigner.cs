using System;

namespace V2G.Security.Signatures.Crypto;

/// <summary>
/// Signs the EXI bytes of a SignedInfo with a key the caller holds: in memory, or in an HSM, TPM or secure element
/// behind an implementation of this interface. The signer hashes the data itself, as the profile's algorithm says.
/// </summary>
public interface IV2GSigner
{
    /// <summary>The profile of the key: its curve and the signature algorithm.</summary>
    SecurityProfile Profile { get; }

    /// <summary>Signs <paramref name="data"/>: raw r||s for ECDSA (64 or 132 bytes), 114 bytes for Ed448.</summary>
    byte[] Sign(ReadOnlySpan<byte> data);
}
