using System;
using System.IO;
using System.Linq;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>A directory given to decode/encode stands for its .exi/.xml files; several outputs on stdout are headed by name.</summary>
public class DirectoryInputTests
{
    private static readonly string ReqMin = SharedVectors.AppProtocolFile("supportedAppProtocolReq-min.exi");
    private static readonly string ResMax = SharedVectors.AppProtocolFile("supportedAppProtocolRes-max.exi");

    private static string Beside(string path, string extension) => Path.ChangeExtension(path, extension);

    [Fact]
    public void Decode_Directory_DecodesItsExiFiles_InNameOrder_EachHeaded()
    {
        using var temp = new TempDirectory();
        temp.Copy(ResMax, "b.exi");
        temp.Copy(ReqMin, "a.exi");
        temp.Copy(ReqMin, "C.EXI");
        temp.Copy(Beside(ReqMin, ".xml"), "a.xml");
        File.WriteAllText(temp.File("notes.txt"), "not EXI");

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", temp.Path);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        var sections = HeadedOutput.Split(r.Stdout);
        Assert.Equal(new[] { "C.EXI", "a.exi", "b.exi" }.Select(temp.File), sections.Select(s => s.Name));
        XmlSame.Equal(File.ReadAllText(Beside(ReqMin, ".xml")), sections[0].Body);
        XmlSame.Equal(File.ReadAllText(Beside(ReqMin, ".xml")), sections[1].Body);
        XmlSame.Equal(File.ReadAllText(Beside(ResMax, ".xml")), sections[2].Body);
    }

    [Fact]
    public void Decode_SharedVectorDirectory_EveryExiFile()
    {
        string[] files = Directory.GetFiles(SharedVectors.AppProtocol, "*.exi").OrderBy(Path.GetFileName, StringComparer.Ordinal).ToArray();

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", SharedVectors.AppProtocol);

        Assert.True(r.ExitCode == 0, r.ToString());
        var sections = HeadedOutput.Split(r.Stdout);
        Assert.Equal(files, sections.Select(s => s.Name));
        foreach ((string name, string body) in sections)
        {
            XmlSame.Equal(File.ReadAllText(Beside(name, ".xml")), body);
        }
    }

    [Fact]
    public void Encode_Directory_EncodesItsXmlFiles_EachHeaded()
    {
        string[] files = Directory.GetFiles(SharedVectors.AppProtocol, "*.xml").OrderBy(Path.GetFileName, StringComparer.Ordinal).ToArray();

        CliResult r = CliRun.Run("encode", "--schema", "app-protocol", SharedVectors.AppProtocol);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        var sections = HeadedOutput.Split(r.Stdout);
        Assert.Equal(files, sections.Select(s => s.Name));
        Assert.All(sections, s => Assert.Equal(Convert.ToHexString(File.ReadAllBytes(Beside(s.Name, ".exi"))) + "\n", s.Body));
    }

    [Fact]
    public void Decode_Directory_WithOutDir_WritesOneFilePerExi()
    {
        using var source = new TempDirectory();
        using var output = new TempDirectory();
        source.Copy(ReqMin, "one.exi");
        source.Copy(ResMax, "two.exi");
        source.Copy(Beside(ReqMin, ".xml"), "ignored.xml");

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--out-dir", output.Path, source.Path);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(new[] { "one.xml", "two.xml" }, Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("==>", r.Stdout);
        XmlSame.Equal(File.ReadAllText(Beside(ResMax, ".xml")), File.ReadAllText(Path.Combine(output.Path, "two.xml")));
    }

    [Theory]
    [InlineData("decode", ".exi")]
    [InlineData("encode", ".xml or .json")]
    public void EmptyDirectory_IsAnInputError_NamingIt(string command, string extension)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("readme.txt"), "nothing to convert");

        CliResult r = CliRun.Run(command, "--schema", "app-protocol", temp.Path);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"{temp.Path}: error: the directory has no {extension} files", Assert.Single(r.ErrorLines));
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void EmptyDirectory_AmongOtherInputs_TheOthersStillDecode()
    {
        using var empty = new TempDirectory();

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", empty.Path, ReqMin);

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith(empty.Path + ": error: the directory has no .exi files", Assert.Single(r.ErrorLines));
        var section = Assert.Single(HeadedOutput.Split(r.Stdout));
        Assert.Equal(ReqMin, section.Name);
        XmlSame.Equal(File.ReadAllText(Beside(ReqMin, ".xml")), section.Body);
    }

    [Fact]
    public void SeveralInputs_OfAnyKind_AreHeaded_OneInputIsNot()
    {
        CliResult several = CliRun.Run("decode", "--schema", "app-protocol", ReqMin, "--hex", "80400040");
        CliResult one = CliRun.Run("decode", "--schema", "app-protocol", "--hex", "80400040");

        Assert.True(several.ExitCode == 0, several.ToString());
        Assert.Equal(new[] { ReqMin, "hex" }, HeadedOutput.Split(several.Stdout).Select(s => s.Name));
        Assert.Contains("\n\n==> hex <==\n", several.Stdout);
        Assert.StartsWith("<?xml", one.Stdout);
        Assert.DoesNotContain("==>", one.Stdout);
    }
}
