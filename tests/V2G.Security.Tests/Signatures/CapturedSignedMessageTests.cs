using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security.Signatures;
using Xunit;

namespace V2G.Security.Tests.Signatures;

/// <summary>Signed messages captured from real sessions of other stacks (../shared/vectors/captures).</summary>
public sealed class CapturedSignedMessageTests
{
    private static Iso2Document Capture(string name) =>
        Iso2Codec.Decode(File.ReadAllBytes(Path.Combine(PncData.SharedDirectory, "vectors", "captures", "iso2", name + ".exi")));

    [Fact]
    public void Certificate_installation_res_of_a_lab_session_verifies_with_the_cps_certificate_it_carries()
    {
        var document = Capture("iso2-0308");
        var response = Assert.IsType<CertificateInstallationResType>(document.V2G_Message!.Body.BodyElement);
        using var cps = X509CertificateLoader.LoadCertificate(response.SAProvisioningCertificateChain.Certificate);

        var result = V2GSignature.Verify(document, cps);
        Assert.True(result.IsValid, result.ToString());
        Assert.True(result.SignatureChecked);
        Assert.Equal(4, result.References.Count);
        Assert.Equal("CertificateInstallationRes", result.MessageName);
    }

    [Fact]
    public void A_bit_flipped_in_the_capture_breaks_it()
    {
        var document = Capture("iso2-0308");
        var response = (CertificateInstallationResType)document.V2G_Message!.Body.BodyElement!;
        using var cps = X509CertificateLoader.LoadCertificate(response.SAProvisioningCertificateChain.Certificate);
        response.DHpublickey.Value[10] ^= 0x01;

        var result = V2GSignature.Verify(document, cps);
        Assert.Equal(SignatureFailureReason.DigestMismatch, result.Failure);
        Assert.Equal("#" + response.DHpublickey.Id, result.ReferenceUri);
    }

    [Fact]
    public void Sales_tariff_of_a_real_session_verifies_as_far_as_its_digest()
    {
        // The MO Sub-CA 2 certificate that signed it is not in the capture: the references and digests are checked.
        var document = Capture("iso2-0240");
        var result = V2GSignature.VerifyReferences(document);
        Assert.True(result.IsValid, result.ToString());
        Assert.False(result.SignatureChecked);
        Assert.Equal("ChargeParameterDiscoveryRes", result.MessageName);
        Assert.EndsWith("SalesTariff", Assert.Single(result.References).Element, System.StringComparison.Ordinal);
    }
}
