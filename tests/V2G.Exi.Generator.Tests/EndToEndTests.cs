using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// The generated app-protocol codec, compiled in memory and loaded into a collectible context, against
/// EXIficient's vectors: XML encodes to the reference bytes, and the bytes decode to the reference XML.
/// </summary>
public sealed class EndToEndTests : IClassFixture<EndToEndTests.CompiledCodec>
{
    private readonly CompiledCodec codec;

    public EndToEndTests(CompiledCodec codec)
    {
        this.codec = codec;
    }

    public static IEnumerable<object[]> Vectors() =>
        Directory.GetFiles(Path.Combine(TestPaths.VectorsDirectory, "app-protocol"), "*.exi")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n });

    [Fact]
    public void All_app_protocol_vectors_are_listed()
    {
        Assert.Equal(16, Vectors().Count());
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Xml_encodes_to_the_reference_bytes(string name)
    {
        var (xml, exi) = Read(name);
        byte[] encoded = codec.Encode(xml);
        Assert.Equal(Convert.ToHexString(exi), Convert.ToHexString(encoded));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Bytes_decode_to_the_reference_xml(string name)
    {
        var (xml, exi) = Read(name);
        string decoded = codec.Decode(exi);
        Assert.Equal(Canonical(xml), Canonical(decoded));
    }

    [Fact]
    public void Corrupted_stream_is_rejected_with_an_exi_exception()
    {
        var (_, exi) = Read("supportedAppProtocolReq-min");
        var truncated = exi.Take(exi.Length / 2).ToArray();
        var e = Assert.ThrowsAny<Exception>(() => codec.Decode(truncated));
        Assert.IsAssignableFrom<ExiException>(e is TargetInvocationException t ? t.InnerException : e);
    }

    private static (string Xml, byte[] Exi) Read(string name)
    {
        string folder = Path.Combine(TestPaths.VectorsDirectory, "app-protocol");
        return (File.ReadAllText(Path.Combine(folder, name + ".xml")), File.ReadAllBytes(Path.Combine(folder, name + ".exi")));
    }

    /// <summary>Element tree with expanded names and trimmed text: prefixes, namespace declarations and indentation do not matter.</summary>
    private static string Canonical(string xml)
    {
        static XElement Strip(XElement e) => new(
            e.Name,
            e.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal).Select(a => new XAttribute(a.Name, a.Value)),
            e.HasElements ? e.Elements().Select(Strip) : (object)e.Value.Trim());
        return Strip(XElement.Parse(xml)).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The generated codec plus a probe class (compiled into the same assembly) that hides the span-based API from reflection.</summary>
    public sealed class CompiledCodec : IDisposable
    {
        private const string ProbeSource =
            "namespace Demo;\n" +
            "/// <summary>Calls the generated API the way user code does.</summary>\n" +
            "public static class Probe\n" +
            "{\n" +
            "    /// <summary>XML to EXI.</summary>\n" +
            "    public static byte[] Encode(string xml) => AppProtocolCodec.Encode(AppProtocolCodec.FromXml(xml));\n" +
            "    /// <summary>EXI to XML.</summary>\n" +
            "    public static string Decode(byte[] exi) => AppProtocolCodec.ToXml(AppProtocolCodec.Decode(exi));\n" +
            "}\n";

        private readonly AssemblyLoadContext context;
        private readonly Func<string, byte[]> encode;
        private readonly Func<byte[], string> decode;

        public CompiledCodec()
        {
            var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.AppProtocolSchema() });
            driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(GeneratorHarness.AppProtocolSource, ProbeSource), out var output, out var diagnostics);
            if (!diagnostics.IsEmpty)
            {
                throw new InvalidOperationException(GeneratorHarness.Describe(diagnostics));
            }

            using var image = new MemoryStream();
            var emitted = output.Emit(image);
            if (!emitted.Success)
            {
                throw new InvalidOperationException(GeneratorHarness.Describe(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            image.Position = 0;
            // Collectible; V2G.Exi and the framework resolve from the default context, which the test already loaded.
            context = new AssemblyLoadContext("generated-app-protocol", isCollectible: true);
            var assembly = context.LoadFromStream(image);
            var probe = assembly.GetType("Demo.Probe", throwOnError: true)!;
            encode = probe.GetMethod("Encode")!.CreateDelegate<Func<string, byte[]>>();
            decode = probe.GetMethod("Decode")!.CreateDelegate<Func<byte[], string>>();
        }

        public byte[] Encode(string xml) => encode(xml);

        public string Decode(byte[] exi) => decode(exi);

        public void Dispose() => context.Unload();
    }
}
