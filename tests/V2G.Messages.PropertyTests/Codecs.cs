using System.Collections.Generic;
using V2G.Exi;
using V2G.Exi.Metadata;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using Iso2Dsig = V2G.Messages.Iso2.XmlDsigCodec;
using Iso20Dsig = V2G.Messages.Iso20.XmlDsigCodec;

namespace V2G.Messages.PropertyTests;

/// <summary>Every codec of the message libraries, as document and fragment subjects.</summary>
internal static class Codecs
{
    public static readonly IReadOnlyDictionary<string, (IMessageCodec Documents, IMessageCodec Fragments)> All = new Dictionary<string, (IMessageCodec, IMessageCodec)>
    {
        ["AppProtocol"] = Pair("AppProtocol", AppProtocolCodec.Schema, AppProtocolCodec.Documents, AppProtocolCodec.Fragments),
        ["Din"] = Pair("Din", DinCodec.Schema, DinCodec.Documents, DinCodec.Fragments),
        ["Iso2"] = Pair("Iso2", Iso2Codec.Schema, Iso2Codec.Documents, Iso2Codec.Fragments),
        ["Iso2.XmlDsig"] = Pair("Iso2.XmlDsig", Iso2Dsig.Schema, Iso2Dsig.Documents, Iso2Dsig.Fragments),
        ["Iso20.CommonMessages"] = Pair("Iso20.CommonMessages", CommonMessagesCodec.Schema, CommonMessagesCodec.Documents, CommonMessagesCodec.Fragments),
        ["Iso20.Ac"] = Pair("Iso20.Ac", AcCodec.Schema, AcCodec.Documents, AcCodec.Fragments),
        ["Iso20.Dc"] = Pair("Iso20.Dc", DcCodec.Schema, DcCodec.Documents, DcCodec.Fragments),
        ["Iso20.Wpt"] = Pair("Iso20.Wpt", WptCodec.Schema, WptCodec.Documents, WptCodec.Fragments),
        ["Iso20.Acdp"] = Pair("Iso20.Acdp", AcdpCodec.Schema, AcdpCodec.Documents, AcdpCodec.Fragments),
        ["Iso20.XmlDsig"] = Pair("Iso20.XmlDsig", Iso20Dsig.Schema, Iso20Dsig.Documents, Iso20Dsig.Fragments),
    };

    public static IEnumerable<object[]> Names()
    {
        foreach (var name in All.Keys)
        {
            yield return new object[] { name };
        }
    }

    public static (IMessageCodec, IMessageCodec) Pair<TDocument, TFragment>(
        string name, ExiSchemaInfo schema, IExiCodec<TDocument> documents, IExiCodec<TFragment> fragments)
        where TDocument : struct
        where TFragment : struct =>
        (new MessageCodec<TDocument>(name, schema, schema.Documents, documents),
         new MessageCodec<TFragment>(name + " fragment", schema, schema.Fragments, fragments));
}
