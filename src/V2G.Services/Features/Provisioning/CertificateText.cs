using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace V2G.Services.Features.Provisioning;

/// <summary>Certificates as the pools carry them (base64 DER) and serve them (DER and PEM downloads), plus informative fields.</summary>
internal static class CertificateText
{
    /// <summary>Reads a base64 DER certificate of a JSON field; the error names the field.</summary>
    public static bool TryRead(string field, string? base64, [NotNullWhen(true)] out X509Certificate2? certificate,
        [NotNullWhen(false)] out string? error)
    {
        certificate = null;
        if (string.IsNullOrWhiteSpace(base64))
        {
            error = $"{field} is missing";
            return false;
        }

        byte[] der;
        try
        {
            der = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            error = $"{field} is not base64";
            return false;
        }

        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
            error = null;
            return true;
        }
        catch (CryptographicException e)
        {
            error = $"{field} is not a DER X.509 certificate: {e.Message}";
            return false;
        }
    }

    /// <summary>The common name.</summary>
    public static string CommonName(X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.SimpleName, false);

    /// <summary>The subject's O, or null.</summary>
    public static string? Organization(X509Certificate2 certificate) => certificate.SubjectName.EnumerateRelativeDistinguishedNames()
        .Where(r => r.GetSingleElementType().Value == "2.5.4.10").Select(r => r.GetSingleElementValue()).FirstOrDefault();

    /// <summary>The subject key identifier, hex, or null.</summary>
    public static string? SubjectKeyId(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifier;

    /// <summary>SHA-256 of the DER, upper-case hex.</summary>
    public static string Fingerprint(byte[] der) => Convert.ToHexString(SHA256.HashData(der));

    /// <summary>secp256r1, secp521r1 or ed448 by the certificate's signature algorithm, or its OID.</summary>
    public static string SignatureAlgorithm(X509Certificate2 certificate) => certificate.SignatureAlgorithm.Value switch
    {
        "1.2.840.10045.4.3.2" => "secp256r1",
        "1.2.840.10045.4.3.4" => "secp521r1",
        "1.3.101.113" => "ed448",
        var other => other ?? "unknown",
    };

    /// <summary>A DER or PEM download of a certificate, by the requested extension.</summary>
    public static IResult Download(byte[] der, string name, bool pem) => pem
        ? Results.Text(new string(PemEncoding.Write("CERTIFICATE", der)) + "\n", "application/x-pem-file")
        : Results.File(der, "application/pkix-cert", name + ".der");
}
