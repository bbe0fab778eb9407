using System;
using System.Linq;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>Reading XML refuses values outside their type's facets, naming the element and the bounds.</summary>
public class XmlReadingTests
{
    [Theory]
    [InlineData("<Priority>4</Priority>", "<Priority>21</Priority>", "Priority", "1 to 20")]
    [InlineData("<SchemaID>255</SchemaID>", "<SchemaID>256</SchemaID>", "SchemaID", "at most 255")]
    [InlineData("<VersionNumberMajor>3630164891</VersionNumberMajor>", "<VersionNumberMajor>-1</VersionNumberMajor>", "VersionNumberMajor", "at least 0")]
    public void Out_of_range_integers_are_refused_with_the_path_and_the_bounds(string valid, string invalid, string element, string bounds)
    {
        string xml = SharedData.Family("app-protocol").First(v => v.Name == "supportedAppProtocolReq-min").Xml;
        Assert.Contains(valid, xml, StringComparison.Ordinal);
        var error = Assert.Throws<ExiXmlException>(() => AppProtocolCodec.FromXml(xml.Replace(valid, invalid, StringComparison.Ordinal)));
        Assert.Contains(element, error.ElementPath, StringComparison.Ordinal);
        Assert.Contains(bounds, error.Message, StringComparison.Ordinal);
    }
}
