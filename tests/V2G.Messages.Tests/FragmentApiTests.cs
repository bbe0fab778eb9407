using System;
using System.Linq;
using V2G.Exi;
using V2G.Messages.Iso2;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>Fragment roots beyond the signed elements of the vectors: simple-typed elements, round trips, refusals.</summary>
public class FragmentApiTests
{
    [Fact]
    public void Simple_typed_elements_round_trip_as_fragments()
    {
        foreach (var fragment in new[] { Iso2Fragment.FromEVSEID("DE*ABC*E123456"), Iso2Fragment.FromMeterReading(123_456_789UL), Iso2Fragment.FromResponseCode(ResponseCodeType.FAILED_SequenceError) })
        {
            byte[] exi = Iso2Codec.EncodeFragment(fragment);
            var decoded = Iso2Codec.DecodeFragment(exi);
            Assert.Equal(fragment.Root, decoded.Root);
            Assert.Equal(fragment.Value, decoded.Value);
            Assert.Equal(fragment, Iso2Codec.FragmentFromXml(Iso2Codec.FragmentToXml(decoded)));
        }
    }

    [Fact]
    public void Simple_typed_fragment_xml_with_an_attribute_is_refused()
    {
        string xml = Iso2Codec.FragmentToXml(Iso2Fragment.FromEVSEID("DE*ABC*E123456")).Replace("<body:EVSEID ", "<body:EVSEID foo=\"1\" ", StringComparison.Ordinal);
        var error = Assert.Throws<ExiXmlException>(() => Iso2Codec.FragmentFromXml(xml));
        Assert.Contains("foo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_with_no_element_is_refused_at_its_position()
    {
        // Header, then ED (code 244 of 245, 8 bits) right after SD.
        var error = Assert.Throws<ExiDecodeException>(() => Iso2Codec.DecodeFragment(new byte[] { 0x80, 244 }));
        Assert.Equal(8, error.BitOffset);
        Assert.Contains("no element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_stream_read_as_a_fragment_fails_with_an_ExiDecodeException()
    {
        var vector = SharedData.Family("iso2").First(v => v.Name == "SessionSetupReq-min");
        Assert.False(Iso2Codec.TryDecodeFragment(vector.Exi, out _, out var error));
        Assert.True(error.BitOffset >= 8, error.ToString());
    }
}
