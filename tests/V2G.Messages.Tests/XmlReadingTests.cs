using System;
using System.Linq;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>
/// Reading XML, like decoding, takes values outside their facets (Validate lists them); the default encoder refuses them,
/// naming the element and the bounds. Values the C# type cannot hold are refused when reading.
/// </summary>
public class XmlReadingTests
{
    [Theory]
    [InlineData("<Priority>4</Priority>", "<Priority>21</Priority>", "Priority", "1 to 20")]
    [InlineData("<SchemaID>255</SchemaID>", "<SchemaID>256</SchemaID>", "SchemaID", "at most 255")]
    [InlineData("<VersionNumberMajor>3630164891</VersionNumberMajor>", "<VersionNumberMajor>-1</VersionNumberMajor>", "VersionNumberMajor", "at least 0")]
    public void Out_of_range_values_are_refused_with_the_path_and_the_bounds(string valid, string invalid, string element, string bounds)
    {
        string xml = SharedData.Family("app-protocol").First(v => v.Name == "supportedAppProtocolReq-min").Xml;
        Assert.Contains(valid, xml, StringComparison.Ordinal);
        var error = Assert.ThrowsAny<ExiEncodeException>(() => AppProtocolCodec.Encode(AppProtocolCodec.FromXml(xml.Replace(valid, invalid, StringComparison.Ordinal))));
        Assert.Contains(element, error.ElementPath, StringComparison.Ordinal);
        Assert.Contains(bounds, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_and_binaries_beyond_their_length_facets_are_refused_with_the_path()
    {
        string xml = SharedData.Family("app-protocol").First(v => v.Name == "supportedAppProtocolReq-min").Xml;
        int start = xml.IndexOf("<ProtocolNamespace>", StringComparison.Ordinal) + "<ProtocolNamespace>".Length;
        int end = xml.IndexOf("</ProtocolNamespace>", StringComparison.Ordinal);
        string tooLong = xml[..start] + new string('u', 101) + xml[end..];
        var error = Assert.ThrowsAny<ExiEncodeException>(() => AppProtocolCodec.Encode(AppProtocolCodec.FromXml(tooLong)));
        Assert.Contains("ProtocolNamespace", error.ElementPath, StringComparison.Ordinal);
        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);

        string iso2 = SharedData.Family("iso2").First(v => v.Name == "SessionSetupReq-min").Xml;
        int evcc = iso2.IndexOf("EVCCID>", StringComparison.Ordinal) + "EVCCID>".Length;
        int evccEnd = iso2.IndexOf("</", evcc, StringComparison.Ordinal);
        var binary = Assert.Throws<ExiEncodeException>(() => V2G.Messages.Iso2.Iso2Codec.Encode(V2G.Messages.Iso2.Iso2Codec.FromXml(iso2[..evcc] + "01020304050607" + iso2[evccEnd..])));
        Assert.Contains("EVCCID", binary.ElementPath, StringComparison.Ordinal);
        Assert.Contains("7 bytes", binary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_occurrence_and_markup_inside_a_value_are_refused()
    {
        string xml = SharedData.Family("iso2").First(v => v.Name == "SessionSetupRes-min").Xml;
        int start = xml.IndexOf("<v2gci_b:ResponseCode>", StringComparison.Ordinal);
        Assert.True(start > 0, xml);
        int end = xml.IndexOf("</v2gci_b:ResponseCode>", StringComparison.Ordinal) + "</v2gci_b:ResponseCode>".Length;
        string element = xml[start..end];

        var twice = Assert.Throws<ExiXmlException>(() => V2G.Messages.Iso2.Iso2Codec.FromXml(xml.Insert(end, element)));
        Assert.Contains("occurs more than once", twice.Message, StringComparison.Ordinal);
        Assert.Contains("ResponseCode", twice.ElementPath, StringComparison.Ordinal);

        string nested = xml.Replace(element, element.Replace(">FAILED_TariffSelectionInvalid<", "><v2gci_b:ResponseCode>OK</v2gci_b:ResponseCode><", StringComparison.Ordinal), StringComparison.Ordinal);
        var markup = Assert.Throws<ExiXmlException>(() => V2G.Messages.Iso2.Iso2Codec.FromXml(nested));
        Assert.Contains("simple type", markup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decoded_string_that_XML_cannot_hold_gives_an_ExiXmlException()
    {
        var request = new SupportedAppProtocolReq
        {
            AppProtocol = { new AppProtocolType { ProtocolNamespace = "urn:\u0001", VersionNumberMajor = 1, VersionNumberMinor = 0, SchemaID = 1, Priority = 1 } },
        };
        var decoded = AppProtocolCodec.Decode(AppProtocolCodec.Encode(request));
        Assert.Equal("urn:\u0001", decoded.SupportedAppProtocolReq!.AppProtocol[0].ProtocolNamespace);
        var error = Assert.Throws<ExiXmlException>(() => AppProtocolCodec.ToXml(decoded));
        Assert.Contains("0x01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_location_hints_are_accepted_and_xsi_type_is_refused()
    {
        var vector = SharedData.Family("iso2").First(v => v.Name == "AuthorizationReq-min");
        const string xsi = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
        int rootEnd = vector.Xml.IndexOf('>', vector.Xml.IndexOf("V2G_Message", StringComparison.Ordinal));
        string hinted = vector.Xml.Insert(rootEnd, xsi + " xsi:schemaLocation=\"urn:iso:15118:2:2013:MsgDef V2G_CI_MsgDef.xsd\"");
        Assert.Equal(vector.Exi, V2G.Messages.Iso2.Iso2Codec.Encode(V2G.Messages.Iso2.Iso2Codec.FromXml(hinted)));

        string typed = vector.Xml.Insert(rootEnd, xsi + " xsi:type=\"AnyType\"");
        var error = Assert.Throws<ExiXmlException>(() => V2G.Messages.Iso2.Iso2Codec.FromXml(typed));
        Assert.Contains("type", error.Message, StringComparison.Ordinal);
    }
}
