using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using V2G.Cli.Schemas;
using V2G.Transport.V2gtp;

namespace V2G.Cli.Io;

/// <summary><c>--v2gtp</c>: inputs and outputs framed by the 8-byte V2GTP header (ISO 15118-2 §7.8.3).</summary>
internal static class V2gtpInput
{
    /// <summary>The families a 0x8001 payload may hold, tried as <c>--schema auto</c> tries them.</summary>
    private static readonly string[] ExiFamilies = ["app-protocol", "din", "iso2"];

    /// <summary>Splits an input into its frames, in order.</summary>
    /// <param name="input">The bytes: one or more frames back to back.</param>
    /// <returns>The frames.</returns>
    /// <exception cref="InputException">A header breaks a V2GTP rule, a frame is cut short, or there is no frame.</exception>
    public static IReadOnlyList<V2gtpFrame> ReadFrames(byte[] input)
    {
        var reader = new V2gtpFrameReader();
        var buffer = new ReadOnlySequence<byte>(input);
        var frames = new List<V2gtpFrame>();
        while (buffer.Length > 0)
        {
            if (reader.TryReadFrame(ref buffer, out V2gtpFrame frame, out V2gtpError? error))
            {
                frames.Add(frame);
                continue;
            }

            throw error is not null
                ? new InputException($"V2GTP header: {error.Message} at byte {error.Offset} ({error.Kind})")
                : new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"V2GTP frame at byte {reader.BytesConsumed} is cut short: {buffer.Length} bytes left, fewer than its header announces"));
        }

        return frames.Count > 0 ? frames : throw new InputException("the input is empty: no V2GTP frame");
    }

    /// <summary>
    /// The families that may decode a frame's payload: the ISO 15118-20 namespace of its payload type, or for 0x8001 the
    /// handshake, DIN 70121 and ISO 15118-2.
    /// </summary>
    /// <param name="registry">The families.</param>
    /// <param name="payloadType">The frame's payload type.</param>
    /// <returns>The candidates (one for ISO 15118-20).</returns>
    /// <exception cref="InputException">The payload type carries no EXI message (SDP, manufacturer-specific, unknown).</exception>
    public static SchemaRegistry Candidates(SchemaRegistry registry, V2gtpPayloadType payloadType)
    {
        string[] names = payloadType.Value switch
        {
            0x8001 => ExiFamilies,
            0x8002 => ["iso20-common"],
            0x8003 => ["iso20-ac"],
            0x8004 => ["iso20-dc"],
            0x8005 => ["iso20-acdp"],
            0x8006 => ["iso20-wpt"],
            _ => throw new InputException($"V2GTP payload type {payloadType} carries no EXI message this tool decodes"),
        };
        var codecs = new List<ISchemaCodec>();
        foreach (string name in names)
        {
            codecs.Add(registry.Find(name)!);
        }

        return new SchemaRegistry(codecs);
    }

    /// <summary>Whether a family is one of ISO 15118-20's, whose codec the payload type selects.</summary>
    /// <param name="codec">The family.</param>
    /// <returns>True for the iso20-* families.</returns>
    public static bool IsIso20(ISchemaCodec codec) => codec.Name.StartsWith("iso20-", System.StringComparison.Ordinal);

    /// <summary>The payload type a family's messages travel with.</summary>
    /// <param name="codec">The family.</param>
    /// <returns>0x8001 for the handshake, DIN 70121, ISO 15118-2 and XML-DSig; 0x8002.. for the ISO 15118-20 namespaces.</returns>
    public static V2gtpPayloadType PayloadTypeOf(ISchemaCodec codec) => codec.Name switch
    {
        "iso20-common" => V2gtpPayloadType.Iso20CommonMessages,
        "iso20-ac" => V2gtpPayloadType.Iso20Ac,
        "iso20-dc" => V2gtpPayloadType.Iso20Dc,
        "iso20-acdp" => V2gtpPayloadType.Iso20Acdp,
        "iso20-wpt" => V2gtpPayloadType.Iso20Wpt,
        _ => V2gtpPayloadType.Exi,
    };
}
