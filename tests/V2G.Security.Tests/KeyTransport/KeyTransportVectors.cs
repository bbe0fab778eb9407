using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using V2G.Security.KeyTransport;
using Xunit;

namespace V2G.Security.Tests.KeyTransport;

/// <summary>One vector of ../shared/pnc/keytransport/keytransport_vectors.json, resolved to bytes.</summary>
public sealed record KeyTransportVector(
    string Name,
    KeyTransportProfile Profile,
    byte[] RecipientPrivateKey,
    byte[] RecipientPublicKey,
    byte[] EphemeralPrivateKey,
    byte[] DhPublicKey,
    byte[] SharedSecret,
    byte[] KdfInput,
    byte[] SessionKey,
    byte[] Iv,
    byte[] Aad,
    byte[] EncryptedPrivateKey,
    byte[] ExpectedPrivateKey,
    byte[] ContractPublicKey)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Loads the shared key transport vectors.</summary>
public static class KeyTransportVectors
{
    private static readonly Lazy<JsonElement> Root = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(PncData.Directory, "keytransport", "keytransport_vectors.json"))).RootElement);

    /// <summary>The names of the four positive vectors.</summary>
    public static readonly string[] PositiveNames =
    [
        "iso2_CertificateInstallation", "iso2_CertificateUpdate", "iso20_SECP521_CertificateInstallation", "iso20_X448_CertificateInstallation",
    ];

    /// <summary>xunit data: the positive vector names.</summary>
    public static IEnumerable<object[]> Positive()
    {
        foreach (string name in PositiveNames)
        {
            yield return [name];
        }
    }

    /// <summary>The raw JSON object of a vector.</summary>
    public static JsonElement Json(string name) => Root.Value.GetProperty(name);

    /// <summary>A positive vector resolved to bytes.</summary>
    public static KeyTransportVector Load(string name)
    {
        JsonElement v = Json(name);
        string curve = v.GetProperty("curve").GetString()!;
        KeyTransportProfile profile = curve switch
        {
            "secp256r1" => KeyTransportProfile.Iso2,
            "secp521r1" => KeyTransportProfile.Iso20Secp521,
            "X448" => KeyTransportProfile.Iso20X448,
            _ => throw new InvalidDataException("unknown curve " + curve),
        };
        bool x448 = profile == KeyTransportProfile.Iso20X448;
        string field = profile switch
        {
            KeyTransportProfile.Iso2 => "ContractSignatureEncryptedPrivateKey",
            KeyTransportProfile.Iso20Secp521 => "SECP521_EncryptedPrivateKey",
            _ => "X448_EncryptedPrivateKey",
        };
        byte[] contractPublic = x448
            ? Convert.FromHexString(File.ReadAllText(Path.Combine(PncData.Pki("iso20_ed448"), "keys", "ContractCert_X448.pub.hex")).Trim())
            : Hex(v, "contract_public_key");
        return new(
            name,
            profile,
            Hex(v, x448 ? "recipient_private_raw" : "recipient_private_value"),
            Hex(v, x448 ? "recipient_public_raw" : "recipient_public_key"),
            Hex(v, x448 ? "ephemeral_private_raw" : "ephemeral_private_value"),
            Hex(v, profile == KeyTransportProfile.Iso2 ? "DHpublickey" : "DHPublicKey"),
            Hex(v, "shared_secret_Z"),
            Convert.FromHexString(v.GetProperty("kdf").GetProperty("hash_input").GetString()!),
            Hex(v, "session_key"),
            Hex(v, "iv"),
            v.TryGetProperty("aad", out JsonElement aad) ? Convert.FromHexString(aad.GetString()!) : [],
            Hex(v, field),
            Hex(v, "expected_decrypted_private_key"),
            contractPublic);
    }

    /// <summary>A hex field of a vector.</summary>
    public static byte[] Hex(JsonElement vector, string property)
    {
        Assert.True(vector.TryGetProperty(property, out JsonElement value), "vector lacks " + property);
        return Convert.FromHexString(value.GetString()!);
    }

    /// <summary>The file of the shared data named by a vector's relative path (e.g. pki/iso2/keys/SECCCert.key.pem).</summary>
    public static string SharedFile(string relative) => Path.Combine(PncData.Directory, relative);
}
