using System.Collections.Generic;
using V2G.Messages.Iso20;

namespace V2G.Security.Provisioning;

/// <summary>Maps certificate chains to and from the ISO 15118-20 chain types.</summary>
internal static class Iso20Chains
{
    public static SubCertificatesType? Subs(CertificateChainData chain) =>
        chain.SubCertificates.Count == 0 ? null : new SubCertificatesType { Certificate = chain.SubCertificateBytes() };

    public static CertificateChainType Plain(CertificateChainData chain) => new() { Certificate = chain.Leaf.RawData, SubCertificates = Subs(chain) };

    public static ContractCertificateChainType Contract(CertificateChainData chain) => new()
    {
        Certificate = chain.Leaf.RawData,
        SubCertificates = Subs(chain) ?? new SubCertificatesType(),
    };

    public static bool TryParse(string what, byte[]? leaf, SubCertificatesType? subs, out CertificateChainData? parsed,
        out ProvisioningFailure? failure)
    {
        parsed = null;
        if (leaf is null)
        {
            failure = new(ProvisioningFailureKind.MalformedCertificate, what + " is missing");
            return false;
        }

        IReadOnlyList<byte[]>? subList = subs?.Certificate;
        return ProvisioningChecks.TryParseChain(what, leaf, subList, out parsed, out failure);
    }
}
