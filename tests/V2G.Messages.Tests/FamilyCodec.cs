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
        Create("app-protocol", AppProtocolCodec.Documents),
        Create("din", DinCodec.Documents),
        Create("iso2", Iso2Codec.Documents),
        Create("iso2-fragment", Iso2Codec.Fragments),
        Create("iso2-fragment/xmldsig", XmlDsigCodec.Fragments),
        Create("iso20-common", Iso20.CommonMessagesCodec.Documents),
        Create("iso20-ac", Iso20.AcCodec.Documents),
        Create("iso20-dc", Iso20.DcCodec.Documents),
        Create("iso20-wpt", Iso20.WptCodec.Documents),
        Create("iso20-acdp", Iso20.AcdpCodec.Documents),
        Create("iso20-fragment/CommonMessages", Iso20.CommonMessagesCodec.Fragments),
        Create("iso20-fragment/AC", Iso20.AcCodec.Fragments),
        Create("iso20-fragment/DC", Iso20.DcCodec.Fragments),
        Create("iso20-fragment/xmldsig", Iso20.XmlDsigCodec.Fragments),
    }.ToDictionary(c => c.Family);

    /// <summary>The codec that reads a vector (see <see cref="Vector.CodecKey"/>).</summary>
    public static FamilyCodec For(Vector vector) => All[vector.CodecKey];

    /// <summary>Wraps one generated codec's documents or fragments.</summary>
    private static FamilyCodec Create<TDocument>(string family, IExiCodec<TDocument> codec)
        where TDocument : struct => new()
    {
        Family = family,
        DecodeToXml = (bytes, options) =>
        {
            var document = codec.Decode(bytes, options, out int used);
            return (codec.ToXml(document), used);
        },
        EncodeXml = xml => codec.Encode(codec.FromXml(xml)),
        Decode = bytes => codec.Decode(bytes, ExiDecodeOptions.Default, out _),
        FromXml = xml => codec.FromXml(xml),
        EncodeObject = (message, destination) => codec.Encode((TDocument)message, destination),
        DecodeDocument = (bytes, options) =>
        {
            var document = codec.Decode(bytes, options, out int used);
            return (document, used);
        },
        EncodeDocument = document => codec.Encode((TDocument)document),
        MeasureDecodeAllocation = bytes =>
        {
            codec.Decode(bytes, ExiDecodeOptions.Default, out _);
            codec.Decode(bytes, ExiDecodeOptions.Default, out _);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var document = codec.Decode(bytes, ExiDecodeOptions.Default, out _);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return (document, allocated);
        },
    };
}
