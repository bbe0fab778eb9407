namespace V2G.Security.Certificates;

/// <summary>
/// The rules of RFC 5280 path validation and of the ISO 15118 certificate profile that a chain can break.
/// A <see cref="ChainFailure"/> names exactly one of them.
/// </summary>
public enum ChainRule
{
    /// <summary>No trust anchor was given for the role (or none of the given ones could be parsed).</summary>
    NoTrustAnchor,

    /// <summary>A certificate's DER cannot be parsed, or its inner and outer signature algorithms differ (RFC 5280 4.1.1.2).</summary>
    Malformed,

    /// <summary>The certificate is not X.509 version 3.</summary>
    Version,

    /// <summary>The serial number is zero or negative (RFC 5280 4.1.2.2).</summary>
    SerialNumber,

    /// <summary>The certificate carries a critical extension this validator does not process.</summary>
    UnknownCriticalExtension,

    /// <summary>The subject public key is not the profile's (P-256 for ISO 15118-2, P-521 or Ed448 for ISO 15118-20).</summary>
    ProfileKeyAlgorithm,

    /// <summary>The certificate's signature algorithm is not the profile's (ecdsa-with-SHA256, ecdsa-with-SHA512 or Ed448).</summary>
    ProfileSignatureAlgorithm,

    /// <summary>Only the leaf was given and no trust anchor issued it: the sub-CAs are missing.</summary>
    IncompleteChain,

    /// <summary>A certificate's issuer name matches none of the presented sub-CAs or trust anchors.</summary>
    IssuerNameMismatch,

    /// <summary>The chain ends at a certificate whose issuer is not a trust anchor of the role.</summary>
    UntrustedRoot,

    /// <summary>The signature of a certificate does not verify with its issuer's public key.</summary>
    Signature,

    /// <summary>The validation time is after the certificate's notAfter.</summary>
    Expired,

    /// <summary>The validation time is before the certificate's notBefore.</summary>
    NotYetValid,

    /// <summary>An issuing certificate has no basicConstraints extension or has CA:false.</summary>
    IssuerNotCa,

    /// <summary>An issuing certificate has no keyUsage extension or its keyUsage lacks keyCertSign.</summary>
    IssuerKeyUsage,

    /// <summary>A CA's pathLenConstraint is exceeded by the number of CA certificates below it.</summary>
    PathLength,

    /// <summary>More than two sub-CAs lie between the leaf and the root (ISO 15118 chain depth).</summary>
    ChainDepth,

    /// <summary>The leaf has no basicConstraints extension or has CA:true.</summary>
    LeafBasicConstraints,

    /// <summary>The leaf's keyUsage lacks a usage its role requires or has one its role does not allow.</summary>
    LeafKeyUsage,

    /// <summary>The leaf's Domain Component (DC) is not the one of its role (CPO, CPS, MO, OEM).</summary>
    DomainComponent,

    /// <summary>The contract certificate's common name does not look like an eMAID.</summary>
    ContractIdentifier,

    /// <summary>The OEM provisioning certificate's common name does not look like a PCID.</summary>
    ProvisioningIdentifier,

    /// <summary>A certificate below the trust anchor is revoked.</summary>
    Revoked,

    /// <summary>The revocation status of a certificate is unknown (or no checker was given) while the policy requires one.</summary>
    RevocationUnknown,
}
