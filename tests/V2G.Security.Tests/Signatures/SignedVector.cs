using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace V2G.Security.Tests.Signatures;

/// <summary>One signed-message vector of ../shared/pnc/signed/&lt;set&gt;/&lt;Message&gt;.</summary>
public sealed class SignedVector
{
    private SignedVector(string set, string name, JsonElement json)
    {
        Set = set;
        Name = name;
        Directory = Path.Combine(PncData.Signed(set), name);
        MessageExi = Convert.FromHexString(json.GetProperty("message_exi_hex").GetString()!);
        SignedInfoExi = Convert.FromHexString(json.GetProperty("signedinfo_exi_hex").GetString()!);
        SignatureValue = Convert.FromHexString(json.GetProperty("signature_value_hex").GetString()!);
        SignerKeyPath = Path.Combine(PncData.Directory, json.GetProperty("signer_private_key").GetString()!);
        CertificatePath = Path.Combine(PncData.Directory, json.GetProperty("verify_with_certificate").GetString()!);
        References = json.GetProperty("references").EnumerateArray()
            .Select(r => new VectorReference(r.GetProperty("id").GetString()!, Convert.FromHexString(r.GetProperty("fragment_exi_hex").GetString()!), Convert.FromHexString(r.GetProperty("digest_hex").GetString()!)))
            .ToList();
    }

    public string Set { get; }

    public string Name { get; }

    public string Directory { get; }

    public byte[] MessageExi { get; }

    public byte[] SignedInfoExi { get; }

    public byte[] SignatureValue { get; }

    public string SignerKeyPath { get; }

    public string CertificatePath { get; }

    public IReadOnlyList<VectorReference> References { get; }

    public bool IsIso2 => Set == "iso2";

    public X509Certificate2 Certificate => X509CertificateLoader.LoadCertificateFromFile(CertificatePath);

    public string SignerKeyPem => File.ReadAllText(SignerKeyPath);

    public byte[] Tampered(string kind) => File.ReadAllBytes(Path.Combine(Directory, "tampered", kind + ".exi"));

    public static IEnumerable<SignedVector> All() =>
        new[] { "iso2", "iso20", "iso20_ed448" }.SelectMany(set => System.IO.Directory.GetDirectories(PncData.Signed(set))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Select(d => Load(set, Path.GetFileName(d))));

    public static SignedVector Load(string set, string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(PncData.Signed(set), name, "vector.json")));
        return new SignedVector(set, name, json.RootElement.Clone());
    }

    public override string ToString() => Set + "/" + Name;
}

/// <summary>A Reference of a vector: the Id, the fragment EXI and its digest.</summary>
public sealed record VectorReference(string Id, byte[] FragmentExi, byte[] Digest);
