using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security.Certificates;
using V2G.Security.KeyTransport;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;

namespace V2G.Security.Tests.Provisioning;

public sealed class ProvisioningRefusalTests : IDisposable
{
    private readonly ProvisioningWorld world = new(SecurityProfile.Iso2);

    public void Dispose() => world.Dispose();

    private V2G_Message InstallationReq(IV2GSigner signer)
    {
        var request = Iso2CertificateRequests.BuildInstallationReq(
            ProvisioningWorld.SessionId, world.Pki.OemProvisioning.Leaf.Certificate, world.CarRoots, signer);
        Assert.True(request.IsSuccess, request.ToString());
        return request.Value;
    }

    private V2G_Message InstallationRes(CpsCredentials cps)
    {
        var request = Iso2Messages.OverTheWire(InstallationReq(new EcdsaSigner(world.Pki.OemProvisioning.Leaf.PrivateKey)));
        var response = Iso2ProvisioningBackend.AnswerInstallationReq(request, world.OemTrust, world.Contract, cps);
        Assert.True(response.IsSuccess, response.ToString());
        return response.Value;
    }

    private ProvisioningResult<InstalledContract> Install(V2G_Message response)
    {
        using var oemKey = ProvisioningWorld.KeyAgreement(world.Pki.OemProvisioning.Leaf.PrivateKey);
        return Iso2ContractInstaller.Install(Iso2Messages.OverTheWire(response), oemKey, world.CpsTrust, world.ContractTrust);
    }

    [Fact]
    public void An_unsigned_installation_request_is_refused_for_its_missing_signature()
    {
        var message = InstallationReq(new EcdsaSigner(world.Pki.OemProvisioning.Leaf.PrivateKey));
        message.Header.Signature = null;
        var result = Iso2ProvisioningBackend.AnswerInstallationReq(Iso2Messages.OverTheWire(message), world.OemTrust, world.Contract, world.Cps);
        Assert.Equal(ProvisioningFailureKind.RequestSignatureInvalid, result.Failure!.Kind);
        Assert.Equal(SignatureFailureReason.MissingSignature, result.Failure.Signature);
    }

    [Fact]
    public void An_installation_request_signed_with_another_key_is_refused_for_its_signature_value()
    {
        var message = InstallationReq(new EcdsaSigner(world.Pki.Contract.Leaf.PrivateKey));
        var result = Iso2ProvisioningBackend.VerifyInstallationReq(Iso2Messages.OverTheWire(message), world.OemTrust);
        Assert.Equal(ProvisioningFailureKind.RequestSignatureInvalid, result.Failure!.Kind);
        Assert.Equal(SignatureFailureReason.SignatureInvalid, result.Failure.Signature);
    }

    [Fact]
    public void An_installation_request_whose_OEM_chain_leads_to_another_root_is_refused_with_the_chain_rule()
    {
        using var other = new ProvisioningWorld(SecurityProfile.Iso2);
        var trust = world.OemTrust with { Anchors = [other.Pki.OemRoot.Certificate] };
        var message = InstallationReq(new EcdsaSigner(world.Pki.OemProvisioning.Leaf.PrivateKey));
        var result = Iso2ProvisioningBackend.VerifyInstallationReq(Iso2Messages.OverTheWire(message), trust);
        Assert.Equal(ProvisioningFailureKind.OemProvisioningChainInvalid, result.Failure!.Kind);
        Assert.NotNull(result.Failure.Chain);
        // The other PKI's OEM root has the same name, so the path is built and the Sub-CA 1 signature fails under it.
        Assert.Equal(ChainRule.Signature, result.Failure.Chain!.Rule);
    }

    [Fact]
    public void An_update_request_whose_eMAID_is_not_the_contract_certificates_is_refused()
    {
        var request = Iso2CertificateRequests.BuildUpdateReq(
            ProvisioningWorld.SessionId, world.ContractChain, world.CarRoots, new EcdsaSigner(world.Pki.Contract.Leaf.PrivateKey)).Value!;
        ((CertificateUpdateReqType)request.Body.BodyElement!).EMAID = "DEV2GC87654321";
        V2GSignature.Sign(request, new EcdsaSigner(world.Pki.Contract.Leaf.PrivateKey));
        var result = Iso2ProvisioningBackend.VerifyUpdateReq(Iso2Messages.OverTheWire(request), world.ContractTrust);
        Assert.Equal(ProvisioningFailureKind.EmaidMismatch, result.Failure!.Kind);
    }

    [Fact]
    public void A_response_signed_with_a_non_CPS_key_is_refused_for_its_signature()
    {
        var cps = world.Cps with { Signer = new EcdsaSigner(world.Pki.Secc.Leaf.PrivateKey) };
        var result = Install(InstallationRes(cps));
        Assert.Equal(ProvisioningFailureKind.ResponseSignatureInvalid, result.Failure!.Kind);
        Assert.Equal(SignatureFailureReason.SignatureInvalid, result.Failure.Signature);
    }

    [Fact]
    public void A_response_from_an_SECC_chain_instead_of_a_CPS_chain_is_refused_by_the_CPS_role()
    {
        var secc = new CpsCredentials(world.Chain(world.Pki.Secc.Leaf), new EcdsaSigner(world.Pki.Secc.Leaf.PrivateKey));
        var result = Install(InstallationRes(secc));
        Assert.Equal(ProvisioningFailureKind.CpsChainInvalid, result.Failure!.Kind);
        // The SECC leaf also has keyAgreement, which the CPS role does not allow: the first rule the chain fails.
        Assert.Equal(ChainRule.LeafKeyUsage, result.Failure.Chain!.Rule);
    }

    [Fact]
    public void Iso2_a_tampered_encrypted_key_decrypts_to_a_wrong_key_that_the_dG_check_refuses()
    {
        var response = InstallationRes(world.Cps);
        var body = (CertificateInstallationResType)response.Body.BodyElement!;
        body.ContractSignatureEncryptedPrivateKey.Value[20] ^= 0x01;
        V2GSignature.Sign(response, world.Cps.Signer);
        var result = Install(response);
        Assert.Equal(ProvisioningFailureKind.KeyDecryptionFailed, result.Failure!.Kind);
        Assert.Equal(KeyTransportErrorKind.PublicKeyMismatch, result.Failure.KeyTransport);
    }

    [Fact]
    public void Iso20_a_tampered_encrypted_key_fails_the_GCM_tag()
    {
        using var iso20 = new ProvisioningWorld(SecurityProfile.Iso20Secp521);
        var request = Iso20ProvisioningRoundTripTests.Request(iso20);
        var response = Iso20ProvisioningBackend.AnswerInstallationReq(request, iso20.OemTrust, iso20.Contract, iso20.Cps, 1767225600);
        Assert.True(response.IsSuccess, response.ToString());
        response.Value.CertificateInstallationRes!.SignedInstallationData.SECP521_EncryptedPrivateKey![30] ^= 0x01;
        V2GSignature.Sign(response.Value, iso20.Cps.Signer);
        var received = Iso20ProvisioningRoundTripTests.OverTheWireVerified(response.Value, iso20.Pki.Cps.Leaf.Certificate);

        using var oemKey = ProvisioningWorld.KeyAgreement(iso20.Pki.OemProvisioning.Leaf.PrivateKey);
        var result = Iso20ContractInstaller.Install(received, oemKey, V2G.Security.TestPki.TestPkiBuilder.DefaultPcid, iso20.CpsTrust,
            iso20.ContractTrust);
        Assert.Equal(ProvisioningFailureKind.KeyDecryptionFailed, result.Failure!.Kind);
        Assert.Equal(KeyTransportErrorKind.TagMismatch, result.Failure.KeyTransport);

        // The same response with another PCID in the AAD fails the tag too: the key is bound to the vehicle.
        var untampered = Iso20ProvisioningBackend.AnswerInstallationReq(request, iso20.OemTrust, iso20.Contract, iso20.Cps, 1767225600).Value!;
        var wrongPcid = Iso20ContractInstaller.Install(untampered, oemKey, "WMIV2G0000000000AB", iso20.CpsTrust, iso20.ContractTrust);
        Assert.Equal(KeyTransportErrorKind.TagMismatch, wrongPcid.Failure!.KeyTransport);
    }

    [Fact]
    public void The_shared_signed_CertificateInstallationRes_installs_with_the_shared_OEM_key_and_yields_ContractCert_key()
    {
        string pki = PncData.Pki("iso2");
        var response = Iso2Codec.Decode(File.ReadAllBytes(Path.Combine(PncData.Signed("iso2"), "CertificateInstallationRes", "message.exi")));
        X509Certificate2 Load(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(pki, "certs", name + ".der"));
        var options = new ChainValidationOptions
        {
            Profile = SecurityProfile.Iso2,
            Role = CertificateRole.Cps,
            ValidationTime = PncData.ReferenceTime,
            RevocationPolicy = V2G.Security.Revocation.RevocationPolicy.Ignore,
        };
        var cpsTrust = new ProvisioningTrust { Anchors = [Load("V2GRootCA")], Options = options };
        var contractTrust = new ProvisioningTrust { Anchors = [Load("V2GRootCA"), Load("MORootCA")], Options = options };
        using var oemKey = ECDiffieHellman.Create();
        oemKey.ImportFromPem(File.ReadAllText(Path.Combine(pki, "keys", "OEMProvCert.key.pem")));

        var result = Iso2ContractInstaller.Install(response, oemKey, cpsTrust, contractTrust);

        Assert.True(result.IsSuccess, result.ToString());
        using var contract = result.Value;
        string expected = File.ReadAllText(Path.Combine(pki, "keys", "ContractCert.key.hex")).Trim();
        Assert.Equal(expected, Convert.ToHexString(contract.PrivateKey.Value));
        Assert.Equal("DEABCC12345678", contract.EMaid);
        Assert.Equal(Load("ContractCert").RawData, contract.ContractChain.Leaf.RawData);
    }

    [Fact]
    public void Root_certificate_ids_match_the_shared_vector_form()
    {
        var root = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(PncData.Pki("iso2"), "certs", "V2GRootCA.der"));
        var id = RootCertificateId.From(root);
        Assert.Equal("DC=V2G,C=DE,O=ISO15118 Test PKI,CN=V2GRootCA", id.IssuerName);
        Assert.Equal(4097, (int)id.SerialNumber);
        Assert.True(id.Matches(root));
    }

    [Fact]
    public void A_request_given_to_the_installer_is_refused_as_an_unexpected_message()
    {
        using var oemKey = ProvisioningWorld.KeyAgreement(world.Pki.OemProvisioning.Leaf.PrivateKey);
        var request = Iso2Messages.OverTheWire(InstallationReq(new EcdsaSigner(world.Pki.OemProvisioning.Leaf.PrivateKey)));
        var result = Iso2ContractInstaller.Install(request, oemKey, world.CpsTrust, world.ContractTrust);
        Assert.Equal(ProvisioningFailureKind.UnexpectedMessage, result.Failure!.Kind);
    }
}
