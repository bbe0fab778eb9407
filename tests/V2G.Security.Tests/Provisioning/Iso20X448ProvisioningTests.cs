using System.IO;
using V2G.Exi;
using V2G.Messages.Iso20;
using V2G.Security.KeyTransport;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using Xunit;
using W = V2G.Security.Tests.Provisioning.Ed448World;

namespace V2G.Security.Tests.Provisioning;

/// <summary>ISO 15118-20 CertificateInstallation in the Ed448 profile with X448 key transport, over the shared iso20_ed448 PKI.</summary>
public sealed class Iso20X448ProvisioningTests
{
    private const ulong TimeStamp = 1767225600;
    private static readonly byte[] SessionId = System.Convert.FromHexString("4142434445464748");

    private static CommonMessagesDocument ReceivedRequest()
    {
        var request = Iso20CertificateRequests.BuildInstallationReq(
            new MessageHeaderType { SessionID = SessionId, TimeStamp = TimeStamp }, W.OemChain, W.CarRoots, 1, [W.Emaid],
            W.Signer("OEMProvCert"));
        Assert.True(request.IsSuccess, request.ToString());
        var received = W.OverTheWire(request.Value);
        var signature = V2GSignature.Verify(received, W.Cert("OEMProvCert"));
        Assert.True(signature.IsValid, signature.ToString());
        return received;
    }

    private static CommonMessagesDocument ReceivedResponse()
    {
        var response = Iso20ProvisioningBackend.AnswerX448InstallationReq(
            ReceivedRequest(), W.OemTrust, W.Contract, W.Cps, TimeStamp, W.Hex("OEMProvCert_X448.pub.hex"));
        Assert.True(response.IsSuccess, response.ToString());
        return W.OverTheWire(response.Value);
    }

    private static ProvisioningResult<InstalledContract> Install(CommonMessagesDocument response) =>
        Iso20ContractInstaller.InstallX448(response, W.Hex("OEMProvCert_X448.key.hex"), W.Hex("ContractCert_X448.pub.hex"), W.Pcid,
            W.CpsTrust, W.ContractTrust);

    [Fact]
    public void Ed448_request_X448_response_and_install_round_trip()
    {
        var verified = Iso20ProvisioningBackend.VerifyInstallationReq(ReceivedRequest(), W.OemTrust);
        Assert.True(verified.IsSuccess, verified.ToString());
        Assert.Equal(W.Pcid, verified.Value.VehicleChain.Leaf.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName,
            false));

        var received = ReceivedResponse();
        var signature = V2GSignature.Verify(received, W.Cert("CPSLeafCert"));
        Assert.True(signature.IsValid, signature.ToString());
        var data = received.CertificateInstallationRes!.SignedInstallationData;
        Assert.Equal(EcdhCurveType.X448, data.ECDHCurve);
        Assert.Equal(57, data.DHPublicKey.Length);
        Assert.Equal(0x04, data.DHPublicKey[0]);
        Assert.Equal(84, data.X448_EncryptedPrivateKey!.Length);
        Assert.Null(data.SECP521_EncryptedPrivateKey);
        Assert.Equal(W.ContractChain.Leaf.RawData, data.ContractCertificateChain.Certificate);
        Assert.Equal([W.Cert("MOSubCA2").RawData, W.Cert("MOSubCA1").RawData], data.ContractCertificateChain.SubCertificates.Certificate);

        var installed = Install(received);
        Assert.True(installed.IsSuccess, installed.ToString());
        using var contract = installed.Value;
        Assert.Equal(W.Hex("ContractCert_X448.key.hex"), contract.PrivateKey.ToArray());
        Assert.Equal(KeyTransportProfile.Iso20X448, contract.PrivateKey.Profile);
        Assert.True(contract.PrivateKey.PublicKeyChecked);
        Assert.Equal(W.Emaid, contract.EMaid);
    }

    [Fact]
    public void The_shared_CertificateInstallationRes_vector_installs_the_X448_contract_key()
    {
        byte[] exi = File.ReadAllBytes(Path.Combine(PncData.Signed(W.Set), "CertificateInstallationRes", "message.exi"));
        var response = CommonMessagesCodec.Decode(exi, ExiDecodeOptions.IgnoringLengthFacets, out _);
        var signature = V2GSignature.Verify(response, W.Cert("CPSLeafCert"));
        Assert.True(signature.IsValid, signature.ToString());

        var installed = Install(response);
        Assert.True(installed.IsSuccess, installed.ToString());
        using var contract = installed.Value;
        Assert.Equal(W.Hex("ContractCert_X448.key.hex"), contract.PrivateKey.ToArray());
        Assert.Equal(W.Emaid, contract.EMaid);
    }

    [Fact]
    public void A_tampered_X448_encrypted_key_signed_again_is_refused_with_TagMismatch()
    {
        var built = Iso20ProvisioningBackend.AnswerX448InstallationReq(
            ReceivedRequest(), W.OemTrust, W.Contract, W.Cps, TimeStamp, W.Hex("OEMProvCert_X448.pub.hex"));
        Assert.True(built.IsSuccess, built.ToString());
        var document = built.Value;
        document.CertificateInstallationRes!.SignedInstallationData.X448_EncryptedPrivateKey![40] ^= 0x01;
        V2GSignature.Sign(document, W.Cps.Signer); // the CPS signs the bad ciphertext: only the AES-GCM tag can catch it

        var result = Install(W.OverTheWire(document));
        Assert.False(result.IsSuccess);
        Assert.Equal(ProvisioningFailureKind.KeyDecryptionFailed, result.Failure!.Kind);
        Assert.Equal(KeyTransportErrorKind.TagMismatch, result.Failure.KeyTransport);
    }

    [Fact]
    public void A_tampered_X448_encrypted_key_without_a_new_signature_is_refused_by_the_signature_check()
    {
        var document = ReceivedResponse();
        document.CertificateInstallationRes!.SignedInstallationData.X448_EncryptedPrivateKey![40] ^= 0x01;

        var result = Install(document);
        Assert.Equal(ProvisioningFailureKind.ResponseSignatureInvalid, result.Failure!.Kind);
    }

    [Fact]
    public void A_wrong_expected_contract_public_key_is_refused_with_PublicKeyMismatch()
    {
        var result = Iso20ContractInstaller.InstallX448(ReceivedResponse(), W.Hex("OEMProvCert_X448.key.hex"),
            W.Hex("OEMProvCert_X448.pub.hex"), W.Pcid, W.CpsTrust, W.ContractTrust);
        Assert.Equal(ProvisioningFailureKind.KeyDecryptionFailed, result.Failure!.Kind);
        Assert.Equal(KeyTransportErrorKind.PublicKeyMismatch, result.Failure.KeyTransport);
    }

    [Fact]
    public void An_empty_expected_contract_public_key_is_refused_before_decryption()
    {
        var result = Iso20ContractInstaller.InstallX448(ReceivedResponse(), W.Hex("OEMProvCert_X448.key.hex"), [], W.Pcid, W.CpsTrust,
            W.ContractTrust);
        Assert.Equal(ProvisioningFailureKind.InvalidInput, result.Failure!.Kind);
    }

    [Fact]
    public void The_SECP521_installer_refuses_an_X448_response()
    {
        using var p521 = System.Security.Cryptography.ECDiffieHellman.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP521);
        var result = Iso20ContractInstaller.Install(ReceivedResponse(), p521, W.Pcid, W.CpsTrust, W.ContractTrust);
        Assert.Equal(ProvisioningFailureKind.KeyDecryptionFailed, result.Failure!.Kind);
        Assert.Contains("SECP521", result.Failure.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_vehicle_X448_key_of_the_wrong_length_is_refused_by_the_back_end()
    {
        var verified = Iso20ProvisioningBackend.VerifyInstallationReq(ReceivedRequest(), W.OemTrust);
        Assert.True(verified.IsSuccess, verified.ToString());
        var result = Iso20ProvisioningBackend.BuildX448Response(verified.Value, W.Contract, W.Cps, TimeStamp, new byte[55]);
        Assert.Equal(ProvisioningFailureKind.KeyEncryptionFailed, result.Failure!.Kind);
        Assert.NotNull(result.Failure.KeyTransport);
    }
}
