using System;
using System.IO;
using System.Linq;
using Xunit;

namespace V2G.Cli.Tests;

public class EncodeTests
{
    private static readonly string ReqMax = SharedVectors.AppProtocolFile("supportedAppProtocolReq-max.xml");
    private static readonly string ResMin = SharedVectors.AppProtocolFile("supportedAppProtocolRes-min.xml");
    private static readonly string PriorityTooHigh = SharedVectors.InvalidFile("app-Priority-21.xml");

    private static string HexBeside(string xmlPath) => Convert.ToHexString(File.ReadAllBytes(Path.ChangeExtension(xmlPath, ".exi")));

    [Fact]
    public void EveryAppProtocolVector_EncodesToItsBytes()
    {
        string[] files = Directory.GetFiles(SharedVectors.AppProtocol, "*.xml").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);

        CliResult r = CliRun.Run(new[] { "encode", "--schema", "app-protocol" }.Concat(files).ToArray());

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        var sections = HeadedOutput.Split(r.Stdout);
        Assert.Equal(files, sections.Select(s => s.Name));
        Assert.Equal(files.Select(f => HexBeside(f) + "\n"), sections.Select(s => s.Body));
    }

    [Fact]
    public void Hex_IsUppercaseWithoutSpaces()
    {
        CliResult r = CliRun.Run("encode", "--schema", "app-protocol", ResMin);

        Assert.Equal(0, r.ExitCode);
        Assert.Matches("^[0-9A-F]+\n$", r.Stdout);
    }

    [Fact]
    public void OutDir_WritesExiFiles()
    {
        using var temp = new TempDirectory();

        CliResult r = CliRun.Run("encode", "--schema", "app-protocol", "--out-dir", temp.Path, ReqMax, ResMin);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(File.ReadAllBytes(Path.ChangeExtension(ReqMax, ".exi")), File.ReadAllBytes(temp.File("supportedAppProtocolReq-max.exi")));
        Assert.Equal(File.ReadAllBytes(Path.ChangeExtension(ResMin, ".exi")), File.ReadAllBytes(temp.File("supportedAppProtocolRes-min.exi")));
    }

    [Fact]
    public void InvalidXml_Exit1_WithReasonAndPath()
    {
        CliResult r = CliRun.Run("encode", "--schema", "app-protocol", PriorityTooHigh);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith(PriorityTooHigh + ": error: ", line);
        Assert.Contains("21", line);
        Assert.Contains("/supportedAppProtocolReq/AppProtocol/Priority", line);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void NotWellFormedXml_Exit1()
    {
        using var temp = new TempDirectory();
        string file = temp.File("broken.xml");
        File.WriteAllText(file, "<supportedAppProtocolReq");

        CliResult r = CliRun.Run("encode", "--schema", "app-protocol", file);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith(file + ": error: ", line);
        Assert.Contains("not well-formed", line);
    }

    [Fact]
    public void Batch_InvalidAmongValid_OthersStillWritten()
    {
        using var temp = new TempDirectory();
        string outDir = temp.File("out");
        string bad = temp.Copy(PriorityTooHigh, "bad.xml");

        CliResult r = CliRun.Run("encode", "--schema", "app-protocol", "--out-dir", outDir, ReqMax, bad, ResMin);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bad.xml", Assert.Single(r.ErrorLines));
        Assert.True(File.Exists(Path.Combine(outDir, "supportedAppProtocolReq-max.exi")));
        Assert.True(File.Exists(Path.Combine(outDir, "supportedAppProtocolRes-min.exi")));
        Assert.False(File.Exists(Path.Combine(outDir, "bad.exi")));
    }

    [Fact]
    public void Stdin_EncodesXmlText()
    {
        CliResult r = CliRun.WithStdin(File.ReadAllText(ReqMax), "encode", "--schema", "app-protocol", "-");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(HexBeside(ReqMax) + "\n", r.Stdout);
    }

    [Fact]
    public void Stdin_InvalidXml_NamesStdin()
    {
        CliResult r = CliRun.WithStdin("not xml", "encode", "--schema", "app-protocol", "-");

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("stdin: error: ", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void DecodeThenEncode_RoundTripsEveryVector()
    {
        using var temp = new TempDirectory();
        string[] exiFiles = Directory.GetFiles(SharedVectors.AppProtocol, "*.exi");
        string xmlDir = temp.File("xml");
        string exiDir = temp.File("exi");

        CliResult decoded = CliRun.Run(new[] { "decode", "--schema", "app-protocol", "--out-dir", xmlDir }.Concat(exiFiles).ToArray());
        Assert.True(decoded.ExitCode == 0, decoded.ToString());

        CliResult encoded = CliRun.Run(new[] { "encode", "--schema", "app-protocol", "--out-dir", exiDir }.Concat(Directory.GetFiles(xmlDir)).ToArray());
        Assert.True(encoded.ExitCode == 0, encoded.ToString());

        foreach (string exi in exiFiles)
        {
            Assert.Equal(File.ReadAllBytes(exi), File.ReadAllBytes(Path.Combine(exiDir, Path.GetFileName(exi))));
        }
    }
}
