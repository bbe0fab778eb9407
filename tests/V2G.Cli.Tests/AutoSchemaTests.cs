using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using V2G.Exi;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>
/// <c>--schema auto</c> over every shared vector and capture: the family it names is the manifest's; a stream it refuses lists the
/// candidates; and no capture decodes whole under a family other than its own.
/// </summary>
public sealed class AutoSchemaTests
{
    public static IEnumerable<object[]> Streams()
    {
        string vectors = Path.Combine(SharedVectors.Root, "vectors");
        using (JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(vectors, "manifest.json"))))
        {
            foreach (JsonElement v in manifest.RootElement.GetProperty("vectors").EnumerateArray())
            {
                if (v.GetProperty("stringTableHits").GetBoolean())
                {
                    continue;
                }

                string family = v.GetProperty("family").GetString()!.Replace("-fragment", "", StringComparison.Ordinal);
                yield return [v.GetProperty("exiFile").GetString()!, family, v.GetProperty("fragment").GetBoolean()];
            }
        }

        using JsonDocument captures = JsonDocument.Parse(File.ReadAllText(Path.Combine(vectors, "captures", "captures.json")));
        foreach (JsonElement c in captures.RootElement.EnumerateArray())
        {
            string family = c.GetProperty("family").GetString()!;
            yield return [$"captures/{family}/{c.GetProperty("id").GetString()}.exi", family, false];
        }
    }

    [Fact]
    public void Every_stream_is_named_by_its_own_family_or_refused_with_the_candidates()
    {
        int named = 0, refused = 0;
        var wrong = new List<string>();
        foreach (object[] row in Streams())
        {
            (string file, string family, bool fragment) = ((string)row[0], (string)row[1], (bool)row[2]);
            string expected = family == "iso20" ? Iso20FragmentFamily(Path.GetFileName(file)) : family;
            byte[] exi = File.ReadAllBytes(Path.Combine(SharedVectors.Root, "vectors", file));
            try
            {
                (ISchemaCodec codec, _) = AutoSchema.Pick(SchemaRegistry.Default, exi, ExiDecodeOptions.Default, fragment);
                named++;
                if (codec.Name != expected && !(fragment && codec.Name == "xmldsig"))
                {
                    wrong.Add($"{file}: auto named {codec.Name}, the manifest says {expected}");
                }
            }
            catch (InputException e)
            {
                refused++;
                bool listsOwnFamily = e.Message.Contains(expected, StringComparison.Ordinal);
                if (!listsOwnFamily)
                {
                    wrong.Add($"{file}: refused without naming {expected}: {e.Message}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
        // 1,468 streams: 1,452 named, 16 refused (several families decode them whole, or a capture has a trailing byte).
        Assert.True(named >= 1400 && refused <= 40, $"{named} named, {refused} refused");
    }

    /// <summary>The ISO-20 fragment vectors are named by their codec: CommonMessages.X, AC.X, DC.X, xmldsig.X.</summary>
    private static string Iso20FragmentFamily(string fileName) => fileName.Split('.')[0] switch
    {
        "CommonMessages" => "iso20-common",
        "AC" => "iso20-ac",
        "DC" => "iso20-dc",
        "WPT" => "iso20-wpt",
        "ACDP" => "iso20-acdp",
        "xmldsig" => "xmldsig",
        string other => other,
    };

    [Fact]
    public void On_the_command_line_auto_notes_the_family_and_a_refusal_is_an_input_error()
    {
        CliResult din = CliRun.Run("decode", "--schema", "auto", Path.Combine(SharedVectors.Root, "vectors", "din", "CableCheckReq-max.exi"));
        Assert.Equal(0, din.ExitCode);
        Assert.Contains("note: schema din decodes the whole input", din.Stderr);
        Assert.Contains("urn:din:70121:2012:MsgDef", din.Stdout);

        CliResult garbage = CliRun.Run("decode", "--schema", "auto", "--hex", "FFFFFFFF");
        Assert.Equal(1, garbage.ExitCode);
        Assert.Contains("no schema decodes the whole input", garbage.Stderr);

        CliResult encode = CliRun.Run("encode", "--schema", "auto", "-");
        Assert.Equal(2, encode.ExitCode);
        Assert.Contains("--schema auto picks the family of EXI input", encode.Stderr);
    }

    [Fact]
    public void Strict_makes_trailing_bytes_an_input_error_that_points_to_auto()
    {
        string file = Path.Combine(SharedVectors.Root, "vectors", "captures", "din", "din-0174.exi");
        CliResult lax = CliRun.Run("decode", "--schema", "din", file);
        Assert.Equal(0, lax.ExitCode);
        Assert.Contains("1 trailing byte after the EXI body", lax.Stderr);

        CliResult strict = CliRun.Run("decode", "--schema", "din", "--strict", file);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("1 trailing byte after the EXI body of din (--strict)", strict.Stderr);
        Assert.Equal("", strict.Stdout);
    }
}
