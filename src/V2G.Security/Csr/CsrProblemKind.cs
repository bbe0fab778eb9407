namespace V2G.Security.Csr;

/// <summary>Why a certificate signing request was not created, or not signed into a certificate.</summary>
public enum CsrProblemKind
{
    /// <summary>The subject text cannot be parsed, or one of its attributes is missing, repeated, unknown or too long.</summary>
    InvalidSubject,

    /// <summary>The CN is not the identifier the role asks for (EVSEID, eMAID, PCID).</summary>
    InvalidIdentifier,

    /// <summary>The DC is not the one the role's leaf carries (CPO, CPS, MO, OEM).</summary>
    WrongDomainComponent,

    /// <summary>The profile is unknown, or the CSR's key does not belong to the profile of the issuing PKI.</summary>
    ProfileMismatch,

    /// <summary>The bytes are not a PKCS#10 request (neither DER nor a CERTIFICATE REQUEST PEM block that parses).</summary>
    Malformed,

    /// <summary>The CSR's signature does not verify with the public key it carries (the request was altered).</summary>
    BadSignature,

    /// <summary>The requested keyUsage is missing, or does not fit the role (a required usage is absent or another is present).</summary>
    KeyUsageNotAllowed,

    /// <summary>The request asks for CA:true, or for an extension a leaf of the profile does not get.</summary>
    ExtensionNotAllowed,

    /// <summary>The issued certificate did not validate for its role (the validator's failure is in the message).</summary>
    IssuedChainInvalid,
}
