using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace V2G.Security.TestPki;

/// <summary>Writes <c>manifest.json</c> in the shape of the shared test PKI's manifest.</summary>
internal static class TestPkiManifest
{
    private static readonly (X509KeyUsageFlags Flag, string Name)[] UsageNames =
    [
        (X509KeyUsageFlags.DigitalSignature, "digital_signature"), (X509KeyUsageFlags.NonRepudiation, "content_commitment"),
        (X509KeyUsageFlags.KeyEncipherment, "key_encipherment"), (X509KeyUsageFlags.DataEncipherment, "data_encipherment"),
        (X509KeyUsageFlags.KeyAgreement, "key_agreement"), (X509KeyUsageFlags.KeyCertSign, "key_cert_sign"),
        (X509KeyUsageFlags.CrlSign, "crl_sign"), (X509KeyUsageFlags.EncipherOnly, "encipher_only"),
        (X509KeyUsageFlags.DecipherOnly, "decipher_only"),
    ];

    public static string Json(TestPkiSet pki)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("profile", pki.Profile switch
            {
                SecurityProfile.Iso2 => "iso2",
                SecurityProfile.Iso20Secp521 => "iso20",
                _ => "iso20_ed448",
            });
            json.WriteString("now", pki.Now.ToString("yyyy-MM-ddTHH:mm:sszzz"));
            json.WriteStartObject("certs");
            foreach (IssuedCertificate certificate in pki.Certificates)
            {
                json.WriteStartObject(certificate.Name);
                Details(json, certificate.Certificate);
                json.WriteString("key", $"keys/{certificate.Name}.key.pem");
                json.WriteEndObject();
            }

            json.WriteEndObject();
            Broken(json, pki);
            Crls(json, pki);
            Ocsp(json, pki);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Broken(Utf8JsonWriter json, TestPkiSet pki)
    {
        json.WriteStartObject("broken");
        foreach (BrokenCertificate broken in pki.Broken)
        {
            json.WriteStartObject(broken.Name);
            json.WriteString("file", $"broken/{broken.Name}.der");
            json.WriteString("defect", broken.Defect);
            json.WriteStartArray("validate_with_chain");
            broken.ValidateWith.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteString("trust_anchor", broken.TrustAnchor);
            json.WriteString("role", broken.Role?.ToString());
            json.WriteString("expected", broken.ExpectedRule is { } rule
                ? $"FAIL {rule}" + (broken.RejectedByOpenSsl ? string.Empty : " (ISO profile check only; PASS plain RFC 5280)")
                : "FAIL when used as issuer");
            json.WriteStartObject("details");
            Details(json, broken.Certificate.Certificate);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Crls(Utf8JsonWriter json, TestPkiSet pki)
    {
        json.WriteStartObject("crl");
        foreach (TestPkiCrl crl in pki.Crls)
        {
            json.WriteStartObject(crl.IssuerName);
            json.WriteString("file", $"crl/{crl.IssuerName}.crl.der");
            json.WriteString("crlNumber", "1");
            json.WriteString("thisUpdate", Time(crl.ThisUpdate));
            json.WriteString("nextUpdate", Time(crl.NextUpdate));
            json.WriteStartArray("revoked");
            foreach (string name in crl.Revoked)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            if (crl.Revoked.Count > 0)
            {
                json.WriteString("reason", "keyCompromise");
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Ocsp(Utf8JsonWriter json, TestPkiSet pki)
    {
        json.WriteStartObject("ocsp");
        foreach (TestPkiOcspResponse response in pki.OcspResponses)
        {
            json.WriteStartObject(response.Name);
            json.WriteString("cert", response.CertificateName);
            json.WriteString("issuer", response.IssuerName);
            json.WriteString("status", response.Status.ToString().ToLowerInvariant());
            json.WriteString("request", $"ocsp/{response.Name}.req.der");
            json.WriteString("response", $"ocsp/{response.Name}.resp.der");
            json.WriteString("responder", "issuing CA (byKey responderId)");
            json.WriteString("certIdHash", "SHA-256");
            json.WriteString("thisUpdate", Time(response.ThisUpdate));
            json.WriteString("nextUpdate", Time(response.NextUpdate));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Details(Utf8JsonWriter json, X509Certificate2 certificate)
    {
        json.WriteString("subject", Rfc4514(certificate.SubjectName));
        json.WriteString("issuer", Rfc4514(certificate.IssuerName));
        byte[] serial = certificate.SerialNumberBytes.ToArray();
        json.WritePropertyName("serial");
        json.WriteRawValue(new BigInteger(serial, isUnsigned: true, isBigEndian: true).ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("serialHex", Convert.ToHexString(serial));
        json.WriteString("notBefore", Time(new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero)));
        json.WriteString("notAfter", Time(new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero)));
        json.WriteString("signatureAlgorithm", certificate.SignatureAlgorithm.Value switch
        {
            "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
            "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512",
            "1.3.101.113" => "ed448",
            string other => other,
            null => "unknown",
        });
        X509BasicConstraintsExtension? constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
        if (constraints is null)
        {
            json.WriteNull("basicConstraints");
        }
        else
        {
            json.WriteStartObject("basicConstraints");
            json.WriteBoolean("ca", constraints.CertificateAuthority);
            if (constraints.HasPathLengthConstraint)
            {
                json.WriteNumber("pathLen", constraints.PathLengthConstraint);
            }
            else
            {
                json.WriteNull("pathLen");
            }

            json.WriteBoolean("critical", constraints.Critical);
            json.WriteEndObject();
        }

        X509KeyUsageFlags usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault()?.KeyUsages ?? X509KeyUsageFlags.None;
        json.WriteStartArray("keyUsage");
        foreach ((X509KeyUsageFlags flag, string name) in UsageNames.Where(u => usage.HasFlag(u.Flag)))
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteString("ski", certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifier);
        X509AuthorityKeyIdentifierExtension? aki = certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault();
        json.WriteString("aki", aki?.KeyIdentifier is { } id ? Convert.ToHexString(id.Span) : null);
        json.WriteString("sha256_fingerprint", Convert.ToHexString(SHA256.HashData(certificate.RawData)));
    }

    /// <summary>RFC 4514 order (last RDN first), as the shared manifest writes subjects: <c>DC=V2G,C=DE,O=...,CN=...</c>.</summary>
    private static string Rfc4514(X500DistinguishedName name)
    {
        var parts = new List<string>();
        foreach (X500RelativeDistinguishedName rdn in name.EnumerateRelativeDistinguishedNames())
        {
            string label = rdn.GetSingleElementType().Value switch
            {
                "2.5.4.3" => "CN",
                "2.5.4.10" => "O",
                "2.5.4.6" => "C",
                "0.9.2342.19200300.100.1.25" => "DC",
                string oid => oid,
                null => "?",
            };
            parts.Add($"{label}={rdn.GetSingleElementValue()}");
        }

        parts.Reverse();
        return string.Join(",", parts);
    }

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss+00:00", System.Globalization.CultureInfo.InvariantCulture);
}
