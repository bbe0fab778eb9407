using System;
using System.IO;
using System.Linq;
using Xunit;

namespace V2G.Cli.Tests;

public class DecodeTests
{
    private static readonly string ReqMin = SharedVectors.AppProtocolFile("supportedAppProtocolReq-min.exi");
    private static readonly string ResMax = SharedVectors.AppProtocolFile("supportedAppProtocolRes-max.exi");
    private static readonly string Truncated = SharedVectors.InvalidFile("app-protocol-supportedAppProtocolReq_rand1-truncated-half.exi");

    private static string XmlBeside(string exiPath) => File.ReadAllText(Path.ChangeExtension(exiPath, ".xml"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hex_PrintsXml(bool withSpaces)
    {
        byte[] bytes = File.ReadAllBytes(ReqMin);
        string hex = withSpaces
            ? string.Join(" ", bytes.Select(b => b.ToString("x2")))
            : Convert.ToHexString(bytes);

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--hex", hex);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        XmlSame.Equal(XmlBeside(ReqMin), r.Stdout);
    }

    [Fact]
    public void EveryAppProtocolVector_DecodesToItsXml()
    {
        string[] files = Directory.GetFiles(SharedVectors.AppProtocol, "*.exi");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            CliResult r = CliRun.Run("decode", "--schema", "app-protocol", file);
            Assert.True(r.ExitCode == 0, file + "\n" + r);
            XmlSame.Equal(XmlBeside(file), r.Stdout);
        }
    }

    [Fact]
    public void SeveralFiles_ToStdout_InOrder()
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", ReqMin, ResMax);

        Assert.Equal(0, r.ExitCode);
        int req = r.Stdout.IndexOf("supportedAppProtocolReq", StringComparison.Ordinal);
        int res = r.Stdout.IndexOf("supportedAppProtocolRes", StringComparison.Ordinal);
        Assert.True(req >= 0 && res > req, r.ToString());
    }

    [Fact]
    public void OutDir_WritesOneXmlPerFile()
    {
        using var temp = new TempDirectory();
        string outDir = Path.Combine(temp.Path, "out", "nested");

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--out-dir", outDir, ReqMin, ResMax);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        string reqXml = Path.Combine(outDir, "supportedAppProtocolReq-min.xml");
        string resXml = Path.Combine(outDir, "supportedAppProtocolRes-max.xml");
        XmlSame.Equal(XmlBeside(ReqMin), File.ReadAllText(reqXml));
        XmlSame.Equal(XmlBeside(ResMax), File.ReadAllText(resXml));
        Assert.Equal(2, Directory.GetFiles(outDir).Length);
        Assert.Contains("wrote " + reqXml, r.Stdout);
        Assert.DoesNotContain("<?xml", r.Stdout);
    }

    [Fact]
    public void Batch_OneBadFile_OthersStillWritten_Exit1()
    {
        using var temp = new TempDirectory();
        string good1 = temp.Copy(ReqMin, "good1.exi");
        string bad = temp.Copy(Truncated, "broken.exi");
        string good2 = temp.Copy(ResMax, "good2.exi");
        string outDir = temp.File("out");

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", good1, bad, good2, "--out-dir", outDir);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.Contains("broken.exi", line);
        Assert.Contains("bit", line);
        Assert.Contains("/supportedAppProtocolReq/AppProtocol", line);
        Assert.True(File.Exists(Path.Combine(outDir, "good1.xml")));
        Assert.True(File.Exists(Path.Combine(outDir, "good2.xml")));
        Assert.False(File.Exists(Path.Combine(outDir, "broken.xml")));
    }

    [Fact]
    public void Batch_OneBadFile_ToStdout_GoodXmlStillPrinted()
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", Truncated, ResMax);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith(Truncated + ": error: ", line);
        Assert.Matches(@"at bit \d+ in /", line);
        var section = Assert.Single(HeadedOutput.Split(r.Stdout));
        Assert.Equal(ResMax, section.Name);
        XmlSame.Equal(XmlBeside(ResMax), section.Body);
    }

    [Fact]
    public void MissingFile_ReportedAndBatchContinues()
    {
        using var temp = new TempDirectory();
        string missing = temp.File("nope.exi");

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", missing, ReqMin);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith(missing + ": error: cannot read input", line);
        Assert.Contains("supportedAppProtocolReq", r.Stdout);
    }

    [Fact]
    public void UndecodableHex_NamesHexBitAndPath()
    {
        byte[] bytes = File.ReadAllBytes(Truncated);

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--hex", Convert.ToHexString(bytes));

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith("hex: error: ", line);
        Assert.Contains(" at bit ", line);
        Assert.Contains(" in /supportedAppProtocolReq", line);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Theory]
    [InlineData("80 4G")]
    [InlineData("804")]
    [InlineData("   ")]
    public void InvalidHex_Exit1(string hex)
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--hex", hex);

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("hex: error: ", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void Stdin_DecodesBinary()
    {
        CliResult r = CliRun.Run(File.ReadAllBytes(ResMax), "decode", "--schema", "app-protocol", "-");

        Assert.True(r.ExitCode == 0, r.ToString());
        XmlSame.Equal(XmlBeside(ResMax), r.Stdout);
    }

    [Fact]
    public void Stdin_Undecodable_NamesStdin()
    {
        CliResult r = CliRun.Run(File.ReadAllBytes(Truncated), "decode", "--schema", "app-protocol", "-");

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith("stdin: error: ", line);
        Assert.Contains("bit", line);
    }

    [Fact]
    public void Stdin_WithOutDir_WritesStdinXml()
    {
        using var temp = new TempDirectory();

        CliResult r = CliRun.Run(File.ReadAllBytes(ReqMin), "decode", "--schema", "app-protocol", "-", "--out-dir", temp.Path);

        Assert.Equal(0, r.ExitCode);
        XmlSame.Equal(XmlBeside(ReqMin), File.ReadAllText(temp.File("stdin.xml")));
    }

    [Fact]
    public void TrailingBytes_NoteButSuccess()
    {
        string hex = Convert.ToHexString(File.ReadAllBytes(ResMax)) + "00FF";

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--hex", hex);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("hex: note: 2 trailing bytes after the EXI body", Assert.Single(r.ErrorLines));
        XmlSame.Equal(XmlBeside(ResMax), r.Stdout);
    }

    [Fact]
    public void StringTableHits_NeedLenient()
    {
        string file = Path.Combine(SharedVectors.StringTable, "app-protocol.supportedAppProtocolReq-rep1.exi");

        CliResult strict = CliRun.Run("decode", "--schema", "app-protocol", file);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("--lenient", Assert.Single(strict.ErrorLines));

        CliResult lenient = CliRun.Run("decode", "--schema", "app-protocol", "--lenient", file);
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        XmlSame.Equal(XmlBeside(file), lenient.Stdout);
    }

    [Fact]
    public void OutDir_SameStemTwice_SecondReported()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("a"));
        Directory.CreateDirectory(temp.File("b"));
        string first = temp.Copy(ReqMin, Path.Combine("a", "msg.exi"));
        string second = temp.Copy(ResMax, Path.Combine("b", "msg.exi"));

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--out-dir", temp.File("out"), first, second);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith(second + ": error: ", line);
        Assert.Contains("already written", line);
        XmlSame.Equal(XmlBeside(ReqMin), File.ReadAllText(temp.File(Path.Combine("out", "msg.xml"))));
    }

    [Fact]
    public void OptionsAfterFilesAndEqualsForm_Accepted()
    {
        CliResult r = CliRun.Run("decode", ReqMin, "--schema=app-protocol");
        Assert.Equal(0, r.ExitCode);
    }
}
