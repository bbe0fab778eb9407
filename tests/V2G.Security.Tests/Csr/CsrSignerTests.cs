using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using V2G.Security.Certificates;
using V2G.Security.Csr;
using V2G.Security.TestPki;
using V2G.Security.Tests.TestPki;
using Xunit;

namespace V2G.Security.Tests.Csr;

/// <summary>CSRs signed by a generated PKI validate for their role; altered or unfit requests are refused for their reason.</summary>
public sealed class CsrSignerTests
{
    [Theory]
    [MemberData(nameof(CsrCases.EcdsaProfileRoles), MemberType = typeof(CsrCases))]
    public void TheIssuedLeafValidatesForItsRole(SecurityProfile profile, CertificateRole role)
    {
        GeneratedPki pki = GeneratedPkis.For(profile);
        V2GCsr csr = V2GCsr.Create(role, profile, CsrCases.Subject(role), out CsrPrivateKey key);
        using (key)
        {
            Assert.True(CsrSigner.TrySign(Encoding.ASCII.GetBytes(csr.Pem), role, pki, out X509Certificate2? leaf, out CsrProblem? problem),
                problem?.ToString());
            using (leaf)
            {
                IssuedChain chain = pki.ChainFor(role);
                ChainValidationResult result = CertificateChainValidator.Validate(
                    leaf, chain.SubCertificates, chain.TrustAnchors, pki.ValidationOptions(role));
                Assert.True(result.IsValid, result.ToString());
                Assert.Equal(chain.SubCa2.Certificate.SubjectName.RawData, leaf.IssuerName.RawData);
                Assert.Equal(csr.Subject.ToDistinguishedName().RawData, leaf.SubjectName.RawData);
                Assert.Equal(key.Ecdsa!.ExportSubjectPublicKeyInfo(), leaf.PublicKey.ExportSubjectPublicKeyInfo());
                Assert.Equal(csr.KeyUsage, leaf.Extensions["2.5.29.15"] is X509KeyUsageExtension ku ? ku.KeyUsages : default);
            }
        }
    }

    [Fact]
    public void TheDerFormIsAcceptedToo()
    {
        GeneratedPki pki = GeneratedPkis.For(SecurityProfile.Iso2);
        V2GCsr csr = V2GCsr.Create(CertificateRole.Contract, SecurityProfile.Iso2, CsrCases.Subject(CertificateRole.Contract), out var key);
        key.Dispose();
        Assert.True(CsrSigner.TrySign(csr.Der, CertificateRole.Contract, pki, out X509Certificate2? leaf, out CsrProblem? problem),
            problem?.ToString());
        leaf.Dispose();
    }

    [Theory]
    [InlineData(SecurityProfile.Iso2)]
    [InlineData(SecurityProfile.Iso20Secp521)]
    public void ATamperedRequestIsRefusedForItsSignature(SecurityProfile profile)
    {
        V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, profile, CsrCases.Subject(CertificateRole.Secc), out var key);
        key.Dispose();
        byte[] der = csr.Der;
        // Change one letter of the organization (inside the signed CertificationRequestInfo, DER stays well-formed).
        int at = IndexOf(der, Encoding.ASCII.GetBytes("Example CPO"));
        der[at] = (byte)'F';

        Refused(der, CertificateRole.Secc, profile, CsrProblemKind.BadSignature, "signature does not verify");
    }

    [Fact]
    public void AFlippedSignatureBitIsRefused()
    {
        V2GCsr csr = V2GCsr.Create(CertificateRole.Contract, SecurityProfile.Iso2, CsrCases.Subject(CertificateRole.Contract), out var key);
        key.Dispose();
        byte[] der = csr.Der;
        der[^3] ^= 0x01;
        Refused(der, CertificateRole.Contract, SecurityProfile.Iso2, CsrProblemKind.BadSignature, "signature does not verify");
    }

    [Theory]
    [InlineData(SecurityProfile.Iso20Secp521, SecurityProfile.Iso2, "Iso20Secp521")]
    [InlineData(SecurityProfile.Iso2, SecurityProfile.Iso20Secp521, "Iso2")]
    [InlineData(SecurityProfile.Iso20Ed448, SecurityProfile.Iso2, "Iso20Ed448")]
    public void AKeyOfAnotherProfileIsRefused(SecurityProfile csrProfile, SecurityProfile pkiProfile, string named)
    {
        V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, csrProfile, CsrCases.Subject(CertificateRole.Secc), out var key);
        key.Dispose();
        Refused(csr.Der, CertificateRole.Secc, pkiProfile, CsrProblemKind.ProfileMismatch, "it is " + named);
    }

    [Fact]
    public void ARequestOfAnotherRoleIsRefusedForItsDomainComponent()
    {
        V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, SecurityProfile.Iso2, CsrCases.Subject(CertificateRole.Secc), out var key);
        key.Dispose();
        Refused(csr.Der, CertificateRole.Contract, SecurityProfile.Iso2, CsrProblemKind.WrongDomainComponent, "DC=MO");
    }

    [Theory]
    [InlineData(X509KeyUsageFlags.DigitalSignature, "needs keyUsage")]
    [InlineData(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyCertSign,
        "may not have keyUsage KeyCertSign")]
    [InlineData(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyEncipherment,
        "may not have keyUsage KeyEncipherment")]
    public void AKeyUsageThatDoesNotFitTheRoleIsRefused(X509KeyUsageFlags usage, string expected)
    {
        byte[] der = HandMade(CsrCases.Subject(CertificateRole.Secc), r => r.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true)));
        Refused(der, CertificateRole.Secc, SecurityProfile.Iso2, CsrProblemKind.KeyUsageNotAllowed, expected);
    }

    [Fact]
    public void ARequestWithoutKeyUsageIsRefused()
    {
        byte[] der = HandMade(CsrCases.Subject(CertificateRole.Secc), _ => { });
        Refused(der, CertificateRole.Secc, SecurityProfile.Iso2, CsrProblemKind.KeyUsageNotAllowed, "asks for no keyUsage");
    }

    [Fact]
    public void ARequestForCaTrueIsRefused()
    {
        byte[] der = HandMade(CsrCases.Subject(CertificateRole.Secc), r =>
        {
            r.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
            r.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        });
        Refused(der, CertificateRole.Secc, SecurityProfile.Iso2, CsrProblemKind.ExtensionNotAllowed, "CA:true");
    }

    [Fact]
    public void ARequestForAnotherExtensionIsRefused()
    {
        byte[] der = HandMade(CsrCases.Subject(CertificateRole.Secc), r =>
        {
            r.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
            r.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        });
        Refused(der, CertificateRole.Secc, SecurityProfile.Iso2, CsrProblemKind.ExtensionNotAllowed, "2.5.29.37");
    }

    [Fact]
    public void ARequestWithAnIdentifierOfTheWrongKindIsRefused()
    {
        byte[] der = HandMade("CN=DE*V2G*E1234567,O=Example MO,C=DE,DC=MO", r => r.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true)));
        Refused(der, CertificateRole.Contract, SecurityProfile.Iso2, CsrProblemKind.InvalidIdentifier, "must be an eMAID");
    }

    [Theory]
    [InlineData("not a request")]
    [InlineData("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")]
    public void BytesThatAreNoRequestAreRefusedAsMalformed(string text) =>
        Refused(Encoding.ASCII.GetBytes(text), CertificateRole.Secc, SecurityProfile.Iso2, CsrProblemKind.Malformed, "");

    private static void Refused(byte[] csr, CertificateRole role, SecurityProfile pkiProfile, CsrProblemKind kind, string expected)
    {
        Assert.False(CsrSigner.TrySign(csr, role, GeneratedPkis.For(pkiProfile), out X509Certificate2? leaf, out CsrProblem? problem));
        Assert.Null(leaf);
        Assert.Equal(kind, problem.Kind);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    private static byte[] HandMade(string subject, Action<CertificateRequest> extensions)
    {
        Assert.True(CsrSubject.TryParse(subject, out CsrSubject? parsed, out _));
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(parsed.ToDistinguishedName(), key, HashAlgorithmName.SHA256);
        extensions(request);
        return request.CreateSigningRequest();
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        int at = haystack.AsSpan().IndexOf(needle);
        Assert.True(at >= 0);
        return at;
    }
}
