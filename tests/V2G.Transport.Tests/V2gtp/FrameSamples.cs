using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Transport.V2gtp;

namespace V2G.Transport.Tests.V2gtp;

/// <summary>A stream of several frames of different types and sizes, including an empty payload.</summary>
internal static class FrameSamples
{
    public static readonly (V2gtpPayloadType Type, byte[] Payload)[] Frames =
    {
        (V2gtpPayloadType.Exi, new byte[] { 0x80, 0x00, 0xDB, 0xAB, 0x93, 0x71, 0xD3, 0x23 }),
        (V2gtpPayloadType.Iso20CommonMessages, new byte[] { 0x80, 0x8C, 0x04 }),
        (V2gtpPayloadType.SdpRequest, Array.Empty<byte>()),
        (V2gtpPayloadType.Iso20Dc, Enumerable.Range(0, 37).Select(i => (byte)(i * 7)).ToArray()),
        (V2gtpPayloadType.Exi, new byte[] { 0x01 }),
    };

    public static byte[] Stream() => Frames.SelectMany(f => V2gtpWriter.WriteFrame(f.Type, f.Payload)).ToArray();

    public static IEnumerable<(V2gtpPayloadType, string)> Expected() => Frames.Select(f => (f.Type, Convert.ToHexString(f.Payload)));

    public static (V2gtpPayloadType, string) Describe(V2gtpFrame frame) => (frame.PayloadType, Convert.ToHexString(frame.Payload.Span));
}
