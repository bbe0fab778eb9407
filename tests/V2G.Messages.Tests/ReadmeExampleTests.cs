using System;
using System.Linq;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using Xunit;
using Iso2 = V2G.Messages.Iso2;

namespace V2G.Messages.Tests;

/// <summary>The code shown in README.md, kept compiling and working.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Using_a_codec_from_CSharp()
    {
        var request = new SupportedAppProtocolReq
        {
            AppProtocol =
            {
                new AppProtocolType { ProtocolNamespace = "urn:iso:15118:2:2013:MsgDef", VersionNumberMajor = 2, VersionNumberMinor = 0, SchemaID = 1, Priority = 1 },
            },
        };

        Span<byte> buffer = stackalloc byte[256];
        int length = AppProtocolCodec.Encode(request, buffer);
        AppProtocolDocument decoded = AppProtocolCodec.Decode(buffer[..length]);
        string xml = AppProtocolCodec.ToXml(decoded);
        Assert.Equal("urn:iso:15118:2:2013:MsgDef", decoded.SupportedAppProtocolReq!.AppProtocol.Single().ProtocolNamespace);
        Assert.Equal(buffer[..length].ToArray(), AppProtocolCodec.Encode(AppProtocolCodec.FromXml(xml)));

        byte[] bytes = { 0x80, 0xFF };
        Assert.False(AppProtocolCodec.TryDecode(bytes, out _, out var error));
        Assert.True(error.BitOffset >= 0);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    [Fact]
    public void Signed_elements_as_fragments()
    {
        var vector = SharedData.Family("iso2").First(v => v.Name == "ChargeParameterDiscoveryRes-rand3");
        var message = Iso2.Iso2Codec.FromXml(vector.Xml).V2G_Message!;
        var signedInfo = message.Header.Signature!.SignedInfo;

        byte[] signedInfoBytes = Iso2.XmlDsigCodec.EncodeFragment(Iso2.XmlDsigFragment.FromSignedInfo(signedInfo));
        Assert.Equal(signedInfo.Reference.Count, Iso2.XmlDsigCodec.DecodeFragment(signedInfoBytes).SignedInfo!.Reference.Count);

        IExiCodec<Iso2.Iso2Document> documents = Iso2.Iso2Codec.Documents;
        Assert.Equal(vector.Exi, documents.Encode(Iso2.Iso2Codec.FromXml(vector.Xml)));
    }
}
