using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace V2G.Packaging.Tests;

/// <summary>
/// dotnet pack of the solution gives every package, and the packages work for a stranger: a project outside the
/// solution restores the runtime and a message library from the packed folder, one with its own XSD compiles through
/// the generator package, and the packed tool installs and runs. The solution is packed once for the class.
/// </summary>
public sealed class PackagesTests : IClassFixture<PackedSolution>
{
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(10);

    private readonly PackedSolution packed;
    private readonly ITestOutputHelper output;

    public PackagesTests(PackedSolution packed, ITestOutputHelper output)
    {
        this.packed = packed;
        this.output = output;
    }

    [Fact]
    public void Pack_ProducesEveryPackage_WithoutWarnings()
    {
        output.WriteLine("dotnet pack took " + packed.PackTime.TotalSeconds.ToString("F0") + " s");
        Assert.True(packed.PackResult.ExitCode == 0, packed.PackResult.Describe("dotnet pack"));
        var warnings = packed.PackResult.Stdout.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(warnings.Count == 0, string.Join('\n', warnings));

        string[] expected =
        [
            "V2G.Exi", "V2G.Exi.Generator", "V2G.Messages.AppProtocol", "V2G.Messages.Din", "V2G.Messages.Iso2", "V2G.Messages.Iso20",
            "V2G.Security", "V2G.Services", "V2G.Services.Client", "V2G.Sessions", "V2G.Testing", "V2G.Tool", "V2G.Transport",
        ];
        Assert.Equal(expected.Select(id => id + "." + packed.Version + ".nupkg"), packed.Packages);
        Assert.True(File.Exists(Path.Combine(packed.PackageFolder, "V2G.Exi." + packed.Version + ".snupkg")));
    }

    [Fact]
    public void Consumer_RestoresRuntimeAndIso2_FromThePackedFolder_AndRoundTripsAMessage()
    {
        string folder = packed.NewProjectFolder("iso2-consumer");
        File.WriteAllText(Path.Combine(folder, "Iso2Consumer.csproj"), ConsumerProject(
            "<PackageReference Include=\"V2G.Exi\" Version=\"" + packed.Version + "\" />\n" +
            "    <PackageReference Include=\"V2G.Messages.Iso2\" Version=\"" + packed.Version + "\" />"));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using System;
            using V2G.Messages.Iso2;

            byte[] input = Convert.FromHexString(args[0]);
            Iso2Document message = Iso2Codec.Decode(input);
            Console.WriteLine(Convert.ToHexString(Iso2Codec.Encode(message)));
            """);
        string hex = VectorHex("iso2", "SessionSetupReq-max.exi");

        var run = Timed("consumer run", () => Dotnet.Run(folder, packed.Environment, BuildLimit, "run", "--", hex));

        Assert.True(run.ExitCode == 0, run.Describe("dotnet run"));
        Assert.Equal(hex, run.Stdout.Trim().Split('\n')[^1].Trim());
        string cache = packed.Environment["NUGET_PACKAGES"];
        Assert.True(Directory.Exists(Path.Combine(cache, "v2g.messages.iso2", packed.Version)), "the message library came from this run's cache");
        Assert.False(Directory.Exists(Path.Combine(cache, "v2g.exi.generator")), "a message library must not bring the generator");
    }

    [Fact]
    public void Consumer_WithItsOwnXsd_CompilesThroughTheGeneratorPackage_AndRoundTripsAValue()
    {
        string folder = packed.NewProjectFolder("own-schema");
        File.WriteAllText(Path.Combine(folder, "OwnSchema.csproj"), ConsumerProject(
            "<PackageReference Include=\"V2G.Exi.Generator\" Version=\"" + packed.Version + "\" />"));
        File.WriteAllText(Path.Combine(folder, "Pair.xsd"), """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:example:pair" targetNamespace="urn:example:pair"
                       elementFormDefault="qualified">
              <xs:element name="Pair">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="Count" type="xs:int"/>
                    <xs:element name="Label" type="xs:string"/>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """);
        File.WriteAllText(Path.Combine(folder, "PairCodec.cs"), """
            namespace Example;

            [V2G.Exi.ExiSchema("Pair.xsd")]
            public static partial class PairCodec;
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using System;
            using Example;

            var value = PairCodec.FromXml("<Pair xmlns=\"urn:example:pair\"><Count>-42</Count><Label>hello</Label></Pair>");
            byte[] exi = PairCodec.Encode(value);
            Console.WriteLine(Convert.ToHexString(exi));
            Console.WriteLine(PairCodec.ToXml(PairCodec.Decode(exi)).ReplaceLineEndings(" "));
            """);

        var run = Timed("own-schema run", () => Dotnet.Run(folder, packed.Environment, BuildLimit, "run"));

        Assert.True(run.ExitCode == 0, run.Describe("dotnet run"));
        string[] lines = run.Stdout.Trim().Split('\n').Select(l => l.Trim()).ToArray();
        Assert.StartsWith("80", lines[^2], StringComparison.Ordinal);
        Assert.Contains("Count>-42</", lines[^1], StringComparison.Ordinal); // the writer picks a prefix for urn:example:pair
        Assert.Contains("Label>hello</", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_InstallsFromThePackedFolder_AndRuns()
    {
        string tools = packed.NewProjectFolder("tools");
        var install = Timed("tool install", () => Dotnet.Run(packed.Root, packed.Environment, BuildLimit,
            "tool", "install", "--tool-path", tools, "--add-source", packed.PackageFolder, "--version", packed.Version, "V2G.Tool"));
        Assert.True(install.ExitCode == 0, install.Describe("dotnet tool install"));
        string v2g = Path.Combine(tools, OperatingSystem.IsWindows() ? "v2g.exe" : "v2g");

        var version = Dotnet.Exec(v2g, packed.Root, packed.Environment, TimeSpan.FromMinutes(1), "--version");
        string hex = VectorHex("din", "SessionSetupReq-min.exi");
        var decode = Dotnet.Exec(v2g, packed.Root, packed.Environment, TimeSpan.FromMinutes(1), "decode", "--schema", "din", "--hex", hex);

        Assert.True(version.ExitCode == 0, version.Describe("v2g --version"));
        Assert.StartsWith("v2g " + packed.Version, version.Stdout, StringComparison.Ordinal);
        Assert.True(decode.ExitCode == 0, decode.Describe("v2g decode"));
        Assert.Contains("SessionSetupReq", decode.Stdout, StringComparison.Ordinal);
    }

    private static string ConsumerProject(string references) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            {references}
          </ItemGroup>
        </Project>
        """;

    private string VectorHex(string family, string file) =>
        Convert.ToHexString(File.ReadAllBytes(Path.Combine(packed.RepositoryRoot, "..", "shared", "vectors", family, file)));

    private Dotnet.Result Timed(string what, Func<Dotnet.Result> step)
    {
        var watch = Stopwatch.StartNew();
        var result = step();
        output.WriteLine(what + " took " + watch.Elapsed.TotalSeconds.ToString("F0") + " s");
        return result;
    }
}
