using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Provisioning;

/// <summary>The certificate provisioning service's chain (sent as SAProvisioningCertificateChain / CPSCertificateChain) and
/// the signer of its leaf key.</summary>
/// <param name="Chain">CPS leaf, CPS Sub-CA 2, CPS Sub-CA 1.</param>
/// <param name="Signer">Signs with the CPS leaf's key.</param>
public sealed record CpsCredentials(CertificateChainData Chain, IV2GSigner Signer);
