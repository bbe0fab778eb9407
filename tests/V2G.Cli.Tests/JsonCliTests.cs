using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary><c>decode --format json</c> and <c>encode</c> of JSON: one vector per family round-trips through the tool.</summary>
public class JsonCliTests
{
    private static string Vector(string relative) => Path.Combine(SharedVectors.Root, "vectors", relative);

    [Theory]
    [InlineData("app-protocol", "app-protocol/supportedAppProtocolReq-max.exi", "supportedAppProtocolReq", false)]
    [InlineData("din", "din/SessionSetupReq-max.exi", "V2G_Message", false)]
    [InlineData("iso2", "iso2/CurrentDemandReq-max.exi", "V2G_Message", false)]
    [InlineData("xmldsig", "iso2-fragment/xmldsig.SignedInfo-max.exi", "SignedInfo", true)]
    [InlineData("iso20-common", "iso20-common/SessionSetupReq-max.exi", "SessionSetupReq", false)]
    [InlineData("iso20-ac", "iso20-ac/AC_ChargeLoopRes-max.exi", "AC_ChargeLoopRes", false)]
    [InlineData("iso20-dc", "iso20-dc/DC_ChargeLoopReq-max.exi", "DC_ChargeLoopReq", false)]
    [InlineData("iso20-wpt", "iso20-wpt/WPT_ChargeLoopReq-max.exi", "WPT_ChargeLoopReq", false)]
    [InlineData("iso20-acdp", "iso20-acdp/ACDP_VehiclePositioningReq-max.exi", "ACDP_VehiclePositioningReq", false)]
    public void Json_decoded_by_the_tool_encodes_back_to_the_vector(string schema, string exi, string root, bool fragment)
    {
        string[] fragmentArgs = fragment ? ["--fragment"] : [];
        CliResult decoded = CliRun.Run(["decode", "--schema", schema, "--format", "json", .. fragmentArgs, Vector(exi)]);
        Assert.True(decoded.ExitCode == 0, decoded.ToString());
        using (var json = JsonDocument.Parse(decoded.Stdout))
        {
            Assert.True(json.RootElement.TryGetProperty(root, out _), decoded.Stdout);
        }

        CliResult encoded = CliRun.WithStdin(decoded.Stdout, ["encode", "--schema", schema, .. fragmentArgs, "-"]);
        Assert.True(encoded.ExitCode == 0, encoded.ToString());
        Assert.Equal(Convert.ToHexString(File.ReadAllBytes(Vector(exi))) + "\n", encoded.Stdout);
    }

    [Fact]
    public void A_json_file_is_read_as_json_and_its_errors_carry_the_json_path()
    {
        using var temp = new TempDirectory();
        string file = temp.File("bad.json");
        File.WriteAllText(file, "  {\"supportedAppProtocolReq\": {\"AppProtocol\": {}}}");

        CliResult r = CliRun.Run("encode", "--schema", "app-protocol", file);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            $"{file}: error: Expected an array (AppProtocol may repeat), found an object at $.supportedAppProtocolReq.AppProtocol",
            Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void Decode_with_schema_auto_writes_json_too()
    {
        CliResult r = CliRun.Run("decode", "--schema", "auto", "--format", "json", Vector("din/SessionSetupReq-max.exi"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("{\n  \"V2G_Message\": {", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        CliResult r = CliRun.Run("decode", "--schema", "din", "--format", "yaml", Vector("din/SessionSetupReq-max.exi"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown --format 'yaml' for 'decode'; known formats: xml, json", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_of_another_familys_stream_names_the_family_that_decodes_it_whole()
    {
        CliResult r = CliRun.Run("decode", "--schema", "iso2", "--strict", Vector("din/SessionSetupReq-min.exi"));
        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.EndsWith("; the input decodes whole as din (try --schema din)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("--lenient", line, StringComparison.Ordinal);
    }
}
