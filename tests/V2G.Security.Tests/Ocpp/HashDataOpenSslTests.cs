using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using V2G.Security.Ocpp;
using V2G.Security.Tests.Revocation;
using Xunit;

namespace V2G.Security.Tests.Ocpp;

/// <summary>The hash data of every shared PKI certificate equals the CertID openssl ocsp -req_text prints.</summary>
public sealed class HashDataOpenSslTests
{
    public static IEnumerable<object[]> Cases() =>
        from set in new[] { "iso2", "iso20", "iso20_ed448" }
        from algorithm in new[] { OcppHashAlgorithm.Sha256, OcppHashAlgorithm.Sha384, OcppHashAlgorithm.Sha512 }
        select new object[] { set, algorithm };

    [Theory]
    [MemberData(nameof(Cases))]
    public void HashDataEqualsOpensslCertId(string set, OcppHashAlgorithm algorithm)
    {
        Assert.True(OpenSsl.Available, "openssl is required at " + OpenSsl.Path);
        string certs = Path.Combine(PncData.Pki(set), "certs");
        string[] files = Directory.GetFiles(certs, "*.pem").Order(StringComparer.Ordinal).ToArray();
        var all = files.ToDictionary(f => f, f => X509CertificateLoader.LoadCertificateFromFile(f));
        Assert.True(all.Count >= 18, $"{all.Count} certificates in {certs}");
        foreach ((string file, X509Certificate2 certificate) in all)
        {
            // The issuer by name (MOSubCA1 and its cross-signed twin share subject and key, so either gives the same hashes).
            string issuerFile = all.First(p => p.Value.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData)).Key;
            CertificateHashData data = CertificateHashData.Create(certificate, all[issuerFile], algorithm);

            string digest = "-" + algorithm.ToString().ToLowerInvariant();
            (int code, string output) = OpenSsl.Run("ocsp", "-issuer", issuerFile, digest, "-cert", file, "-req_text", "-no_nonce");
            Assert.True(code == 0, output);
            string text = output.Replace("\\\n", string.Empty, StringComparison.Ordinal);
            string name = Path.GetFileName(file);
            Assert.Equal(Field(text, "Issuer Name Hash"), data.IssuerNameHash);
            Assert.Equal(Field(text, "Issuer Key Hash"), data.IssuerKeyHash);
            Assert.True(Field(text, "Serial Number").TrimStart('0') == data.SerialNumber, $"{name}: serial {data.SerialNumber}");
            Assert.False(data.SerialNumber.StartsWith('0'), name);
            Assert.Equal(algorithm switch { OcppHashAlgorithm.Sha256 => 64, OcppHashAlgorithm.Sha384 => 96, _ => 128 },
                data.IssuerKeyHash.Length);
            Assert.Null(data.Validate());
        }

        foreach (X509Certificate2 certificate in all.Values)
        {
            certificate.Dispose();
        }
    }

    private static string Field(string text, string label)
    {
        Match match = Regex.Match(text, label + @": ([0-9A-Fa-f]+)");
        Assert.True(match.Success, $"'{label}' not in: {text}");
        return match.Groups[1].Value.ToUpperInvariant();
    }
}
