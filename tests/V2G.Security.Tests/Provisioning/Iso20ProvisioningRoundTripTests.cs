using System;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso20;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;

namespace V2G.Security.Tests.Provisioning;

public sealed class Iso20ProvisioningRoundTripTests : IDisposable
{
    private const ulong TimeStamp = 1767225600;
    private readonly ProvisioningWorld world = new(SecurityProfile.Iso20Secp521);

    public void Dispose() => world.Dispose();

    internal static CommonMessagesDocument OverTheWireVerified(CommonMessagesDocument document, X509Certificate2 signer,
        SignatureVerificationOptions? options = null)
    {
        var received = CommonMessagesCodec.Decode(CommonMessagesCodec.Encode(document));
        var result = V2GSignature.Verify(received, signer, options);
        Assert.True(result.IsValid, result.ToString());
        return received;
    }

    internal static CommonMessagesDocument Request(ProvisioningWorld world)
    {
        var pki = world.Pki;
        var request = Iso20CertificateRequests.BuildInstallationReq(
            new MessageHeaderType { SessionID = ProvisioningWorld.SessionId, TimeStamp = TimeStamp },
            world.OemChain, world.CarRoots, 1, [V2G.Security.TestPki.TestPkiBuilder.DefaultEmaid],
                new EcdsaSigner(pki.OemProvisioning.Leaf.PrivateKey));
        Assert.True(request.IsSuccess, request.ToString());
        return OverTheWireVerified(request.Value, pki.OemProvisioning.Leaf.Certificate);
    }

    [Fact]
    public void Installation_request_response_install_and_a_PnC_authorization_with_the_new_key()
    {
        var pki = world.Pki;
        var receivedRequest = Request(world);
        var verified = Iso20ProvisioningBackend.VerifyInstallationReq(receivedRequest, world.OemTrust);
        Assert.True(verified.IsSuccess, verified.ToString());
        Assert.Equal([V2G.Security.TestPki.TestPkiBuilder.DefaultEmaid], verified.Value.PrioritizedEMaids);
        Assert.Equal(RootCertificateId.From(pki.V2GRoot.Certificate), verified.Value.RootCertificateIds[0]);

        var response = Iso20ProvisioningBackend.AnswerInstallationReq(receivedRequest, world.OemTrust, world.Contract, world.Cps, TimeStamp);
        Assert.True(response.IsSuccess, response.ToString());
        var receivedResponse = OverTheWireVerified(response.Value, pki.Cps.Leaf.Certificate);
        Assert.Equal(94, receivedResponse.CertificateInstallationRes!.SignedInstallationData.SECP521_EncryptedPrivateKey!.Length);

        using var oemKey = ProvisioningWorld.KeyAgreement(pki.OemProvisioning.Leaf.PrivateKey);
        var installed = Iso20ContractInstaller.Install(
            receivedResponse, oemKey, V2G.Security.TestPki.TestPkiBuilder.DefaultPcid, world.CpsTrust, world.ContractTrust);
        Assert.True(installed.IsSuccess, installed.ToString());
        using var contract = installed.Value;
        Assert.Equal(pki.Contract.Leaf.PrivateKey.ExportParameters(true).D, contract.PrivateKey.ToArray());
        Assert.True(contract.PrivateKey.PublicKeyChecked);

        byte[] challenge = RandomNumberGenerator.GetBytes(16);
        using ECDsa key = contract.PrivateKey.CreateEcdsa()!;
        var authorization = CommonMessagesDocument.FromAuthorizationReq(new AuthorizationReqType
        {
            Header = new MessageHeaderType { SessionID = ProvisioningWorld.SessionId, TimeStamp = TimeStamp },
            SelectedAuthorizationService = AuthorizationType.PnC,
            PnC_AReqAuthorizationMode = new PnC_AReqAuthorizationModeType
            {
                Id = "ID1",
                GenChallenge = challenge,
                ContractCertificateChain = new ContractCertificateChainType
                {
                    Certificate = contract.ContractChain.Leaf.RawData,
                    SubCertificates = new SubCertificatesType
                    {
                        Certificate = contract.ContractChain.SubCertificates.Select(c => c.RawData).ToList(),
                    },
                },
            },
        });
        V2GSignature.Sign(authorization, new EcdsaSigner(key));
        var options = new SignatureVerificationOptions { ExpectedGenChallenge = challenge };
        var receivedAuthorization = OverTheWireVerified(authorization, contract.ContractChain.Leaf, options);
        var mode = receivedAuthorization.AuthorizationReq!.PnC_AReqAuthorizationMode!;
        var chain = CertificateChainValidator.Validate(
            X509CertificateLoader.LoadCertificate(mode.ContractCertificateChain.Certificate),
            mode.ContractCertificateChain.SubCertificates.Certificate.ConvertAll(X509CertificateLoader.LoadCertificate),
            world.CarRoots,
            pki.ValidationOptions(CertificateRole.Contract));
        Assert.True(chain.IsValid, chain.ToString());
    }
}
