using System.Collections.Generic;
using System.IO;
using V2G.Exi.Generator.Grammar;
using V2G.Exi.Generator.Schema;

namespace V2G.Exi.Generator.Tests;

/// <summary>Schema reading and grammar construction without Roslyn: the generator's internals called directly.</summary>
internal static class Grammars
{
    public static SchemaGrammars Build(string baseDirectory, IEnumerable<string> folders, string rootRelativePath)
    {
        var files = TestPaths.LoadSchemaFiles(baseDirectory, folders);
        return Build(files, TestPaths.Normalise(Path.Combine(baseDirectory, rootRelativePath)));
    }

    public static SchemaGrammars Build(IReadOnlyDictionary<string, string> files, string rootPath) =>
        GrammarBuilder.Build(SchemaReader.Read(files, rootPath));

    public static string Dump(string baseDirectory, IEnumerable<string> folders, string rootRelativePath) =>
        GrammarDump.Write(Build(baseDirectory, folders, rootRelativePath));

    /// <summary>Our app-protocol schema set.</summary>
    public static SchemaGrammars AppProtocol() => Build(TestPaths.SchemasDirectory, new[] { "app-protocol" }, "app-protocol/AppProtocol.xsd");
}
