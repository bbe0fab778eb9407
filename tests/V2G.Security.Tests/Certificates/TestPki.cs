using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using V2G.Security.Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.Tests.Certificates;

/// <summary>Reads certificates, chains and the manifest of one shared test PKI set.</summary>
internal static class TestPki
{
    public static readonly string[] Sets = ["iso2", "iso20", "iso20_ed448"];

    public static SecurityProfile Profile(string set) => set switch
    {
        "iso2" => SecurityProfile.Iso2,
        "iso20" => SecurityProfile.Iso20Secp521,
        _ => SecurityProfile.Iso20Ed448,
    };

    /// <summary>A certificate by name from certs/, else from broken/.</summary>
    public static X509Certificate2 Cert(string set, string name) => X509CertificateLoader.LoadCertificateFromFile(PemPath(set, name));

    public static string PemPath(string set, string name)
    {
        string path = Path.Combine(PncData.Pki(set), "certs", name + ".pem");
        return File.Exists(path) ? path : Path.Combine(PncData.Pki(set), "broken", name + ".pem");
    }

    /// <summary>A PEM bundle of chains/, in file order (leaf first, then Sub-CA 2, Sub-CA 1).</summary>
    public static X509Certificate2[] Bundle(string set, string file)
    {
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(Path.Combine(PncData.Pki(set), "chains", file));
        return collection.ToArray();
    }

    public static JsonElement Broken(string set) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(PncData.Pki(set), "manifest.json"))).RootElement.GetProperty("broken");

    public static bool HasCert(string set, string name) => File.Exists(Path.Combine(PncData.Pki(set), "certs", name + ".pem"));

    public static ChainValidationOptions Options(string set, CertificateRole role) => new()
    {
        Profile = Profile(set),
        Role = role,
        ValidationTime = PncData.ReferenceTime,
        RevocationPolicy = RevocationPolicy.Ignore,
    };

    public static ChainValidationResult Validate(ChainCase c, ChainValidationOptions? options = null) =>
        CertificateChainValidator.Validate(
            Cert(c.Set, c.Leaf),
            c.SubCas.Select(n => Cert(c.Set, n)).ToArray(),
            c.Anchors.Select(n => Cert(c.Set, n)).ToArray(),
            options ?? Options(c.Set, c.Role));
}

/// <summary>One chain of the shared PKI: leaf, sub-CAs as a message carries them, anchors, and the role it is validated for.</summary>
public sealed record ChainCase(string Set, string Name, CertificateRole Role, string Leaf, string[] SubCas, string[] Anchors)
{
    public override string ToString() => $"{Set}/{Name}";

    /// <summary>The valid chains of every set (VehicleCert is not among them, see ChainValidationTests).</summary>
    public static IEnumerable<ChainCase> Valid()
    {
        foreach (string set in TestPki.Sets)
        {
            yield return new(set, "SECC", CertificateRole.Secc, "SECCCert", ["CPOSubCA2", "CPOSubCA1"], ["V2GRootCA"]);
            yield return new(set, "CPS", CertificateRole.Cps, "CPSLeafCert", ["CPSSubCA2", "CPSSubCA1"], ["V2GRootCA"]);
            foreach (string contract in new[] { "ContractCert", "ContractCertNew", "ContractCert2" })
            {
                yield return new(set, contract + "->MORoot", CertificateRole.Contract, contract, ["MOSubCA2", "MOSubCA1"], ["MORootCA"]);
                yield return new(set, contract + "->V2GRoot", CertificateRole.Contract, contract,
                    ["MOSubCA2", "MOSubCA1_issuedByV2GRoot"], ["V2GRootCA"]);
            }

            yield return new(set, "OEMProv", CertificateRole.OemProvisioning, "OEMProvCert", ["OEMSubCA2", "OEMSubCA1"], ["OEMRootCA"]);
        }
    }

    /// <summary>Every broken case of every set, as its manifest entry describes it.</summary>
    public static IEnumerable<ChainCase> Broken()
    {
        foreach (string set in TestPki.Sets)
        {
            foreach (JsonProperty entry in TestPki.Broken(set).EnumerateObject())
            {
                string[] chain = entry.Value.GetProperty("validate_with_chain").EnumerateArray().Select(e => e.GetString()!).ToArray();
                string anchor = entry.Value.GetProperty("trust_anchor").GetString()!;
                CertificateRole role = entry.Name.StartsWith("SECC", StringComparison.Ordinal)
                    || entry.Name.StartsWith("CPO", StringComparison.Ordinal) ? CertificateRole.Secc : CertificateRole.Contract;
                yield return new(set, entry.Name, role, entry.Name, chain, [anchor]);
            }
        }
    }
}
