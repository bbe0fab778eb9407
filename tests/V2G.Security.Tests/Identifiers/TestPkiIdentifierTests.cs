using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Identifiers;
using Xunit;

namespace V2G.Security.Tests.Identifiers;

/// <summary>The leaf CNs of the shared test PKI, read from the certificates themselves.</summary>
public sealed class TestPkiIdentifierTests
{
    private static string CommonName(string certificate)
    {
        string pem = File.ReadAllText(Path.Combine(PncData.Pki("iso2"), "certs", certificate + ".pem"));
        using X509Certificate2 cert = X509Certificate2.CreateFromPem(pem);
        return cert.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
    }

    [Theory]
    [InlineData("ContractCert", "DEABCC12345678", '8')]
    [InlineData("ContractCertNew", "DEABCC12345678", '8')]
    [InlineData("ContractCert2", "DEABCC87654321", '3')]
    public void ContractCertificateCn_IsAnEmi3EMaidWithoutCheckDigit(string certificate, string expected, char checkDigit)
    {
        string cn = CommonName(certificate);

        Assert.True(EMaid.TryParse(cn, out EMaid? eMaid, out IdentifierError? error), error?.Message);
        Assert.Equal(expected, cn);
        Assert.Equal(expected, eMaid.ToString());
        Assert.Null(eMaid.CheckDigit);
        Assert.Equal(checkDigit, EMaid.ComputeCheckDigit(cn));
        Assert.Equal(expected + checkDigit, eMaid.WithCheckDigit().ToCompactString());
        Assert.Equal($"{expected[..2]}-{expected[2..5]}-{expected[5..]}-{checkDigit}", eMaid.WithCheckDigit().ToSeparatedString());
        Assert.True(EMaid.Parse(eMaid.WithCheckDigit().ToSeparatedString()).IsSameAccount(eMaid));
    }

    [Fact]
    public void SeccCertificateCn_IsAnEvseId()
    {
        string cn = CommonName("SECCCert");

        Assert.True(EvseId.TryParse(cn, out EvseId? evseId, out IdentifierError? error), error?.Message);
        Assert.Equal("DE*ABC*E123456789", cn);
        Assert.Equal(cn, evseId.ToString());
        Assert.Equal("DEABCE123456789", evseId.ToCompactString());
    }

    [Fact]
    public void OemProvisioningCertificateCn_IsAnEighteenCharacterPcid()
    {
        string cn = CommonName("OEMProvCert");

        Assert.True(Pcid.TryParse(cn, out Pcid? pcid, out IdentifierError? error), error?.Message);
        Assert.Equal("WMIV1234567890ABCD", cn);
        Assert.Equal(cn, pcid.ToString());
        Assert.Equal("WMI", pcid.Wmi);
        Assert.Equal('D', pcid.CheckCharacter);
    }

    [Fact]
    public void CnOfOneRole_IsRejectedAsTheOtherIdentifiers()
    {
        Assert.False(EMaid.TryParse(CommonName("SECCCert"), out _, out IdentifierError? seccAsEMaid));
        Assert.Equal(IdentifierErrorKind.InvalidSeparator, seccAsEMaid.Kind);

        Assert.False(EvseId.TryParse(CommonName("ContractCert"), out _, out IdentifierError? contractAsEvseId));
        Assert.Equal(IdentifierErrorKind.InvalidIdType, contractAsEvseId.Kind);

        Assert.False(EMaid.TryParse(CommonName("OEMProvCert"), out _, out IdentifierError? pcidAsEMaid));
        Assert.Equal(IdentifierErrorKind.InvalidIdType, pcidAsEMaid.Kind);

        Assert.False(Pcid.TryParse(CommonName("ContractCert"), out _, out IdentifierError? contractAsPcid));
        Assert.Equal(IdentifierErrorKind.TooShort, contractAsPcid.Kind);
    }
}
