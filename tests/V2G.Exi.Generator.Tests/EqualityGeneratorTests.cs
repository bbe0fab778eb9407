using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>Every generated class has value equality: IEquatable of itself, the runtime base, and the member lists.</summary>
public class EqualityGeneratorTests
{
    private const string Source =
        "namespace Demo;\n/// <summary>Test codec.</summary>\n[V2G.Exi.ExiSchema(\"eq/Eq.xsd\")]\npublic static partial class EqCodec;\n";

    // An abstract type with a derived one, a list, a binary and an optional string.
    private const string Schema =
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">\n" +
        "  <xs:complexType name=\"BaseType\" abstract=\"true\"><xs:sequence><xs:element name=\"Code\" type=\"xs:int\"/></xs:sequence></xs:complexType>\n" +
        "  <xs:complexType name=\"DerivedType\"><xs:complexContent><xs:extension base=\"t:BaseType\"><xs:sequence>\n" +
        "    <xs:element name=\"Data\" type=\"xs:hexBinary\"/><xs:element name=\"Item\" type=\"xs:string\" maxOccurs=\"4\"/>\n" +
        "    <xs:element name=\"Note\" type=\"xs:string\" minOccurs=\"0\"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>\n" +
        "  <xs:element name=\"Base\" type=\"t:BaseType\"/>\n" +
        "  <xs:element name=\"Derived\" type=\"t:DerivedType\" substitutionGroup=\"t:Base\"/>\n" +
        "  <xs:element name=\"Root\"><xs:complexType><xs:sequence><xs:element ref=\"t:Base\"/></xs:sequence></xs:complexType></xs:element>\n" +
        "</xs:schema>\n";

    [Fact]
    public void Every_generated_class_implements_IEquatable_of_itself_and_derives_from_ExiMessage()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(Source, new InMemoryAdditionalText("/x/eq/Eq.xsd", Schema));
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(10)));

        var message = output.GetTypeByMetadataName("V2G.Exi.Equality.ExiMessage");
        var equatable = output.GetTypeByMetadataName("System.IEquatable`1");
        Assert.NotNull(message);
        var demo = output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Demo");
        var generated = demo.GetTypeMembers().Where(t => t.TypeKind == TypeKind.Class && !t.IsStatic).ToList();
        Assert.Equal(new[] { "BaseType", "BaseTypeHead", "DerivedType", "Root" }, generated.Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        foreach (var type in generated)
        {
            Assert.Contains(type.AllInterfaces, i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, equatable)
                && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));
            Assert.True(DerivesFrom(type, message!), type.Name + " does not derive from ExiMessage");
        }
    }

    [Fact]
    public void A_derived_class_compares_only_its_own_members_and_lists_by_their_field()
    {
        var (run, _, diagnostics) = GeneratorHarness.Run(Source, new InMemoryAdditionalText("/x/eq/Eq.xsd", Schema));
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        string types = run.Results[0].GeneratedSources.Single(s => s.HintName == "Demo.Types.g.cs").SourceText.ToString();
        string derived = types[types.IndexOf("public partial class DerivedType", System.StringComparison.Ordinal)..];
        derived = derived[..derived.IndexOf("\n    }\n", System.StringComparison.Ordinal)];

        Assert.Contains("=> other is DerivedType o && base.MembersEqual(o)", derived, System.StringComparison.Ordinal);
        Assert.Contains("&& SameBytes(Data, o.Data)", derived, System.StringComparison.Ordinal);
        Assert.Contains("&& SameItems(_item, o._item)", derived, System.StringComparison.Ordinal);
        Assert.Contains("&& Note == o.Note;", derived, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Code == o.Code", derived, System.StringComparison.Ordinal);
        Assert.Contains(".Add(\"Item\", _item)", derived, System.StringComparison.Ordinal);
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol ancestor)
    {
        for (var t = type.BaseType; t != null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
