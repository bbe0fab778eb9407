using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using V2G.Messages.Iso2;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Security.Signatures.Crypto;

namespace V2G.Benchmarks;

/// <summary>
/// The back end's answer to a verified ISO-2 CertificateInstallationReq (shared/pnc/signed/iso2): the contract key
/// encrypted for the vehicle, the four elements signed by the CPS key, the response encoded to EXI.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class ProvisioningBenchmarks
{
    private VerifiedProvisioningRequest request = null!;
    private ContractDelivery contract = null!;
    private CpsCredentials cps = null!;

    /// <summary>Loads the shared PKI and verifies the shared request once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string pki = Path.Combine(VectorSource.SharedDirectory, "pnc", "pki", "iso2");
        X509Certificate2 Cert(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(pki, "certs", name + ".pem"));
        string Key(string name) => File.ReadAllText(Path.Combine(pki, "keys", name + ".key.pem"));
        byte[] exi = File.ReadAllBytes(Path.Combine(VectorSource.SharedDirectory, "pnc", "signed", "iso2", "CertificateInstallationReq", "message.exi"));
        var trust = new ProvisioningTrust
        {
            Anchors = [Cert("OEMRootCA")],
            KnownSubCertificates = [Cert("OEMSubCA2"), Cert("OEMSubCA1")],
            Options = new ChainValidationOptions
            {
                Profile = SecurityProfile.Iso2,
                Role = CertificateRole.OemProvisioning,
                ValidationTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                RevocationPolicy = RevocationPolicy.Ignore,
            },
        };
        var verified = Iso2ProvisioningBackend.VerifyInstallationReq(Iso2Codec.Decode(exi), trust);
        request = verified.IsSuccess ? verified.Value : throw new InvalidOperationException(verified.Failure!.Message);
        var contractKey = ECDsa.Create();
        contractKey.ImportFromPem(Key("ContractCert"));
        contract = ContractDelivery.FromEcdsa(new CertificateChainData(Cert("ContractCert"), [Cert("MOSubCA2"), Cert("MOSubCA1")]), contractKey);
        cps = new CpsCredentials(new CertificateChainData(Cert("CPSLeafCert"), [Cert("CPSSubCA2"), Cert("CPSSubCA1")]), V2GSigners.FromPem(Key("CPSLeafCert")));
    }

    /// <summary>Iso2ProvisioningBackend.BuildResponse and Iso2Codec.Encode.</summary>
    [Benchmark]
    public int BuildSignedCertificateInstallationRes()
    {
        var response = Iso2ProvisioningBackend.BuildResponse(request, contract, cps, update: false);
        return Iso2Codec.Encode(response.Value!).Length;
    }
}
