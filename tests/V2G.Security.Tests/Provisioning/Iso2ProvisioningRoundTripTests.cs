using System;
using System.Security.Cryptography;
using V2G.Messages.Iso2;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;

namespace V2G.Security.Tests.Provisioning;

public sealed class Iso2ProvisioningRoundTripTests : IDisposable
{
    private readonly ProvisioningWorld world = new(SecurityProfile.Iso2);

    public void Dispose() => world.Dispose();

    [Fact]
    public void Installation_request_response_install_and_a_PnC_authorization_with_the_new_key()
    {
        var pki = world.Pki;
        var request = Iso2CertificateRequests.BuildInstallationReq(
            ProvisioningWorld.SessionId, pki.OemProvisioning.Leaf.Certificate, world.CarRoots, new EcdsaSigner(pki.OemProvisioning.Leaf.PrivateKey));
        Assert.True(request.IsSuccess, request.ToString());
        var receivedRequest = Iso2Messages.OverTheWireVerified(request.Value, pki.OemProvisioning.Leaf.Certificate);
        var roots = ((CertificateInstallationReqType)receivedRequest.V2G_Message!.Body.BodyElement!).ListOfRootCertificateIDs.RootCertificateID;
        Assert.Equal(2, roots.Count);

        var response = Iso2ProvisioningBackend.AnswerInstallationReq(receivedRequest, world.OemTrust, world.Contract, world.Cps);
        Assert.True(response.IsSuccess, response.ToString());
        var receivedResponse = Iso2Messages.OverTheWireVerified(response.Value, pki.Cps.Leaf.Certificate);
        Assert.Equal(4, receivedResponse.V2G_Message!.Header.Signature!.SignedInfo.Reference.Count);

        using var oemKey = ProvisioningWorld.KeyAgreement(pki.OemProvisioning.Leaf.PrivateKey);
        var installed = Iso2ContractInstaller.Install(receivedResponse, oemKey, world.CpsTrust, world.ContractTrust);
        Assert.True(installed.IsSuccess, installed.ToString());
        using var contract = installed.Value;
        Assert.Equal(pki.Contract.Leaf.PrivateKey.ExportParameters(true).D, contract.PrivateKey.ToArray());
        Assert.True(contract.PrivateKey.PublicKeyChecked);
        Assert.Equal(V2G.Security.TestPki.TestPkiBuilder.DefaultEmaid, contract.EMaid);
        Assert.Equal(pki.Contract.Leaf.Certificate.RawData, contract.ContractChain.Leaf.RawData);

        AssertChargerAcceptsAuthorization(contract);
    }

    [Fact]
    public void Update_request_response_install_and_a_PnC_authorization_with_the_renewed_key()
    {
        var pki = world.Pki;
        var request = Iso2CertificateRequests.BuildUpdateReq(
            ProvisioningWorld.SessionId, world.ContractChain, world.CarRoots, new EcdsaSigner(pki.Contract.Leaf.PrivateKey));
        Assert.True(request.IsSuccess, request.ToString());
        var receivedRequest = Iso2Messages.OverTheWireVerified(request.Value, pki.Contract.Leaf.Certificate);

        var response = Iso2ProvisioningBackend.AnswerUpdateReq(receivedRequest, world.ContractTrust, world.Renewal, world.Cps);
        Assert.True(response.IsSuccess, response.ToString());
        Assert.IsType<CertificateUpdateResType>(response.Value.Body.BodyElement);
        var receivedResponse = Iso2Messages.OverTheWireVerified(response.Value, pki.Cps.Leaf.Certificate);

        // The renewed key is encrypted for the current contract key, so the OEM provisioning key must not open it.
        using var oemKey = ProvisioningWorld.KeyAgreement(pki.OemProvisioning.Leaf.PrivateKey);
        var wrongRecipient = Iso2ContractInstaller.Install(receivedResponse, oemKey, world.CpsTrust, world.ContractTrust);
        Assert.False(wrongRecipient.IsSuccess);
        Assert.Equal(ProvisioningFailureKind.KeyDecryptionFailed, wrongRecipient.Failure.Kind);

        using var currentKey = ProvisioningWorld.KeyAgreement(pki.Contract.Leaf.PrivateKey);
        var installed = Iso2ContractInstaller.Install(receivedResponse, currentKey, world.CpsTrust, world.ContractTrust);
        Assert.True(installed.IsSuccess, installed.ToString());
        using var contract = installed.Value;
        Assert.Equal(world.NewContract.PrivateKey.ExportParameters(true).D, contract.PrivateKey.ToArray());
        Assert.Equal(world.NewContract.Certificate.RawData, contract.ContractChain.Leaf.RawData);

        AssertChargerAcceptsAuthorization(contract);
    }

    private void AssertChargerAcceptsAuthorization(InstalledContract contract)
    {
        byte[] challenge = RandomNumberGenerator.GetBytes(16);
        using ECDsa key = contract.PrivateKey.CreateEcdsa()!;
        var authorization = new V2G_Message
        {
            Header = new MessageHeaderType { SessionID = ProvisioningWorld.SessionId },
            Body = new BodyType { BodyElement = new AuthorizationReqType { Id = "ID1", GenChallenge = challenge } },
        };
        V2GSignature.Sign(authorization, new EcdsaSigner(key));

        var options = new SignatureVerificationOptions { ExpectedGenChallenge = challenge };
        var received = Iso2Messages.OverTheWireVerified(authorization, contract.ContractChain.Leaf, options);
        Assert.True(V2GSignature.Verify(received, contract.ContractChain.Leaf, options).GenChallengeChecked);
        var chain = CertificateChainValidator.Validate(
            contract.ContractChain.Leaf, contract.ContractChain.SubCertificates, world.CarRoots,
                world.Pki.ValidationOptions(CertificateRole.Contract));
        Assert.True(chain.IsValid, chain.ToString());
    }
}
