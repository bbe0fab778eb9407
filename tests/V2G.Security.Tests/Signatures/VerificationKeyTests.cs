using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso20;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;

namespace V2G.Security.Tests.Signatures;

/// <summary>Keys taken from signer certificates: every profile's curve, and refusals without exceptions.</summary>
public sealed class VerificationKeyTests
{
    [Theory]
    [InlineData("iso2", SecurityProfile.Iso2)]
    [InlineData("iso20", SecurityProfile.Iso20Secp521)]
    [InlineData("iso20_ed448", SecurityProfile.Iso20Ed448)]
    public void The_key_of_a_contract_certificate_names_its_profile(string set, SecurityProfile profile)
    {
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(System.IO.Path.Combine(PncData.Pki(set), "certs", "ContractCert.der"));
        Assert.True(SignatureVerificationKey.TryFromCertificate(certificate, out var key, out string? error), error);
        using (key)
        {
            Assert.Equal(profile, key!.Profile);
            Assert.Contains("DEABCC12345678", key.Description, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_certificate_whose_key_is_no_curve_point_is_refused_without_an_exception()
    {
        // The tampered copy changes a byte of the OEM provisioning certificate's public key inside the message.
        var vector = SignedVector.Load("iso20", "CertificateInstallationReq");
        var document = (CommonMessagesDocument)SignedMessages.Decode(vector, vector.Tampered("field_changed"));
        byte[] der = ((CertificateInstallationReqType)document.Value!).OEMProvisioningCertificateChain.Certificate;
        using var certificate = X509CertificateLoader.LoadCertificate(der);

        Assert.False(SignatureVerificationKey.TryFromCertificate(certificate, out _, out string? error));
        Assert.Contains("cannot be read", error, System.StringComparison.Ordinal);
        Assert.Equal(SignatureFailureReason.SignerKeyUnusable, V2GSignature.Verify(document, certificate, SignedMessages.Offline).Failure);
    }
}
