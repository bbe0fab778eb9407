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
}
