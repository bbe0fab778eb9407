using System.Collections.Generic;
using V2G.Messages.Iso2;
using V2G.Security.Signatures.Engine;

namespace V2G.Security.Signatures.Iso2;

/// <summary>
/// What ISO 15118-2 signs in each message type: the body element of AuthorizationReq ([V2G2-800]), MeteringReceiptReq,
/// CertificateInstallationReq and CertificateUpdateReq; the four contract elements of CertificateInstallationRes and
/// CertificateUpdateRes; every SalesTariff of a ChargeParameterDiscoveryRes. Elements are listed in document order.
/// </summary>
internal static class Iso2SignedMessages
{
    public static SignedMessageRule<Iso2Fragment> RuleOf(V2G_Message message)
    {
        var body = message.Body?.BodyElement;
        switch (body)
        {
            case AuthorizationReqType a:
                return new("AuthorizationReq", new[] { Element("AuthorizationReq", a.Id, a, Iso2Fragment.FromAuthorizationReq(a), id => a.Id = id) }, true, a.GenChallenge);
            case MeteringReceiptReqType m:
                return Single("MeteringReceiptReq", m.Id, m, Iso2Fragment.FromMeteringReceiptReq(m), id => m.Id = id);
            case CertificateInstallationReqType c:
                return Single("CertificateInstallationReq", c.Id, c, Iso2Fragment.FromCertificateInstallationReq(c), id => c.Id = id);
            case CertificateUpdateReqType u:
                return Single("CertificateUpdateReq", u.Id, u, Iso2Fragment.FromCertificateUpdateReq(u), id => u.Id = id);
            case CertificateInstallationResType r:
                return ContractData("CertificateInstallationRes", r.ContractSignatureCertChain, r.ContractSignatureEncryptedPrivateKey, r.DHpublickey, r.EMAID);
            case CertificateUpdateResType r:
                return ContractData("CertificateUpdateRes", r.ContractSignatureCertChain, r.ContractSignatureEncryptedPrivateKey, r.DHpublickey, r.EMAID);
            case ChargeParameterDiscoveryResType d:
                return SalesTariffs(d);
            default:
                return SignedMessageRule<Iso2Fragment>.Unsigned(body == null ? "V2G_Message" : NameOf(body));
        }
    }

    private static SignedMessageRule<Iso2Fragment> Single(string name, string? id, object content, Iso2Fragment fragment, System.Action<string> assign) =>
        new(name, new[] { Element(name, id, content, fragment, assign) }, false, null);

    private static SignedMessageRule<Iso2Fragment> ContractData(string name, CertificateChainType? chain, ContractSignatureEncryptedPrivateKeyType? key, DiffieHellmanPublickeyType? dh, EMAIDType? emaid)
    {
        var elements = new List<SignedElement<Iso2Fragment>>();
        if (chain != null)
        {
            elements.Add(Element("ContractSignatureCertChain", chain.Id, chain, Iso2Fragment.FromContractSignatureCertChain(chain), id => chain.Id = id));
        }

        if (key != null)
        {
            elements.Add(Element("ContractSignatureEncryptedPrivateKey", key.Id, key, Iso2Fragment.FromContractSignatureEncryptedPrivateKey(key), id => key.Id = id));
        }

        if (dh != null)
        {
            elements.Add(Element("DHpublickey", dh.Id, dh, Iso2Fragment.FromDHpublickey(dh), id => dh.Id = id));
        }

        if (emaid != null)
        {
            elements.Add(Element("eMAID", emaid.Id, emaid, Iso2Fragment.FromEMAID(emaid), id => emaid.Id = id));
        }

        return new(name, elements, false, null);
    }

    private static SignedMessageRule<Iso2Fragment> SalesTariffs(ChargeParameterDiscoveryResType response)
    {
        var elements = new List<SignedElement<Iso2Fragment>>();
        if (response.SASchedules is SAScheduleListType list)
        {
            foreach (var tuple in list.SAScheduleTuple)
            {
                if (tuple.SalesTariff is { } tariff)
                {
                    elements.Add(Element("SalesTariff", tariff.Id, tariff, Iso2Fragment.FromSalesTariff(tariff), id => tariff.Id = id));
                }
            }
        }

        return new("ChargeParameterDiscoveryRes", elements, false, null);
    }

    private static SignedElement<Iso2Fragment> Element(string name, string? id, object content, Iso2Fragment fragment, System.Action<string> assign) =>
        new(name, id, content, fragment, assign);

    /// <summary>The element name of a body type: its class name without "Type".</summary>
    private static string NameOf(BodyBaseType body)
    {
        string name = body.GetType().Name;
        return name.EndsWith("Type", System.StringComparison.Ordinal) ? name[..^4] : name;
    }
}
