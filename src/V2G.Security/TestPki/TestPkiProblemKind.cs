namespace V2G.Security.TestPki;

/// <summary>What made <see cref="TestPkiBuilder.TryBuild"/> refuse to create a test PKI.</summary>
public enum TestPkiProblemKind
{
    /// <summary>The builder cannot create certificates for the profile (Ed448 needs a certificate generator the BCL lacks).</summary>
    UnsupportedProfile,

    /// <summary>The SECC leaf's common name is not an EVSEID.</summary>
    InvalidEvseId,

    /// <summary>The contract leaf's common name is not an eMAID in compact form.</summary>
    InvalidEmaid,

    /// <summary>The provisioning leaf's common name is not a PCID.</summary>
    InvalidPcid,

    /// <summary>The organization or country of the subject names is unusable.</summary>
    InvalidName,

    /// <summary>A test PKI folder lacks a file, or a certificate or key in it cannot be read.</summary>
    FolderUnreadable,

    /// <summary>A CSR was refused (malformed, bad signature, wrong key, subject or key usage for the role), see the message.</summary>
    CsrRefused,

    /// <summary>The certificate issued from a CSR does not validate for its role with the folder's chain (wrong CA for the role).</summary>
    IssuedChainInvalid,
}
