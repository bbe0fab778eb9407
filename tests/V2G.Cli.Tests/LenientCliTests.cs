using System;
using System.IO;
using System.Linq;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>
/// A message that breaks a facet (Priority 21 where the schema allows 1..20; the 5-bit field carries it): the encoder
/// refuses it unless --relaxed, the decoder accepts it with a warning line, and decode --strict fails it.
/// </summary>
public class LenientCliTests
{
    private static string OutOfRangeXml() =>
        File.ReadAllText(Path.Combine(SharedVectors.AppProtocol, "supportedAppProtocolReq-min.xml"))
            .Replace("<Priority>4</Priority>", "<Priority>21</Priority>", StringComparison.Ordinal);

    private static string RelaxedHex()
    {
        var encoded = CliRun.WithStdin(OutOfRangeXml(), "encode", "--schema", "app-protocol", "--relaxed", "-");
        Assert.True(encoded.ExitCode == 0, encoded.ToString());
        return encoded.Stdout.Trim();
    }

    [Fact]
    public void Encode_refuses_a_facet_violation_without_relaxed()
    {
        var result = CliRun.WithStdin(OutOfRangeXml(), "encode", "--schema", "app-protocol", "-");
        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("Priority", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_accepts_the_relaxed_stream_with_one_warning_and_re_encodes_it_to_the_same_bytes()
    {
        string hex = RelaxedHex();
        var decoded = CliRun.Run("decode", "--schema", "app-protocol", "--hex", hex);
        Assert.True(decoded.ExitCode == 0, decoded.ToString());
        Assert.Contains("<Priority>21</Priority>", decoded.Stdout, StringComparison.Ordinal);
        string warning = Assert.Single(decoded.ErrorLines);
        Assert.StartsWith("hex: warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("Priority: maxInclusive 20 ('21')", warning, StringComparison.Ordinal);

        var again = CliRun.WithStdin(decoded.Stdout, "encode", "--schema", "app-protocol", "--relaxed", "-");
        Assert.Equal(hex, again.Stdout.Trim());
    }

    [Fact]
    public void Decode_strict_fails_the_violation_at_its_element()
    {
        var result = CliRun.Run("decode", "--schema", "app-protocol", "--strict", "--hex", RelaxedHex());
        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("hex: error: ", line, StringComparison.Ordinal);
        Assert.Contains("/Priority", line, StringComparison.Ordinal);
        Assert.Contains(" at bit ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_input_goes_through_relaxed_encoding_too()
    {
        string hex = RelaxedHex();
        var json = CliRun.Run("decode", "--schema", "app-protocol", "--format", "json", "--hex", hex);
        Assert.Contains("\"Priority\": 21", json.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.WithStdin(json.Stdout, "encode", "--schema", "app-protocol", "-").ExitCode);
        Assert.Equal(hex, CliRun.WithStdin(json.Stdout, "encode", "--schema", "app-protocol", "--relaxed", "-").Stdout.Trim());
    }

    [Fact]
    public void An_encode_directory_stands_for_its_xml_and_json_files()
    {
        using var folder = new TempDirectory();
        string xml = File.ReadAllText(Path.Combine(SharedVectors.AppProtocol, "supportedAppProtocolReq-min.xml"));
        File.WriteAllText(folder.File("a.xml"), xml);
        var json = CliRun.Run("decode", "--schema", "app-protocol", "--format", "json", Path.Combine(SharedVectors.AppProtocol, "supportedAppProtocolReq-min.exi"));
        File.WriteAllText(folder.File("b.json"), json.Stdout);
        var result = CliRun.Run("encode", "--schema", "app-protocol", folder.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        string[] hexLines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("==>", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, hexLines.Length);
        Assert.Equal(hexLines[0], hexLines[1]);
    }
}
