using System;
using System.IO;
using V2G.Security.Certificates;
using V2G.Security.Csr;
using V2G.Security.Tests.Revocation;
using Xunit;

namespace V2G.Security.Tests.Csr;

/// <summary>openssl accepts every CSR's self-signature and shows the subject, the key and the requested extensions.</summary>
public sealed class CsrOpenSslTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("v2g-csr-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(CsrCases.AllProfileRoles), MemberType = typeof(CsrCases))]
    public void OpensslVerifiesTheRequestAndShowsSubjectAndExtensions(SecurityProfile profile, CertificateRole role)
    {
        Assert.True(OpenSsl.Available, "openssl is required at " + OpenSsl.Path);
        V2GCsr csr = V2GCsr.Create(role, profile, CsrCases.Subject(role), out CsrPrivateKey key);
        using (key)
        {
            string path = Path.Combine(_directory, $"{profile}-{role}.csr.pem");
            File.WriteAllText(path, csr.Pem);

            (int verifyCode, string verifyOutput) = OpenSsl.Run("req", "-verify", "-in", path, "-noout");
            Assert.True(verifyCode == 0, verifyOutput);
            Assert.Contains("verify OK", verifyOutput, StringComparison.Ordinal);

            (int textCode, string text) = OpenSsl.Run("req", "-text", "-noout", "-nameopt", "RFC2253", "-in", path);
            Assert.True(textCode == 0, text);
            // RFC 2253 prints the last RDN first: DC, C, O, CN for a name encoded CN, O, C, DC.
            string[] rdns = CsrCases.Subject(role).Split(',');
            Assert.Contains($"Subject: {rdns[3]},{rdns[2]},{rdns[1]},{rdns[0]}", text, StringComparison.Ordinal);
            Assert.Contains("X509v3 Key Usage: critical", text, StringComparison.Ordinal);
            Assert.Contains("X509v3 Basic Constraints: critical", text, StringComparison.Ordinal);
            Assert.Contains("CA:FALSE", text, StringComparison.Ordinal);
            Assert.Contains(ExpectedUsageText(role), text, StringComparison.Ordinal);
            Assert.Contains(ExpectedKeyText(profile), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CsrCases.AllProfileRoles), MemberType = typeof(CsrCases))]
    public void ThePrivateKeyBelongsToTheRequest(SecurityProfile profile, CertificateRole role)
    {
        V2GCsr csr = V2GCsr.Create(role, profile, CsrCases.Subject(role), out CsrPrivateKey key);
        using (key)
        {
            string csrPath = Path.Combine(_directory, "req.pem");
            string keyPath = Path.Combine(_directory, "key.pem");
            File.WriteAllText(csrPath, csr.Pem);
            File.WriteAllText(keyPath, key.ExportPkcs8Pem());
            (int c1, string fromCsr) = OpenSsl.Run("req", "-in", csrPath, "-noout", "-pubkey");
            (int c2, string fromKey) = OpenSsl.Run("pkey", "-in", keyPath, "-pubout");
            Assert.True(c1 == 0 && c2 == 0, fromCsr + fromKey);
            Assert.Equal(fromKey, fromCsr);
        }
    }

    private static string ExpectedUsageText(CertificateRole role) => role switch
    {
        CertificateRole.Secc or CertificateRole.OemProvisioning => "Digital Signature, Key Agreement",
        CertificateRole.Cps => "Digital Signature\n",
        _ => "Digital Signature, Non Repudiation, Key Agreement",
    };

    private static string ExpectedKeyText(SecurityProfile profile) => profile switch
    {
        SecurityProfile.Iso2 => "NIST CURVE: P-256",
        SecurityProfile.Iso20Secp521 => "NIST CURVE: P-521",
        _ => "Public Key Algorithm: ED448",
    };
}
