using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;

namespace V2G.Security.Tests;

/// <summary>The Plug'n'Charge code shown in README.md, kept compiling and working.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Secc_verifies_and_evcc_signs_an_authorization_req()
    {
        string folder = Path.Combine(PncData.Signed("iso2"), "AuthorizationReq");
        byte[] bytes = File.ReadAllBytes(Path.Combine(folder, "message.exi"));
        using var contractCertificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(PncData.Pki("iso2"), "certs", "ContractCert.der"));

        Iso2Document request = Iso2Codec.Decode(bytes);
        byte[] genChallenge = ((AuthorizationReqType)request.V2G_Message!.Body.BodyElement!).GenChallenge!;
        SignatureVerificationResult result = V2GSignature.Verify(request, contractCertificate,
            new SignatureVerificationOptions { ExpectedGenChallenge = genChallenge });
        Assert.True(result.IsValid, result.ToString());

        V2G_Message message = request.V2G_Message!;
        message.Header.Signature = null;
        V2GSignature.Sign(message, V2GSigners.FromPem(File.ReadAllText(Path.Combine(PncData.Pki("iso2"), "keys", "ContractCert.key.pem"))));
        Assert.Equal(bytes, Iso2Codec.Encode(message));
    }
}
