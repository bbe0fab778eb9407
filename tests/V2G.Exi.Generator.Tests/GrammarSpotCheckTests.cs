using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Grammar;
using V2G.Exi.Generator.Schema;
using V2G.Exi.Rules;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// Facts about the app-protocol grammars read off EXIficient's traces (vectors/app-protocol/*.trace), e.g.
/// "@8+2 SE supportedAppProtocolReq code=0/3": 3 values at the document level, so a 2-bit code.
/// </summary>
public class GrammarSpotCheckTests
{
    private const string Ns = "urn:iso:15118:2:2010:AppProtocol";

    private static readonly SchemaGrammars App = Grammars.AppProtocol();

    [Fact]
    public void Document_content_has_two_roots_and_the_wildcard_in_two_bits()
    {
        Assert.Equal(new[] { "supportedAppProtocolReq", "supportedAppProtocolRes" }, App.DocumentElements.Select(e => e.Name.LocalName));
        Assert.All(App.DocumentElements, e => Assert.Equal(Ns, e.Name.Namespace));
        Assert.Equal(2, ExiRules.CodeWidth(App.DocumentElements.Count + 1));
        Assert.StartsWith("DocContent width=2\n", GrammarDump.Write(App).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Request_starts_with_one_bit_and_ends_with_only_EE_after_20_protocols()
    {
        var states = Root("supportedAppProtocolReq").States;
        var state = states[0];
        Assert.True(state.IsStartTag);
        Assert.Equal(2, state.FirstLevelValueCount); // SE(AppProtocol), escape
        Assert.Equal(1, state.FirstLevelWidth);
        Assert.Equal("SE({}AppProtocol)", state.Productions.Single().Event.Terminal);

        for (int i = 1; i <= 20; i++)
        {
            var se = state.Productions.Single(p => p.Event.Kind == EventKind.StartElement);
            Assert.Equal(0, state.Productions.IndexOf(se)); // trace: SE {}AppProtocol code=0/2 then 0/3
            Assert.Equal(new QualifiedName(string.Empty, "AppProtocol"), se.Event.Name!.Value);
            state = se.Target!;
            if (i < 20)
            {
                Assert.Equal(new[] { "SE({}AppProtocol)", "EE" }, state.Productions.Select(p => p.Event.Terminal));
                Assert.Equal(3, state.FirstLevelValueCount);
                Assert.Equal(2, state.FirstLevelWidth);
            }
        }

        Assert.Equal(new[] { "EE" }, state.Productions.Select(p => p.Event.Terminal));
        Assert.Null(state.Productions[0].Target);
        Assert.Equal(1, state.FirstLevelWidth);
        Assert.Equal(new[] { SecondLevelEvent.StartElementAny, SecondLevelEvent.CharactersUntyped }, state.SecondLevel);
    }

    [Fact]
    public void Response_has_optional_SchemaID_with_a_two_bit_code()
    {
        var states = Root("supportedAppProtocolRes").States;
        Assert.Equal(new[] { "SE({}ResponseCode)" }, states[0].Productions.Select(p => p.Event.Terminal));
        var afterCode = states[0].Productions[0].Target!;
        Assert.Equal(new[] { "SE({}SchemaID)", "EE" }, afterCode.Productions.Select(p => p.Event.Terminal)); // trace: code=0/3 and code=1/3
        Assert.Equal(2, afterCode.FirstLevelWidth);
    }

    [Fact]
    public void AppProtocolType_is_a_chain_of_one_bit_states()
    {
        var grammar = App.TypeGrammars.Values.Single(g => g.Type.Name?.LocalName == "AppProtocolType");
        Assert.Equal(
            new[] { "SE({}ProtocolNamespace)", "SE({}VersionNumberMajor)", "SE({}VersionNumberMinor)", "SE({}SchemaID)", "SE({}Priority)", "EE" },
            grammar.States.Select(s => s.Productions.Single().Event.Terminal));
        Assert.All(grammar.States, s => Assert.Equal(1, s.FirstLevelWidth));
    }

    [Theory]
    [InlineData("Priority", "NBitUnsignedInteger", 5, 1)]
    [InlineData("SchemaID", "NBitUnsignedInteger", 8, 0)]
    [InlineData("ResponseCode", "Enumeration", 2, 0)]
    [InlineData("VersionNumberMajor", "UnsignedInteger", 0, 0)]
    [InlineData("ProtocolNamespace", "String", 0, 0)]
    public void Element_values_use_the_representation_of_the_trace(string element, string representation, int width, int offset)
    {
        var declaration = App.Schema.AllElements.First(e => e.Name.LocalName == element);
        var type = Assert.IsType<SimpleTypeDefinition>(declaration.Type);
        var datatype = ExiDatatype.For(type);
        Assert.Equal(representation, datatype.Representation.ToString()); // ExiRepresentation is internal
        Assert.Equal(width, datatype.Width);
        Assert.Equal(offset, (int)datatype.Offset);

        var ch = App.For(declaration).States[0].Productions.Single();
        Assert.Equal(EventKind.Characters, ch.Event.Kind);
        Assert.False(ch.Event.IsUntyped);
    }

    [Fact]
    public void Simple_type_start_states_have_seven_second_level_events_EE_first()
    {
        var simple = App.TypeGrammars.Values.Where(g => g.Type is SimpleTypeDefinition).ToList();
        Assert.Equal(5, simple.Count); // priorityType, protocolNamespaceType, responseCodeType, idType, xs:unsignedInt
        Assert.All(simple, g =>
        {
            var start = g.States[0];
            Assert.True(start.IsInitial);
            Assert.Equal(
                new[]
                {
                    SecondLevelEvent.EndElement, SecondLevelEvent.XsiType, SecondLevelEvent.XsiNil, SecondLevelEvent.AttributeAny,
                    SecondLevelEvent.AttributeUntyped, SecondLevelEvent.StartElementAny, SecondLevelEvent.CharactersUntyped,
                },
                start.SecondLevel);
            Assert.Equal(3, start.SecondLevelWidth);
            Assert.Equal(1, start.FirstLevelWidth); // CH, escape: trace "CH ... code=0/2"
            Assert.Equal(new[] { "EE" }, start.Productions[0].Target!.Productions.Select(p => p.Event.Terminal));
        });
    }

    [Fact]
    public void Fragment_content_lists_every_element_qname_then_SE_any_and_ED()
    {
        Assert.Equal(
            new[] { "AppProtocol", "Priority", "ProtocolNamespace", "ResponseCode", "SchemaID", "VersionNumberMajor", "VersionNumberMinor", "supportedAppProtocolReq", "supportedAppProtocolRes" },
            App.FragmentElements.Select(f => f.Name.LocalName));
        // SchemaID is declared twice, both times with idType: one fragment entry with a schema-informed grammar.
        Assert.All(App.FragmentElements, f => Assert.NotNull(f.Declaration));
    }

    [Fact]
    public void Iso2_eMAID_uses_the_relaxed_element_fragment_grammar_with_the_traced_codes()
    {
        // iso2-fragment/eMAID-max.trace: SE eMAID 236/245, AT Id 4/258, CH 256/258, EE 244/247, ED 244/245.
        var iso2 = Grammars.Build(TestPaths.SchemasDirectory, new[] { "iso2", "xmldsig" }, "iso2/V2G_CI_MsgDef.xsd");
        int index = iso2.FragmentElements.FindIndex(f => f.Name.LocalName == "eMAID");
        Assert.Equal(236, index);
        Assert.Null(iso2.FragmentElements[index].Declaration);
        Assert.Equal(243, iso2.FragmentElements.Count);

        var relaxed = iso2.ElementFragment;
        int id = relaxed.Attributes.ToList().FindIndex(a => a.Name.LocalName == "Id" && a.Name.Namespace == "urn:iso:15118:2:2013:MsgDataTypes");
        Assert.Equal(4, relaxed.AttributeCode(id));
        Assert.Equal(256, relaxed.StartCharactersCode);
        Assert.Equal(9, relaxed.StartWidth);
        Assert.Equal(244, relaxed.ContentEndElementCode);
        Assert.Equal(8, relaxed.ContentWidth);
    }

    [Fact]
    public void A_named_group_referenced_twice_declares_its_elements_once_for_the_fragment_grammar()
    {
        // n has an anonymous type inside group G; A and B both reference G. One declaration, one type: no relaxed grammar.
        const string schema =
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">\n" +
            "  <xs:group name=\"G\"><xs:sequence><xs:element name=\"n\"><xs:simpleType><xs:restriction base=\"xs:string\"><xs:maxLength value=\"8\"/></xs:restriction></xs:simpleType></xs:element></xs:sequence></xs:group>\n" +
            "  <xs:element name=\"A\"><xs:complexType><xs:group ref=\"t:G\"/></xs:complexType></xs:element>\n" +
            "  <xs:element name=\"B\"><xs:complexType><xs:sequence><xs:element name=\"x\" type=\"xs:int\"/><xs:group ref=\"t:G\"/></xs:sequence></xs:complexType></xs:element>\n" +
            "</xs:schema>\n";
        var grammars = Grammars.Build(new Dictionary<string, string> { ["/s/G.xsd"] = schema }, "/s/G.xsd");
        var n = Assert.Single(grammars.FragmentElements, f => f.Name.LocalName == "n");
        Assert.NotNull(n.Declaration);
    }

    private static TypeGrammar Root(string localName) =>
        App.For(App.DocumentElements.Single(e => e.Name.LocalName == localName));
}
