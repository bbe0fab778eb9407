using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso2;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Cli.Tests;

/// <summary>
/// CertificateInstallation and CertificateUpdate end to end over a PKI written by <c>v2g pki init</c>: the car's
/// request, the back end's response, the car's installation and a PnC AuthorizationReq with the installed key; every
/// message also verifies through <c>v2g verify</c> with the folder's roots.
/// </summary>
public sealed class SecurityProvisioningEndToEndTests : IDisposable
{
    private static readonly byte[] SessionId = Convert.FromHexString("0102030405060708");
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private sealed class Folder(string dir, SecurityProfile profile)
    {
        public X509Certificate2 Cert(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(dir, "certs", name + ".pem"));

        public ECDsa Key(string name)
        {
            var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(Path.Combine(dir, "keys", name + ".key.pem")));
            return key;
        }

        public ECDiffieHellman Agreement(string name)
        {
            var key = ECDiffieHellman.Create();
            key.ImportFromPem(File.ReadAllText(Path.Combine(dir, "keys", name + ".key.pem")));
            return key;
        }

        public string Pem(string name) => Path.Combine(dir, "certs", name + ".pem");

        public CertificateChainData Chain(string leaf, string subCa2, string subCa1) => new(Cert(leaf), [Cert(subCa2), Cert(subCa1)]);

        public ProvisioningTrust Trust(CertificateRole role, params string[] anchors) => new()
        {
            Anchors = Array.ConvertAll(anchors, Cert),
            KnownSubCertificates = [Cert("OEMSubCA2"), Cert("OEMSubCA1")],
            Options = new ChainValidationOptions
            {
                Profile = profile, Role = role, ValidationTime = DateTimeOffset.UtcNow, RevocationPolicy = RevocationPolicy.Ignore,
            },
        };
    }

    private Folder Init(string profile, SecurityProfile securityProfile)
    {
        string dir = temp.File("pki-" + profile);
        CliResult init = CliRun.Run("pki", "init", "--dir", dir, "--profile", profile);
        Assert.True(init.ExitCode == 0, init.ToString());
        return new Folder(dir, securityProfile);
    }

    private void AssertCliVerifies(string schema, byte[] exi, string name, params string[] extra)
    {
        string file = temp.File(name + ".exi");
        File.WriteAllBytes(file, exi);
        CliResult verify = CliRun.Run(["verify", "--schema", schema, file, .. extra]);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains(": OK ", verify.Stdout);
    }

    [Fact]
    public void Iso2_installation_and_update_with_a_pki_init_folder()
    {
        Folder pki = Init("iso2", SecurityProfile.Iso2);
        X509Certificate2[] carRoots = [pki.Cert("V2GRootCA"), pki.Cert("MORootCA")];
        using ECDsa oemKey = pki.Key("OEMProvCert");
        var request = Iso2CertificateRequests.BuildInstallationReq(SessionId, pki.Cert("OEMProvCert"), carRoots, new EcdsaSigner(oemKey));
        Assert.True(request.IsSuccess, request.ToString());
        byte[] requestExi = Iso2Codec.Encode(request.Value);
        AssertCliVerifies("iso2", requestExi, "iso2-installation-req", "--trust", pki.Pem("OEMRootCA"), "--cert", pki.Pem("OEMSubCA2"), "--cert", pki.Pem("OEMSubCA1"));

        using ECDsa contractKey = pki.Key("ContractCert");
        using ECDsa cpsKey = pki.Key("CPSLeafCert");
        var cps = new CpsCredentials(pki.Chain("CPSLeafCert", "CPSSubCA2", "CPSSubCA1"), new EcdsaSigner(cpsKey));
        var contract = ContractDelivery.FromEcdsa(pki.Chain("ContractCert", "MOSubCA2", "MOSubCA1"), contractKey);
        var response = Iso2ProvisioningBackend.AnswerInstallationReq(Iso2Codec.Decode(requestExi), pki.Trust(CertificateRole.OemProvisioning, "OEMRootCA"), contract, cps);
        Assert.True(response.IsSuccess, response.ToString());
        byte[] responseExi = Iso2Codec.Encode(response.Value);
        AssertCliVerifies("iso2", responseExi, "iso2-installation-res", "--trust", pki.Pem("V2GRootCA"));

        using ECDiffieHellman recipient = pki.Agreement("OEMProvCert");
        var installed = Iso2ContractInstaller.Install(Iso2Codec.Decode(responseExi), recipient,
            pki.Trust(CertificateRole.Cps, "V2GRootCA"), pki.Trust(CertificateRole.Contract, "V2GRootCA", "MORootCA"));
        Assert.True(installed.IsSuccess, installed.ToString());
        using (installed.Value)
        {
            Assert.Equal(contractKey.ExportParameters(true).D, installed.Value.PrivateKey.ToArray());
            AssertChargerAcceptsIso2Authorization(pki, installed.Value);
        }

        // CertificateUpdate: signed with the current contract key, the renewed key (here the second contract) encrypted for it.
        var update = Iso2CertificateRequests.BuildUpdateReq(SessionId, contract.Chain, carRoots, new EcdsaSigner(contractKey));
        Assert.True(update.IsSuccess, update.ToString());
        byte[] updateExi = Iso2Codec.Encode(update.Value);
        AssertCliVerifies("iso2", updateExi, "iso2-update-req", "--trust", pki.Pem("MORootCA"));
        using ECDsa renewedKey = pki.Key("ContractCert2");
        var renewal = ContractDelivery.FromEcdsa(pki.Chain("ContractCert2", "MOSubCA2", "MOSubCA1"), renewedKey);
        var updateResponse = Iso2ProvisioningBackend.AnswerUpdateReq(Iso2Codec.Decode(updateExi), pki.Trust(CertificateRole.Contract, "MORootCA"), renewal, cps);
        Assert.True(updateResponse.IsSuccess, updateResponse.ToString());
        byte[] updateResponseExi = Iso2Codec.Encode(updateResponse.Value);
        AssertCliVerifies("iso2", updateResponseExi, "iso2-update-res", "--trust", pki.Pem("V2GRootCA"));

        using ECDiffieHellman current = pki.Agreement("ContractCert");
        var renewed = Iso2ContractInstaller.Install(Iso2Codec.Decode(updateResponseExi), current,
            pki.Trust(CertificateRole.Cps, "V2GRootCA"), pki.Trust(CertificateRole.Contract, "MORootCA"));
        Assert.True(renewed.IsSuccess, renewed.ToString());
        using (renewed.Value)
        {
            Assert.Equal(renewedKey.ExportParameters(true).D, renewed.Value.PrivateKey.ToArray());
        }
    }

    [Fact]
    public void Iso20_installation_with_a_pki_init_folder()
    {
        Folder pki = Init("iso20", SecurityProfile.Iso20Secp521);
        X509Certificate2[] carRoots = [pki.Cert("V2GRootCA"), pki.Cert("MORootCA")];
        using ECDsa oemKey = pki.Key("OEMProvCert");
        var header = new Iso20.MessageHeaderType { SessionID = SessionId, TimeStamp = 1_767_225_600 };
        var request = Iso20CertificateRequests.BuildInstallationReq(header, pki.Chain("OEMProvCert", "OEMSubCA2", "OEMSubCA1"), carRoots, 1, [], new EcdsaSigner(oemKey));
        Assert.True(request.IsSuccess, request.ToString());
        byte[] requestExi = Iso20.CommonMessagesCodec.Encode(request.Value);
        AssertCliVerifies("iso20-common", requestExi, "iso20-installation-req", "--trust", pki.Pem("OEMRootCA"));

        using ECDsa contractKey = pki.Key("ContractCert");
        using ECDsa cpsKey = pki.Key("CPSLeafCert");
        var cps = new CpsCredentials(pki.Chain("CPSLeafCert", "CPSSubCA2", "CPSSubCA1"), new EcdsaSigner(cpsKey));
        var contract = ContractDelivery.FromEcdsa(pki.Chain("ContractCert", "MOSubCA2", "MOSubCA1"), contractKey);
        var response = Iso20ProvisioningBackend.AnswerInstallationReq(Iso20.CommonMessagesCodec.Decode(requestExi),
            pki.Trust(CertificateRole.OemProvisioning, "OEMRootCA"), contract, cps, 1_767_225_601);
        Assert.True(response.IsSuccess, response.ToString());
        byte[] responseExi = Iso20.CommonMessagesCodec.Encode(response.Value);
        AssertCliVerifies("iso20-common", responseExi, "iso20-installation-res", "--trust", pki.Pem("V2GRootCA"));

        using ECDiffieHellman recipient = pki.Agreement("OEMProvCert");
        string pcid = pki.Cert("OEMProvCert").GetNameInfo(X509NameType.SimpleName, false);
        var installed = Iso20ContractInstaller.Install(Iso20.CommonMessagesCodec.Decode(responseExi), recipient, pcid,
            pki.Trust(CertificateRole.Cps, "V2GRootCA"), pki.Trust(CertificateRole.Contract, "MORootCA"));
        Assert.True(installed.IsSuccess, installed.ToString());
        using (installed.Value)
        {
            byte[] expected = contractKey.ExportParameters(true).D!;
            Assert.Equal(Convert.ToHexString(expected).TrimStart('0'), Convert.ToHexString(installed.Value.PrivateKey.ToArray()).TrimStart('0'));

            // The charger verifies a PnC AuthorizationReq signed with the installed key against the new contract chain.
            byte[] challenge = RandomNumberGenerator.GetBytes(16);
            using ECDsa key = installed.Value.PrivateKey.CreateEcdsa()!;
            var chain = installed.Value.ContractChain;
            var authorization = new Iso20.AuthorizationReqType
            {
                Header = new Iso20.MessageHeaderType { SessionID = SessionId, TimeStamp = 1_767_225_602 },
                SelectedAuthorizationService = Iso20.AuthorizationType.PnC,
                PnC_AReqAuthorizationMode = new Iso20.PnC_AReqAuthorizationModeType
                {
                    Id = "ID1",
                    GenChallenge = challenge,
                    ContractCertificateChain = new Iso20.ContractCertificateChainType
                    {
                        Certificate = chain.Leaf.RawData,
                        SubCertificates = new Iso20.SubCertificatesType { Certificate = { chain.SubCertificates[0].RawData, chain.SubCertificates[1].RawData } },
                    },
                },
            };
            var document = Iso20.CommonMessagesDocument.FromAuthorizationReq(authorization);
            V2GSignature.Sign(document, new EcdsaSigner(key));
            var received = Iso20.CommonMessagesCodec.Decode(Iso20.CommonMessagesCodec.Encode(document));
            var result = V2GSignature.Verify(received, chain.Leaf, new SignatureVerificationOptions { ExpectedGenChallenge = challenge });
            Assert.True(result.IsValid, result.ToString());
        }
    }

    private static void AssertChargerAcceptsIso2Authorization(Folder pki, InstalledContract contract)
    {
        byte[] challenge = RandomNumberGenerator.GetBytes(16);
        using ECDsa key = contract.PrivateKey.CreateEcdsa()!;
        var authorization = new V2G_Message
        {
            Header = new MessageHeaderType { SessionID = SessionId },
            Body = new BodyType { BodyElement = new AuthorizationReqType { Id = "ID1", GenChallenge = challenge } },
        };
        V2GSignature.Sign(authorization, new EcdsaSigner(key));
        var received = Iso2Codec.Decode(Iso2Codec.Encode(authorization));
        var result = V2GSignature.Verify(received, contract.ContractChain.Leaf, new SignatureVerificationOptions { ExpectedGenChallenge = challenge });
        Assert.True(result.IsValid, result.ToString());
        var chain = CertificateChainValidator.Validate(contract.ContractChain.Leaf, contract.ContractChain.SubCertificates, [pki.Cert("MORootCA")],
            new ChainValidationOptions { Profile = SecurityProfile.Iso2, Role = CertificateRole.Contract, ValidationTime = DateTimeOffset.UtcNow, RevocationPolicy = RevocationPolicy.Ignore });
        Assert.True(chain.IsValid, chain.ToString());
    }
}
