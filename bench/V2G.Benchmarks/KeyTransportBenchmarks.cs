using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using V2G.Security.KeyTransport;

namespace V2G.Benchmarks;

/// <summary>
/// Decryption of a transported contract key, as the vehicle does it after CertificateInstallationRes: ECDH with the
/// recipient key, ConcatKDF, AES (CBC for ISO-2, GCM for ISO-20), then the receiver checks (d·G against the contract
/// certificate's key). One vector per profile of shared/pnc/keytransport.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class KeyTransportBenchmarks
{
    private KeyTransportProfile profile;
    private byte[] recipient = [];
    private byte[] dhPublicKey = [];
    private byte[] encrypted = [];
    private byte[] aad = [];
    private byte[] contractPublic = [];

    /// <summary>The vector of keytransport_vectors.json.</summary>
    [Params("iso2_CertificateInstallation", "iso20_SECP521_CertificateInstallation", "iso20_X448_CertificateInstallation")]
    public string Vector { get; set; } = "iso2_CertificateInstallation";

    /// <summary>Reads the vector and checks it decrypts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string pnc = Path.Combine(VectorSource.SharedDirectory, "pnc");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(pnc, "keytransport", "keytransport_vectors.json")));
        JsonElement v = json.RootElement.GetProperty(Vector);
        byte[] Hex(string name) => Convert.FromHexString(v.GetProperty(name).GetString()!);
        profile = v.GetProperty("curve").GetString() switch
        {
            "secp256r1" => KeyTransportProfile.Iso2,
            "secp521r1" => KeyTransportProfile.Iso20Secp521,
            _ => KeyTransportProfile.Iso20X448,
        };
        bool x448 = profile == KeyTransportProfile.Iso20X448;
        recipient = Hex(x448 ? "recipient_private_raw" : "recipient_private_value");
        dhPublicKey = Hex(profile == KeyTransportProfile.Iso2 ? "DHpublickey" : "DHPublicKey");
        encrypted = Hex(profile switch
        {
            KeyTransportProfile.Iso2 => "ContractSignatureEncryptedPrivateKey",
            KeyTransportProfile.Iso20Secp521 => "SECP521_EncryptedPrivateKey",
            _ => "X448_EncryptedPrivateKey",
        });
        aad = v.TryGetProperty("aad", out JsonElement a) ? Convert.FromHexString(a.GetString()!) : [];
        contractPublic = x448
            ? Convert.FromHexString(File.ReadAllText(Path.Combine(pnc, "pki", "iso20_ed448", "keys", "ContractCert_X448.pub.hex")).Trim())
            : Hex("contract_public_key");
        if (!Decrypt())
        {
            throw new InvalidOperationException(Vector + " does not decrypt");
        }
    }

    /// <summary>ContractKeyTransport.TryDecrypt with the public-key check.</summary>
    [Benchmark]
    public bool Decrypt()
    {
        bool ok = ContractKeyTransport.TryDecrypt(profile, recipient, dhPublicKey, encrypted, aad, contractPublic, out ContractPrivateKey? key, out _);
        key?.Dispose();
        return ok;
    }
}
