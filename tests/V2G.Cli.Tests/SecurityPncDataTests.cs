using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>Paths into ../shared/pnc (located like <see cref="SharedVectors"/>) and the signed vectors' metadata.</summary>
public static class PncFiles
{
    public static readonly string[] Sets = ["iso2", "iso20", "iso20_ed448"];

    public const string ReferenceTime = "2026-01-01T00:00:00Z";

    public static string Root => Path.Combine(SharedVectors.Root, "pnc");

    public static string Pki(string set, params string[] parts) => Path.Combine([Root, "pki", set, .. parts]);

    public static string Schema(string set) => set == "iso2" ? "iso2" : "iso20-common";

    public static IEnumerable<PncVector> Vectors() =>
        Sets.SelectMany(set => Directory.GetDirectories(Path.Combine(Root, "signed", set))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Select(d => PncVector.Load(set, Path.GetFileName(d))));

    public static IEnumerable<object[]> VectorNames() => Vectors().Select(v => new object[] { v.Set, v.Name });
}

/// <summary>One signed-message vector: its files and who verifies it.</summary>
public sealed record PncVector(string Set, string Name, string Directory, string KeyPath, string CertificatePath)
{
    /// <summary>The vectors whose signer certificate the message does not carry (verified with --cert).</summary>
    public bool NeedsCert => Name.StartsWith("AuthorizationReq", StringComparison.Ordinal) && Set == "iso2"
        || Name.StartsWith("MeteringReceiptReq", StringComparison.Ordinal)
        || Name.StartsWith("ChargeParameterDiscoveryRes", StringComparison.Ordinal)
        || Name.StartsWith("MeteringConfirmationReq", StringComparison.Ordinal)
        || Name.StartsWith("ScheduleExchangeRes", StringComparison.Ordinal);

    /// <summary>The message type the tool names (the directory name without its suffix).</summary>
    public string MessageName => Name.Split('_')[0];

    public string MessageExi => Path.Combine(Directory, "message.exi");

    public string Tampered(string kind) => Path.Combine(Directory, "tampered", kind + ".exi");

    public static PncVector Load(string set, string name)
    {
        string directory = Path.Combine(PncFiles.Root, "signed", set, name);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "vector.json")));
        string key = Path.Combine(PncFiles.Root, json.RootElement.GetProperty("signer_private_key").GetString()!);
        string cert = Path.Combine(PncFiles.Root, json.RootElement.GetProperty("verify_with_certificate").GetString()!);
        return new PncVector(set, name, directory, key, cert);
    }

    /// <summary>The verify command line for a file of this vector (with --cert when the message does not carry its signer).</summary>
    public string[] VerifyArgs(string file, params string[] extra)
    {
        var args = new List<string> { "verify", "--schema", PncFiles.Schema(Set), file };
        if (NeedsCert)
        {
            args.AddRange(["--cert", CertificatePath]);
        }

        args.AddRange(extra);
        return args.ToArray();
    }
}

public class SecurityPncDataTests
{
    [Fact]
    public void SharedPnc_HasEverySetAndVectors()
    {
        foreach (string set in PncFiles.Sets)
        {
            Assert.True(File.Exists(PncFiles.Pki(set, "chains", "trustAnchors_V2G.pem")), set);
        }

        Assert.Equal(17, PncFiles.Vectors().Count());
    }
}
