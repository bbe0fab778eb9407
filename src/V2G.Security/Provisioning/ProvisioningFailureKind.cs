

namespace V2G.Security.Provisioning;

/// <summary>Which step of CertificateInstallation / CertificateUpdate refused its input.</summary>
public enum ProvisioningFailureKind
{
    /// <summary>An input of the caller is unusable (a key of the wrong profile, a contract certificate without a key, ...).</summary>
    InvalidInput,

    /// <summary>The document is not the message this step handles (e.g. a CertificateUpdateReq given to the installation step).</summary>
    UnexpectedMessage,

    /// <summary>A certificate in the message cannot be parsed as X.509.</summary>
    MalformedCertificate,

    /// <summary>The request carries no signature or its signature (references, SignatureValue) does not verify with its own certificate.</summary>
    RequestSignatureInvalid,

    /// <summary>The OEM provisioning certificate chain of a CertificateInstallationReq does not validate to the OEM roots.</summary>
    OemProvisioningChainInvalid,

    /// <summary>The current contract chain of a CertificateUpdateReq does not validate to the MO / V2G roots.</summary>
    CurrentContractChainInvalid,

    /// <summary>The eMAID of a message differs from the common name of the contract certificate it goes with.</summary>
    EmaidMismatch,

    /// <summary>The contract key could not be encrypted for the vehicle.</summary>
    KeyEncryptionFailed,

    /// <summary>The signed message could not be built (signing or encoding failed).</summary>
    SigningFailed,

    /// <summary>The response reports a failure (its ResponseCode is a FAILED code).</summary>
    ResponseNotOk,

    /// <summary>The CPS (SA provisioning) certificate chain of a response does not validate to the vehicle's V2G roots.</summary>
    CpsChainInvalid,

    /// <summary>The response carries no signature or its signature does not verify with the CPS leaf certificate.</summary>
    ResponseSignatureInvalid,

    /// <summary>The contract key does not decrypt or fails the receiver checks (GCM tag, range, d·G against the certificate).</summary>
    KeyDecryptionFailed,

    /// <summary>The delivered contract certificate chain does not validate (role Contract).</summary>
    NewContractChainInvalid,
}
