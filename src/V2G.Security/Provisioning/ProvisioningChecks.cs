using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Provisioning;

/// <summary>Shared steps of both sides: parsing the certificates of a message.</summary>
internal static class ProvisioningChecks
{
    /// <summary>Parses a leaf and its sub-CAs; names the one that is not X.509.</summary>
    public static bool TryParseChain(
        string what,
        byte[] leaf,
        IReadOnlyList<byte[]>? subCertificates,
        [NotNullWhen(true)] out CertificateChainData? chain,
        [NotNullWhen(false)] out ProvisioningFailure? failure)
    {
        chain = null;
        if (!TryParse(what + " leaf", leaf, out var leafCertificate, out failure))
        {
            return false;
        }

        var subs = new List<X509Certificate2>();
        for (int i = 0; i < (subCertificates?.Count ?? 0); i++)
        {
            if (!TryParse(what + " sub-certificate " + (i + 1), subCertificates![i], out var sub, out failure))
            {
                return false;
            }

            subs.Add(sub);
        }

        chain = new CertificateChainData(leafCertificate, subs);
        return true;
    }

    public static bool TryParse(
        string what, byte[]? der, [NotNullWhen(true)] out X509Certificate2? certificate, [NotNullWhen(false)] out ProvisioningFailure? failure)
    {
        certificate = null;
        failure = null;
        if (der is null || der.Length == 0)
        {
            failure = new(ProvisioningFailureKind.MalformedCertificate, what + " is missing");
            return false;
        }

        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
            return true;
        }
        catch (CryptographicException e)
        {
            failure = new(ProvisioningFailureKind.MalformedCertificate, what + " is no X.509 certificate: " + e.Message);
            return false;
        }
    }

    /// <summary>The common name of a certificate (eMAID of a contract certificate, PCID of an OEM provisioning certificate).</summary>
    public static string CommonName(X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
}
