using V2G.Messages.Iso2;

namespace V2G.Security.Provisioning;

/// <summary>Maps certificate chains to and from the ISO 15118-2 CertificateChainType.</summary>
internal static class Iso2Chains
{
    public static CertificateChainType ToMessage(CertificateChainData chain, string? id) => new()
    {
        Id = id,
        Certificate = chain.Leaf.RawData,
        SubCertificates = chain.SubCertificates.Count == 0 ? null : new SubCertificatesType { Certificate = chain.SubCertificateBytes() },
    };

    public static bool TryParse(
        string what, CertificateChainType? chain, out CertificateChainData? parsed, out ProvisioningFailure? failure)
    {
        parsed = null;
        if (chain is null)
        {
            failure = new(ProvisioningFailureKind.MalformedCertificate, what + " is missing");
            return false;
        }

        return ProvisioningChecks.TryParseChain(what, chain.Certificate, chain.SubCertificates?.Certificate, out parsed, out failure);
    }
}
