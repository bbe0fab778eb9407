using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Messages.Tests;

/// <summary>One family's codec behind a uniform face, so that every vector test runs for every family.</summary>
public sealed class FamilyCodec
{
    /// <summary>The codec key: a vector family, or for fragments family/schema (see <see cref="Vector.CodecKey"/>).</summary>
    public required string Family { get; init; }

    /// <summary>Decodes a stream to its XML form; reports the bytes used.</summary>
    public required Func<byte[], ExiDecodeOptions, (string Xml, int BytesConsumed)> DecodeToXml { get; init; }

    /// <summary>Reads XML and encodes it.</summary>
    public required Func<string, byte[]> EncodeXml { get; init; }

    /// <summary>Decodes without producing XML (for the robustness properties).</summary>
    public required Action<byte[]> Decode { get; init; }

    /// <summary>Reads XML into the message object (kept for allocation tests).</summary>
    public required Func<string, object> FromXml { get; init; }

    /// <summary>Encodes a message object into a caller's span.</summary>
    public required EncodeInto EncodeObject { get; init; }

    /// <summary>Decodes a stream to the document (boxed) and reports the bytes used.</summary>
    public required Func<byte[], ExiDecodeOptions, (object Document, int BytesConsumed)> DecodeDocument { get; init; }

    /// <summary>Encodes a document (as returned by <see cref="DecodeDocument"/> or <see cref="FromXml"/>) into a new array.</summary>
    public required Func<object, byte[]> EncodeDocument { get; init; }

    /// <summary>
    /// Decodes a stream twice to warm up, then once more between two readings of
    /// <see cref="GC.GetAllocatedBytesForCurrentThread"/>; returns that decode's document and the bytes it allocated.
    /// The measurement is taken inside the typed wrapper, so boxing the document is not counted.
    /// </summary>
    public required Func<byte[], (object Document, long AllocatedBytes)> MeasureDecodeAllocation { get; init; }

    public delegate int EncodeInto(object message, Span<byte> destination);

    public static IReadOnlyDictionary<string, FamilyCodec> All { get; } = new[]
    {
        Create<AppProtocolDocument>("app-protocol", AppProtocolCodec.Decode, AppProtocolCodec.Encode, AppProtocolCodec.Encode, AppProtocolCodec.ToXml, AppProtocolCodec.FromXml),
        Create<DinDocument>("din", DinCodec.Decode, DinCodec.Encode, DinCodec.Encode, DinCodec.ToXml, DinCodec.FromXml),
        Create<Iso2Document>("iso2", Iso2Codec.Decode, Iso2Codec.Encode, Iso2Codec.Encode, Iso2Codec.ToXml, Iso2Codec.FromXml),
        Create<Iso2Fragment>("iso2-fragment", Iso2Codec.DecodeFragment, Iso2Codec.EncodeFragment, Iso2Codec.EncodeFragment, Iso2Codec.FragmentToXml, Iso2Codec.FragmentFromXml),
        Create<XmlDsigFragment>("iso2-fragment/xmldsig", XmlDsigCodec.DecodeFragment, XmlDsigCodec.EncodeFragment, XmlDsigCodec.EncodeFragment, XmlDsigCodec.FragmentToXml, XmlDsigCodec.FragmentFromXml),
        Create<Iso20.CommonMessagesDocument>("iso20-common", Iso20.CommonMessagesCodec.Decode, Iso20.CommonMessagesCodec.Encode, Iso20.CommonMessagesCodec.Encode, Iso20.CommonMessagesCodec.ToXml, Iso20.CommonMessagesCodec.FromXml),
        Create<Iso20.AcDocument>("iso20-ac", Iso20.AcCodec.Decode, Iso20.AcCodec.Encode, Iso20.AcCodec.Encode, Iso20.AcCodec.ToXml, Iso20.AcCodec.FromXml),
        Create<Iso20.DcDocument>("iso20-dc", Iso20.DcCodec.Decode, Iso20.DcCodec.Encode, Iso20.DcCodec.Encode, Iso20.DcCodec.ToXml, Iso20.DcCodec.FromXml),
        Create<Iso20.WptDocument>("iso20-wpt", Iso20.WptCodec.Decode, Iso20.WptCodec.Encode, Iso20.WptCodec.Encode, Iso20.WptCodec.ToXml, Iso20.WptCodec.FromXml),
        Create<Iso20.AcdpDocument>("iso20-acdp", Iso20.AcdpCodec.Decode, Iso20.AcdpCodec.Encode, Iso20.AcdpCodec.Encode, Iso20.AcdpCodec.ToXml, Iso20.AcdpCodec.FromXml),
        Create<Iso20.CommonMessagesFragment>("iso20-fragment/CommonMessages", Iso20.CommonMessagesCodec.DecodeFragment, Iso20.CommonMessagesCodec.EncodeFragment, Iso20.CommonMessagesCodec.EncodeFragment, Iso20.CommonMessagesCodec.FragmentToXml, Iso20.CommonMessagesCodec.FragmentFromXml),
        Create<Iso20.AcFragment>("iso20-fragment/AC", Iso20.AcCodec.DecodeFragment, Iso20.AcCodec.EncodeFragment, Iso20.AcCodec.EncodeFragment, Iso20.AcCodec.FragmentToXml, Iso20.AcCodec.FragmentFromXml),
        Create<Iso20.DcFragment>("iso20-fragment/DC", Iso20.DcCodec.DecodeFragment, Iso20.DcCodec.EncodeFragment, Iso20.DcCodec.EncodeFragment, Iso20.DcCodec.FragmentToXml, Iso20.DcCodec.FragmentFromXml),
        Create<Iso20.XmlDsigFragment>("iso20-fragment/xmldsig", Iso20.XmlDsigCodec.DecodeFragment, Iso20.XmlDsigCodec.EncodeFragment, Iso20.XmlDsigCodec.EncodeFragment, Iso20.XmlDsigCodec.FragmentToXml, Iso20.XmlDsigCodec.FragmentFromXml),
    }.ToDictionary(c => c.Family);

    /// <summary>The codec that reads a vector (see <see cref="Vector.CodecKey"/>).</summary>
    public static FamilyCodec For(Vector vector) => All[vector.CodecKey];

    public delegate TDocument DecodeWith<TDocument>(ReadOnlySpan<byte> source, ExiDecodeOptions options, out int bytesConsumed);

    public delegate int EncodeWith<TDocument>(TDocument document, Span<byte> destination);

    /// <summary>Wraps one generated codec: every generated codec has the same static surface.</summary>
    private static FamilyCodec Create<TDocument>(string family, DecodeWith<TDocument> decode, EncodeWith<TDocument> encodeInto, Func<TDocument, byte[]> encode, Func<TDocument, string> toXml, Func<string, TDocument> fromXml)
        where TDocument : struct => new()
    {
        Family = family,
        DecodeToXml = (bytes, options) =>
        {
            var document = decode(bytes, options, out int used);
            return (toXml(document), used);
        },
        EncodeXml = xml => encode(fromXml(xml)),
        Decode = bytes => decode(bytes, ExiDecodeOptions.Default, out _),
        FromXml = xml => fromXml(xml),
        EncodeObject = (message, destination) => encodeInto((TDocument)message, destination),
        DecodeDocument = (bytes, options) =>
        {
            var document = decode(bytes, options, out int used);
            return (document, used);
        },
        EncodeDocument = document => encode((TDocument)document),
        MeasureDecodeAllocation = bytes =>
        {
            decode(bytes, ExiDecodeOptions.Default, out _);
            decode(bytes, ExiDecodeOptions.Default, out _);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var document = decode(bytes, ExiDecodeOptions.Default, out _);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return (document, allocated);
        },
    };
}
