using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;

namespace V2G.Transport.Capture;

/// <summary>
/// The classic libpcap format (draft-ietf-opsawg-pcap, "PCAP Capture File Format"): a 24-byte file header whose magic gives
/// the byte order and the timestamp unit, then records of a 16-byte header and the captured bytes.
/// </summary>
internal static class PcapParser
{
    private const uint MicrosecondMagic = 0xA1B2C3D4;
    private const uint NanosecondMagic = 0xA1B23C4D;
    private const int FileHeaderLength = 24;
    private const int RecordHeaderLength = 16;

    public static bool IsPcapMagic(ReadOnlySpan<byte> span)
    {
        uint le = BinaryPrimitives.ReadUInt32LittleEndian(span);
        uint be = BinaryPrimitives.ReadUInt32BigEndian(span);
        return le is MicrosecondMagic or NanosecondMagic || be is MicrosecondMagic or NanosecondMagic;
    }

    public static CaptureReadResult Parse(ReadOnlyMemory<byte> capture, CaptureLimits limits)
    {
        ReadOnlySpan<byte> span = capture.Span;
        var problems = new List<CaptureError>();
        uint be = BinaryPrimitives.ReadUInt32BigEndian(span);
        var order = new EndianReader(be is MicrosecondMagic or NanosecondMagic);
        bool nanoseconds = order.U32(span) == NanosecondMagic;
        if (span.Length < FileHeaderLength)
        {
            return Stop(null, problems, new CaptureError(CaptureErrorKind.Truncated, 0, "pcap file header",
                Text($"{span.Length} bytes, the file header has {FileHeaderLength}")));
        }

        ushort major = order.U16(span[4..]);
        if (major != 2)
        {
            return Stop(null, problems, new CaptureError(CaptureErrorKind.UnsupportedVersion, 4, "pcap version_major",
                Text($"{major}.{order.U16(span[6..])}, expected 2.4")));
        }

        uint snapLength = order.U32(span[16..]);
        // The link type is the low 16 bits; the top bits of the field may carry the FCS length (pcap draft, section 4).
        var linkType = (LinkType)(order.U32(span[20..]) & 0xFFFF);
        if (!PacketDecoder.Supports(linkType))
        {
            problems.Add(new CaptureError(CaptureErrorKind.UnsupportedLinkType, 20, "pcap LinkType",
                Text($"{(int)linkType}, the decoder reads Ethernet (1), raw IP (101), Linux SLL (113) and SLL2 (276)")));
        }

        var iface = new CaptureInterface(0, linkType, snapLength, nanoseconds ? 1_000_000_000m : 1_000_000m);
        var packets = new List<CapturedPacket>();
        int offset = FileHeaderLength;
        while (offset < span.Length)
        {
            if (span.Length - offset < RecordHeaderLength)
            {
                return Stop(iface, problems, new CaptureError(CaptureErrorKind.Truncated, offset, "pcap record header",
                    Text($"{span.Length - offset} bytes left, a record header has {RecordHeaderLength}")), packets);
            }

            ReadOnlySpan<byte> header = span.Slice(offset, RecordHeaderLength);
            uint seconds = order.U32(header);
            uint fraction = order.U32(header[4..]);
            uint capturedLength = order.U32(header[8..]);
            uint originalLength = order.U32(header[12..]);
            if (capturedLength > (uint)limits.MaxPacketBytes)
            {
                return Stop(iface, problems, new CaptureError(CaptureErrorKind.LengthOverLimit, offset + 8, "pcap record incl_len",
                    Text($"{capturedLength}, the maximum is {limits.MaxPacketBytes}")), packets);
            }

            int dataOffset = offset + RecordHeaderLength;
            if (capturedLength > (uint)(span.Length - dataOffset))
            {
                return Stop(iface, problems, new CaptureError(CaptureErrorKind.Truncated, offset, "pcap record",
                    Text($"incl_len {capturedLength} but {span.Length - dataOffset} bytes left in the file")), packets);
            }

            if (capturedLength > originalLength || (snapLength != 0 && capturedLength > snapLength))
            {
                problems.Add(new CaptureError(CaptureErrorKind.BadPacketLength, offset + 8, "pcap record incl_len",
                    Text($"{capturedLength}, larger than orig_len {originalLength} or the snapshot length {snapLength}")));
            }

            long fractionNs = nanoseconds ? fraction : fraction * 1000L;
            packets.Add(new CapturedPacket(packets.Count, 0, linkType, seconds * 1_000_000_000L + fractionNs,
                originalLength, dataOffset, capture.Slice(dataOffset, (int)capturedLength)));
            offset = dataOffset + (int)capturedLength;
        }

        return new CaptureReadResult(CaptureFormat.Pcap, [iface], packets, problems);
    }

    private static CaptureReadResult Stop(CaptureInterface? iface, List<CaptureError> problems, CaptureError error,
        List<CapturedPacket>? packets = null)
    {
        problems.Add(error);
        return new CaptureReadResult(CaptureFormat.Pcap, iface is null ? [] : [iface], packets ?? [], problems) { IsComplete = false };
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
