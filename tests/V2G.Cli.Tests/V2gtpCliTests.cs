using System;
using System.IO;
using System.Linq;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary><c>--v2gtp</c>: framed input and output.</summary>
public class V2gtpCliTests
{
    private static string Vector(string relative) => Path.Combine(SharedVectors.Root, "vectors", relative);

    [Theory]
    [InlineData("din", "din/SessionSetupReq-max", "8001")]
    [InlineData("iso20-dc", "iso20-dc/DC_ChargeLoopReq-max", "8004")]
    [InlineData("iso20-common", "iso20-common/SessionSetupReq-max", "8002")]
    public void Encode_frames_and_decode_reads_the_frame_back(string schema, string vector, string payloadType)
    {
        byte[] exi = File.ReadAllBytes(Vector(vector + ".exi"));
        CliResult encoded = CliRun.Run("encode", "--schema", schema, "--v2gtp", Vector(vector + ".xml"));
        Assert.True(encoded.ExitCode == 0, encoded.ToString());
        string expectedHeader = "01FE" + payloadType + exi.Length.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedHeader + Convert.ToHexString(exi) + "\n", encoded.Stdout);

        // With auto the payload type picks the codec.
        CliResult decoded = CliRun.Run("decode", "--schema", "auto", "--v2gtp", "--hex", encoded.Stdout.Trim());
        Assert.True(decoded.ExitCode == 0, decoded.ToString());
        CliResult plain = CliRun.Run("decode", "--schema", schema, Vector(vector + ".exi"));
        Assert.Equal(plain.Stdout, decoded.Stdout);
        if (payloadType == "8001")
        {
            Assert.Contains($"schema {schema} decodes the whole input", decoded.Stderr, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(string.Empty, decoded.Stderr); // one ISO 15118-20 codec per payload type: nothing to pick
        }
    }

    [Fact]
    public void Several_frames_in_one_input_are_decoded_in_turn()
    {
        string first = Frame("8001", File.ReadAllBytes(Vector("app-protocol/supportedAppProtocolReq-min.exi")));
        string second = Frame("8001", File.ReadAllBytes(Vector("din/SessionSetupReq-min.exi")));

        CliResult r = CliRun.Run("decode", "--schema", "auto", "--v2gtp", "--format", "json", "--hex", first + second);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("\"supportedAppProtocolReq\"", r.Stdout, StringComparison.Ordinal);
        Assert.True(r.Stdout.IndexOf("\"V2G_Message\"", StringComparison.Ordinal) > r.Stdout.IndexOf("\"supportedAppProtocolReq\"", StringComparison.Ordinal));
        Assert.Equal(2, r.ErrorLines.Count(l => l.Contains("decodes the whole input", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_wrong_inverse_version_fails_the_input_with_its_byte_offset()
    {
        string good = Frame("8001", File.ReadAllBytes(Vector("din/SessionSetupReq-min.exi")));
        string bad = "01FF8001" + "00000002" + "8000";

        CliResult r = CliRun.Run("decode", "--schema", "din", "--v2gtp", "--hex", good + bad);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        // The second frame starts after the first; its inverse version is the header's second byte.
        int offset = good.Length / 2 + 1;
        Assert.Equal($"hex: error: V2GTP header: inverse protocol version is 0xFF, expected 0xFE at byte {offset} (WrongInverseProtocolVersion)", line);
    }

    [Fact]
    public void A_frame_cut_short_fails_the_input()
    {
        CliResult r = CliRun.Run("decode", "--schema", "din", "--v2gtp", "--hex", "01FE8001000000108000");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("hex: error: V2GTP frame at byte 0 is cut short: 10 bytes left, fewer than its header announces", Assert.Single(r.ErrorLines));
    }

    private static string Frame(string payloadType, byte[] payload) =>
        "01FE" + payloadType + payload.Length.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + Convert.ToHexString(payload);
}
