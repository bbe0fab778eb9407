namespace V2G.Security.KeyTransport;

/// <summary>Why a contract key could not be encrypted or why a received encrypted contract key was refused.</summary>
public enum KeyTransportErrorKind
{
    /// <summary>The profile value is not one of <see cref="KeyTransportProfile"/>.</summary>
    UnknownProfile,

    /// <summary>An input (encrypted key, IV, private key, expected public key) has the wrong length for the profile.</summary>
    WrongLength,

    /// <summary>The DH public key is malformed (prefix, length) or not a valid point / yields an all-zero X448 secret.</summary>
    InvalidDhPublicKey,

    /// <summary>The recipient's (or the ephemeral) key is unusable for the profile (wrong curve, malformed, out of range).</summary>
    InvalidKeyAgreementKey,

    /// <summary>AES-GCM authentication failed: the ciphertext, IV or tag was altered, or the AAD (PCID, SKI) differs.</summary>
    TagMismatch,

    /// <summary>The AAD is not usable: missing for ISO 15118-20, present for ISO 15118-2, or a PCID/SKI that is not ASCII/hex.</summary>
    InvalidAssociatedData,

    /// <summary>ISO 15118-20 SECP521: the top 7 bits of the 66-byte plaintext are not zero ([V2G20-2678]).</summary>
    LeadingBitsNotZero,

    /// <summary>The contract private scalar d is zero or not below the curve order n ([V2G20-2507]).</summary>
    ScalarOutOfRange,

    /// <summary>The public key of the decrypted private key differs from the contract certificate's (or given) key.</summary>
    PublicKeyMismatch,

    /// <summary>The contract certificate carries a key that cannot be compared with the profile's decrypted key.</summary>
    UnsupportedContractCertificate,
}
