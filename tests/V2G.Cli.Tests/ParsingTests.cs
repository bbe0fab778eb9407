using System;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using Xunit;

namespace V2G.Cli.Tests;

public class ParsingTests
{
    private static readonly OptionSpec[] Specs =
    [
        new OptionSpec("--schema", TakesValue: true),
        new OptionSpec("--lenient", TakesValue: false),
        HelpOption.Spec,
    ];

    [Fact]
    public void Parser_KeepsOrder_AcceptsBothValueForms_AndDoubleDash()
    {
        ParsedArguments p = ArgumentParser.Parse("decode", ["a.exi", "--schema=x", "-", "--lenient", "--", "--odd-name.exi"], Specs);

        Assert.Equal(
            [new ArgumentItem(null, "a.exi"), new ArgumentItem("--schema", "x"), new ArgumentItem(null, "-"), new ArgumentItem("--lenient", ""), new ArgumentItem(null, "--odd-name.exi")],
            p.Items);
        Assert.Equal("x", p.Single("--schema"));
        Assert.True(p.Has("--lenient"));
    }

    [Fact]
    public void Parser_ShortHelpAlias()
    {
        ParsedArguments p = ArgumentParser.Parse("decode", ["-h"], Specs);
        Assert.True(p.Has("--help"));
    }

    [Fact]
    public void Parser_RejectsUnknownAndMissingValue()
    {
        Assert.Throws<UsageException>(() => ArgumentParser.Parse("decode", ["--nope"], Specs));
        Assert.Throws<UsageException>(() => ArgumentParser.Parse("decode", ["--schema"], Specs));
    }

    [Theory]
    [InlineData("80400040", new byte[] { 0x80, 0x40, 0x00, 0x40 })]
    [InlineData("80 40\n00\t40", new byte[] { 0x80, 0x40, 0x00, 0x40 })]
    [InlineData("0xdbab", new byte[] { 0xDB, 0xAB })]
    public void Hex_Parses(string text, byte[] expected)
    {
        Assert.Equal(expected, HexText.Parse(text));
    }

    [Theory]
    [InlineData("8")]
    [InlineData("zz")]
    [InlineData("")]
    public void Hex_Rejects(string text)
    {
        Assert.Throws<InputException>(() => HexText.Parse(text));
    }

    [Fact]
    public void Hex_FormatsUppercase()
    {
        Assert.Equal("80DBAB", HexText.Format(new byte[] { 0x80, 0xDB, 0xAB }));
    }

    [Fact]
    public void Registry_HasTheFamilies_AndRejectsDuplicates()
    {
        Assert.StartsWith("app-protocol, din, iso2, xmldsig", SchemaRegistry.Default.KnownNames, StringComparison.Ordinal);
        Assert.NotNull(SchemaRegistry.Default.Find("app-protocol"));
        Assert.NotNull(SchemaRegistry.Default.Find("DIN"));
        Assert.Null(SchemaRegistry.Default.Find("iso21"));

        ISchemaCodec codec = SchemaRegistry.Default.Find("app-protocol")!;
        Assert.Throws<ArgumentException>(() => new SchemaRegistry([codec, codec]));
    }
}
