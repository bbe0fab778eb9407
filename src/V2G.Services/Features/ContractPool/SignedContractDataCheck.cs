using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Security.Authority;
using V2G.Security.Certificates;
using V2G.Security.Identifiers;
using V2G.Security.Revocation;
using V2G.Security.Signatures;
using V2G.Services.Client.Opcp;
using V2G.Services.Features.RootPool;
using Iso2 = V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Services.Features.ContractPool;

/// <summary>
/// What the contract pool checks before it accepts an MO's signed contract data: the EXI is a CertificateInstallationRes of
/// the namespace, its CPS chain validates to the folder's V2G root and signed it, and its contract chain validates (MO or V2G
/// root) for a certificate whose CN is the eMAID. Revocation comes from the service's store.
/// </summary>
internal static class SignedContractDataCheck
{
    /// <summary>The contract certificate's DER, or why the data is refused (and whether the EXI itself is malformed).</summary>
    public static (byte[]? ContractCertificate, string? Problem, bool Malformed) Check(
        byte[] exi, string ns, string emaid, PkiDirectory pki, IRevocationChecker checker, DateTimeOffset now)
    {
        byte[]? cps;
        List<byte[]> cpsSubs, contractSubs;
        byte[]? contract;
        Func<X509Certificate2, SignatureVerificationResult> verify;
        if (OpcpNamespaces.IsIso2(ns))
        {
            if (!Iso2.Iso2Codec.TryDecode(exi, out Iso2.Iso2Document document, out ExiError? error))
            {
                return (null, "signedContractDataXML is not an ISO 15118-2 EXI stream: " + error.Message, true);
            }

            if (document.V2G_Message?.Body?.BodyElement is not Iso2.CertificateInstallationResType response)
            {
                return (null, "signedContractDataXML is not a CertificateInstallationRes", false);
            }

            Iso2.CertificateChainType? sa = response.SAProvisioningCertificateChain, signed = response.ContractSignatureCertChain;
            (cps, cpsSubs) = (sa?.Certificate, Subs(sa?.SubCertificates?.Certificate));
            (contract, contractSubs) = (signed?.Certificate, Subs(signed?.SubCertificates?.Certificate));
            verify = leaf => V2GSignature.Verify(document, leaf);
        }
        else
        {
            Iso20.CommonMessagesDocument document;
            try
            {
                document = Iso20.CommonMessagesCodec.Decode(exi, ExiDecodeOptions.IgnoringLengthFacets, out _);
            }
            catch (ExiDecodeException e)
            {
                return (null, "signedContractDataXML is not an ISO 15118-20 CommonMessages EXI stream: " + ExiError.From(e).Message, true);
            }

            if (document.CertificateInstallationRes is not { } response)
            {
                return (null, "signedContractDataXML is not a CertificateInstallationRes", false);
            }

            (cps, cpsSubs) = (response.CPSCertificateChain?.Certificate, Subs(response.CPSCertificateChain?.SubCertificates?.Certificate));
            var chain = response.SignedInstallationData?.ContractCertificateChain;
            (contract, contractSubs) = (chain?.Certificate, Subs(chain?.SubCertificates?.Certificate));
            verify = leaf => V2GSignature.Verify(document, leaf);
        }

        var loaded = new List<X509Certificate2>();
        try
        {
            if (!TryLoad(cps, loaded, out X509Certificate2? cpsLeaf) || !TryLoadAll(cpsSubs, loaded, out var cpsChain)
                || !TryLoad(contract, loaded, out X509Certificate2? contractLeaf) || !TryLoadAll(contractSubs, loaded, out var contractChain))
            {
                return (null, "a certificate of the CPS or contract chain is missing or not DER X.509", false);
            }

            var options = new ChainValidationOptions
            {
                Profile = pki.Profile, Role = CertificateRole.Cps, ValidationTime = now, RevocationChecker = checker,
                RevocationPolicy = RevocationPolicy.Require,
            };
            ChainValidationResult cpsResult = CertificateChainValidator.Validate(cpsLeaf, cpsChain, FolderRoots.OfType(pki, "V2G"), options);
            if (!cpsResult.IsValid)
            {
                return (null, "the CPS chain does not validate to this service's V2G root: " + cpsResult.Failure, false);
            }

            SignatureVerificationResult signature = verify(cpsLeaf);
            if (!signature.IsValid)
            {
                return (null, "the CertificateInstallationRes signature does not verify with the CPS leaf: "
                    + $"{signature.Failure}: {signature.Message}", false);
            }

            ChainValidationResult contractResult = CertificateChainValidator.Validate(contractLeaf, contractChain,
                [.. FolderRoots.OfType(pki, "MO"), .. FolderRoots.OfType(pki, "V2G")], options with { Role = CertificateRole.Contract });
            if (!contractResult.IsValid)
            {
                return (null, "the contract chain does not validate: " + contractResult.Failure, false);
            }

            string commonName = contractLeaf.GetNameInfo(X509NameType.SimpleName, false);
            bool same = EMaid.TryParse(commonName, EMaidSyntax.Iso15118, out EMaid? certificateEmaid, out _)
                && EMaid.TryParse(emaid, EMaidSyntax.Iso15118, out EMaid? givenEmaid, out _)
                && certificateEmaid.IsSameAccount(givenEmaid);
            return same
                ? (contractLeaf.RawData, null, false)
                : (null, $"the contract certificate's eMAID '{commonName}' is not the upload's '{emaid}'", false);
        }
        finally
        {
            loaded.ForEach(c => c.Dispose());
        }
    }

    private static List<byte[]> Subs(List<byte[]>? subs) => subs ?? [];

    private static bool TryLoad(
        byte[]? der, List<X509Certificate2> loaded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out X509Certificate2? certificate)
    {
        certificate = null;
        if (der is null || der.Length == 0)
        {
            return false;
        }

        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
            loaded.Add(certificate);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool TryLoadAll(List<byte[]> ders, List<X509Certificate2> loaded, out X509Certificate2[] certificates)
    {
        var list = new List<X509Certificate2>();
        foreach (byte[] der in ders)
        {
            if (!TryLoad(der, loaded, out X509Certificate2? certificate))
            {
                certificates = [];
                return false;
            }

            list.Add(certificate);
        }

        certificates = [.. list];
        return true;
    }
}
