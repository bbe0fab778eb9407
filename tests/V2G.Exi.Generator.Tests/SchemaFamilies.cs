using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// One row per schema family: name, our root schema (relative to schemas/), the published root it replaces
/// (relative to reference-schemas/, as manifest.json's schemaFiles[0] names it), and the folders whose .xsd files
/// are loaded on each side ("" = the base folder itself; folders are not searched recursively).
/// </summary>
internal sealed record SchemaFamily(string Name, string OurRoot, string ReferenceRoot, string[] OurFolders, string[] ReferenceFolders)
{
    private static readonly string[] Iso20Ours = { "iso20", "xmldsig" };
    private static readonly string[] Iso20Reference = { "iso15118_20" };

    public static readonly SchemaFamily[] All =
    {
        new("app-protocol", "app-protocol/AppProtocol.xsd", "V2G_CI_AppProtocol.xsd", new[] { "app-protocol" }, new[] { "" }),
        new("xmldsig", "xmldsig/xmldsig-core-schema.xsd", "xmldsig-core-schema.xsd", new[] { "xmldsig" }, new[] { "" }),
        new("xmldsig-iso20", "xmldsig/xmldsig-core-schema.xsd", "iso15118_20/xmldsig-core-schema.xsd", new[] { "xmldsig" }, Iso20Reference),
        new("din", "din/V2G_CI_MsgDef.xsd", "din_spec/V2G_CI_MsgDef.xsd", new[] { "din", "xmldsig" }, new[] { "din_spec" }),
        new("iso2", "iso2/V2G_CI_MsgDef.xsd", "iso15118_2/V2G_CI_MsgDef.xsd", new[] { "iso2", "xmldsig" }, new[] { "iso15118_2", "" }),
        new("iso20-common-types", "iso20/V2G_CI_CommonTypes.xsd", "iso15118_20/V2G_CI_CommonTypes.xsd", Iso20Ours, Iso20Reference),
        new("iso20-common", "iso20/V2G_CI_CommonMessages.xsd", "iso15118_20/V2G_CI_CommonMessages.xsd", Iso20Ours, Iso20Reference),
        new("iso20-ac", "iso20/V2G_CI_AC.xsd", "iso15118_20/V2G_CI_AC.xsd", Iso20Ours, Iso20Reference),
        new("iso20-dc", "iso20/V2G_CI_DC.xsd", "iso15118_20/V2G_CI_DC.xsd", Iso20Ours, Iso20Reference),
        new("iso20-wpt", "iso20/V2G_CI_WPT.xsd", "iso15118_20/V2G_CI_WPT.xsd", Iso20Ours, Iso20Reference),
        new("iso20-acdp", "iso20/V2G_CI_ACDP.xsd", "iso15118_20/V2G_CI_ACDP.xsd", Iso20Ours, Iso20Reference),
    };

    /// <summary>True once our schema of the family has been written (families are written in parallel).</summary>
    public bool OursExists => File.Exists(Path.Combine(TestPaths.SchemasDirectory, OurRoot));

    /// <summary>Only the rows whose schema of ours exists yet, as xunit MemberData.</summary>
    public static IEnumerable<object[]> ExistingRows() => All.Where(f => f.OursExists).Select(f => new object[] { f.Name });

    public static SchemaFamily Named(string name) => All.Single(f => f.Name == name);

    public string OurDump() => Grammars.Dump(TestPaths.SchemasDirectory, OurFolders, OurRoot);

    public string ReferenceDump() => Grammars.Dump(TestPaths.ReferenceSchemasDirectory, ReferenceFolders, ReferenceRoot);

    public V2G.Exi.Generator.Grammar.SchemaGrammars OurGrammars() => Grammars.Build(TestPaths.SchemasDirectory, OurFolders, OurRoot);

    public override string ToString() => Name;
}
