using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>
/// The generated Id index on every ISO-2 and ISO-20 CommonMessages vector: it finds exactly the elements whose
/// XML carries an Id attribute (counted in the vector's XML, so the index cannot skip a path), each fragment
/// round-trips, and the ISO-20 document exposes its Header.
/// </summary>
public class IdIndexVectorTests
{
    public static IEnumerable<object[]> Iso2Vectors() => SharedData.ForCodec("iso2").Where(v => !v.StringTableHits).Select(v => new object[] { v.Name });

    public static IEnumerable<object[]> Iso20Vectors() => SharedData.ForCodec("iso20-common").Where(v => !v.StringTableHits).Select(v => new object[] { v.Name });

    /// <summary>The Ids in the XML, in document order: attributes named Id in any namespace.</summary>
    private static List<string> IdsInXml(string xml) =>
        XDocument.Parse(xml).Descendants().SelectMany(e => e.Attributes().Where(a => a.Name.LocalName == "Id")).Select(a => a.Value).ToList();

    [Theory]
    [MemberData(nameof(Iso2Vectors))]
    public void Iso2_index_finds_every_id_of_the_vector(string name)
    {
        var vector = SharedData.ForCodec("iso2").Single(v => v.Name == name);
        var document = Iso2Codec.Decode(vector.Exi);
        var found = Iso2Codec.GetIdentifiedElements(document);
        Assert.Equal(IdsInXml(vector.Xml), found.Select(e => e.Id).ToList());
        foreach (var element in found)
        {
            var decoded = Iso2Codec.DecodeFragment(Iso2Codec.EncodeFragment(element.Fragment));
            Assert.Equal(element.Fragment.Name, decoded.Name);
            Assert.Equal(Iso2Codec.FragmentToXml(element.Fragment), Iso2Codec.FragmentToXml(decoded));
            Assert.True(Iso2Codec.TryFindById(document, element.Id, out var byId) || found.Count(e => e.Id == element.Id) > 1);
        }
    }

    [Theory]
    [MemberData(nameof(Iso20Vectors))]
    public void Iso20_index_finds_every_id_of_the_vector_and_the_header_is_exposed(string name)
    {
        var vector = SharedData.ForCodec("iso20-common").Single(v => v.Name == name);
        var document = CommonMessagesCodec.Decode(vector.Exi);
        var found = CommonMessagesCodec.GetIdentifiedElements(document);
        Assert.Equal(IdsInXml(vector.Xml), found.Select(e => e.Id).ToList());
        foreach (var element in found)
        {
            var decoded = CommonMessagesCodec.DecodeFragment(CommonMessagesCodec.EncodeFragment(element.Fragment));
            Assert.Equal(CommonMessagesCodec.FragmentToXml(element.Fragment), CommonMessagesCodec.FragmentToXml(decoded));
        }

        if (document.Value is V2GMessageType message)
        {
            Assert.Same(message.Header, document.Header);
        }
        else
        {
            Assert.Null(document.Header);
        }
    }

    [Fact]
    public void Some_vectors_carry_ids_so_the_index_is_exercised()
    {
        Assert.Contains(SharedData.ForCodec("iso2"), v => IdsInXml(v.Xml).Count >= 4);
        Assert.Contains(SharedData.ForCodec("iso20-common"), v => IdsInXml(v.Xml).Count >= 2);
    }
}
