using System;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Sessions;

/// <summary>Runs the generated codec of a family over a payload and names the message it holds.</summary>
internal static class MessageCodecs
{
    /// <summary>Decodes a payload; never throws for bad input (codec errors become <see cref="DecodeOutcome.Error"/>).</summary>
    internal static DecodeOutcome Decode(MessageFamily family, ReadOnlyMemory<byte> payload, ExiDecodeOptions options) => family switch
    {
        MessageFamily.AppProtocol => Run(AppProtocolCodec.Documents, payload, options, d => d.Name.LocalName),
        MessageFamily.Din => Run(DinCodec.Documents, payload, options, d => DinName(d)),
        MessageFamily.Iso2 => Run(Iso2Codec.Documents, payload, options, d => Iso2Name(d)),
        MessageFamily.Iso20Common => Run(Iso20.CommonMessagesCodec.Documents, payload, options, d => d.Name.LocalName),
        MessageFamily.Iso20Ac => Run(Iso20.AcCodec.Documents, payload, options, d => d.Name.LocalName),
        MessageFamily.Iso20Dc => Run(Iso20.DcCodec.Documents, payload, options, d => d.Name.LocalName),
        MessageFamily.Iso20Wpt => Run(Iso20.WptCodec.Documents, payload, options, d => d.Name.LocalName),
        _ => Run(Iso20.AcdpCodec.Documents, payload, options, d => d.Name.LocalName),
    };

    private static DecodeOutcome Run<T>(IExiCodec<T> codec, ReadOnlyMemory<byte> payload, ExiDecodeOptions options, Func<T, string> name)
        where T : struct
    {
        T document;
        int used;
        try
        {
            document = codec.Decode(payload.Span, options, out used);
        }
        catch (ExiException exception)
        {
            return new DecodeOutcome(null, null, null, null, 0, ExiError.From(exception));
        }

        return new DecodeOutcome(document, name(document), () => codec.ToXml(document), writer => codec.WriteJson(writer, document), payload.Length - used, null);
    }

    // DIN 70121 and ISO 15118-2 wrap every message in V2G_Message/Body; the message is the body element.
    private static string DinName(DinDocument document) =>
        document.V2G_Message?.Body.BodyElement is { } body ? BodyElementName(body.GetType().Name) : document.Name.LocalName;

    private static string Iso2Name(Iso2Document document) =>
        document.V2G_Message?.Body.BodyElement is { } body ? BodyElementName(body.GetType().Name) : document.Name.LocalName;

    /// <summary>
    /// The body element of a body type: the generated class is named after the schema type, which is the element name plus
    /// <c>Type</c>, except DIN 70121's SessionStopReq, whose type is <c>SessionStopType</c>.
    /// </summary>
    private static string BodyElementName(string typeName)
    {
        if (typeName == "SessionStopType")
        {
            return "SessionStopReq";
        }

        return typeName.EndsWith("Type", StringComparison.Ordinal) ? typeName[..^4] : typeName;
    }
}
