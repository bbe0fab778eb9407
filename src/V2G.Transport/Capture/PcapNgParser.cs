using System;
using System.Collections.Generic;
using System.Globalization;

namespace V2G.Transport.Capture;

/// <summary>
/// The pcapng format (draft-ietf-opsawg-pcapng, section 3 "General File Structure"): blocks of type, total length, body and
/// the total length again, grouped in sections that each start with a Section Header Block whose byte-order magic sets the
/// byte order of the section. Reads SHB, IDB, EPB and SPB; other blocks are skipped by their length.
/// </summary>
internal static class PcapNgParser
{
    private const uint SectionHeaderType = 0x0A0D0D0A;
    private const uint InterfaceDescriptionType = 1;
    private const uint SimplePacketType = 3;
    private const uint EnhancedPacketType = 6;
    private const uint ByteOrderMagic = 0x1A2B3C4D;
    private const int MinimumBlockLength = 12;

    public static CaptureReadResult Parse(ReadOnlyMemory<byte> capture, CaptureLimits limits)
    {
        var state = new ParseState(capture, limits);
        state.Run();
        return new CaptureReadResult(CaptureFormat.PcapNg, state.Interfaces, state.Packets, state.Problems) { IsComplete = state.Complete };
    }

    private sealed class ParseState(ReadOnlyMemory<byte> capture, CaptureLimits limits)
    {
        private readonly List<int> sectionInterfaces = [];
        private readonly List<long> sectionOffsetsSeconds = [];
        private EndianReader order;

        public List<CaptureInterface> Interfaces { get; } = [];

        public List<CapturedPacket> Packets { get; } = [];

        public List<CaptureError> Problems { get; } = [];

        public bool Complete { get; private set; } = true;

        public void Run()
        {
            ReadOnlySpan<byte> span = capture.Span;
            int offset = 0;
            while (offset < span.Length)
            {
                if (span.Length - offset < MinimumBlockLength)
                {
                    Fail(CaptureErrorKind.Truncated, offset, "pcapng block header", $"{span.Length - offset} bytes left, a block has at least 12");
                    return;
                }

                uint type = new EndianReader(false).U32(span[offset..]);
                if (type == SectionHeaderType && !StartSection(span, offset))
                {
                    return;
                }

                uint length = order.U32(span[(offset + 4)..]);
                if (!CheckLength(span, offset, length))
                {
                    return;
                }

                type = order.U32(span[offset..]);
                ReadOnlySpan<byte> body = span.Slice(offset + 8, (int)length - MinimumBlockLength);
                switch (type)
                {
                    case SectionHeaderType:
                        ReadSectionHeader(body, offset);
                        break;
                    case InterfaceDescriptionType:
                        if (!ReadInterface(body, offset))
                        {
                            return;
                        }

                        break;
                    case EnhancedPacketType:
                        ReadEnhancedPacket(body, offset);
                        break;
                    case SimplePacketType:
                        ReadSimplePacket(body, offset);
                        break;
                    default:
                        break; // Name Resolution, Interface Statistics, custom and unknown blocks: skipped by their length.
                }

                offset += (int)length;
            }
        }

        private bool StartSection(ReadOnlySpan<byte> span, int offset)
        {
            // The byte-order magic follows type and length; it is read before the length, whose order it gives (section 4.1).
            uint magicLe = new EndianReader(false).U32(span[(offset + 8)..]);
            uint magicBe = new EndianReader(true).U32(span[(offset + 8)..]);
            if (magicLe != ByteOrderMagic && magicBe != ByteOrderMagic)
            {
                Fail(CaptureErrorKind.NotACapture, offset + 8, "pcapng SHB byte-order magic",
                    $"0x{magicBe:X8}, expected 1A2B3C4D in either byte order");
                return false;
            }

            order = new EndianReader(magicBe == ByteOrderMagic);
            sectionInterfaces.Clear();
            sectionOffsetsSeconds.Clear();
            return true;
        }

        private bool CheckLength(ReadOnlySpan<byte> span, int offset, uint length)
        {
            if (length < MinimumBlockLength || length % 4 != 0)
            {
                Fail(CaptureErrorKind.BadBlockLength, offset + 4, "pcapng Block Total Length", $"{length}, expected a multiple of 4 of at least 12");
                return false;
            }

            if (length > (uint)limits.MaxBlockBytes)
            {
                Fail(CaptureErrorKind.LengthOverLimit, offset + 4, "pcapng Block Total Length", $"{length}, the maximum is {limits.MaxBlockBytes}");
                return false;
            }

            if (length > (uint)(span.Length - offset))
            {
                Fail(CaptureErrorKind.Truncated, offset, "pcapng block",
                    $"Block Total Length {length} but {span.Length - offset} bytes left in the file");
                return false;
            }

            uint trailing = order.U32(span[(offset + (int)length - 4)..]);
            if (trailing != length)
            {
                Fail(CaptureErrorKind.BadBlockLength, offset + length - 4, "pcapng trailing Block Total Length",
                    $"{trailing}, the block starts with {length}");
                return false;
            }

            return true;
        }

        private void ReadSectionHeader(ReadOnlySpan<byte> body, int offset)
        {
            ushort major = body.Length >= 8 ? order.U16(body[4..]) : (ushort)0;
            if (major != 1)
            {
                Note(CaptureErrorKind.UnsupportedVersion, offset + 12, "pcapng SHB Major Version", $"{major}, expected 1; read as version 1");
            }
        }

        private bool ReadInterface(ReadOnlySpan<byte> body, int offset)
        {
            if (body.Length < 8)
            {
                Note(CaptureErrorKind.BadBlockLength, offset + 4, "pcapng IDB", $"a body of {body.Length} bytes, the fixed part has 8");
                return true;
            }

            if (sectionInterfaces.Count >= limits.MaxInterfaces)
            {
                Fail(CaptureErrorKind.BadStructure, offset, "pcapng IDB", $"more than the maximum of {limits.MaxInterfaces} interfaces in a section");
                return false;
            }

            var linkType = (LinkType)order.U16(body);
            uint snapLength = order.U32(body[4..]);
            decimal unitsPerSecond = 1_000_000m; // if_tsresol absent: microseconds (section 4.2).
            long offsetSeconds = 0;
            foreach ((ushort code, int valueOffset, int valueLength) in new OptionWalker(order, body, 8, offset + 8, Problems))
            {
                ReadOnlySpan<byte> value = body.Slice(valueOffset, valueLength);
                if (code == 9 && valueLength >= 1)
                {
                    unitsPerSecond = ResolutionOf(value[0], offset + 8 + valueOffset, unitsPerSecond);
                }
                else if (code == 14 && valueLength >= 8)
                {
                    offsetSeconds = order.I64(value);
                }
            }

            if (!PacketDecoder.Supports(linkType))
            {
                Note(CaptureErrorKind.UnsupportedLinkType, offset + 8, "pcapng IDB LinkType",
                    $"{(int)linkType}, the decoder reads Ethernet (1), raw IP (101), Linux SLL (113) and SLL2 (276)");
            }

            var iface = new CaptureInterface(Interfaces.Count, linkType, snapLength, unitsPerSecond);
            sectionInterfaces.Add(iface.Id);
            sectionOffsetsSeconds.Add(offsetSeconds);
            Interfaces.Add(iface);
            return true;
        }

        private decimal ResolutionOf(byte tsresol, long fileOffset, decimal fallback)
        {
            // Most significant bit clear: a power of 10; set: a power of 2 (section 4.2, if_tsresol).
            int exponent = tsresol & 0x7F;
            bool binary = (tsresol & 0x80) != 0;
            if ((binary && exponent > 63) || (!binary && exponent > 19))
            {
                Note(CaptureErrorKind.BadOption, fileOffset, "pcapng if_tsresol",
                    $"0x{tsresol:X2}, finer than this reader keeps; microseconds assumed");
                return fallback;
            }

            decimal units = 1m;
            for (int i = 0; i < exponent; i++)
            {
                units *= binary ? 2m : 10m;
            }

            return units;
        }

        private void ReadEnhancedPacket(ReadOnlySpan<byte> body, int offset)
        {
            if (body.Length < 20)
            {
                Note(CaptureErrorKind.BadBlockLength, offset + 4, "pcapng EPB", $"a body of {body.Length} bytes, the fixed part has 20");
                return;
            }

            uint interfaceId = order.U32(body);
            ulong units = ((ulong)order.U32(body[4..]) << 32) | order.U32(body[8..]);
            uint capturedLength = order.U32(body[12..]);
            uint originalLength = order.U32(body[16..]);
            if (interfaceId >= (uint)sectionInterfaces.Count)
            {
                Note(CaptureErrorKind.UndefinedInterface, offset + 8, "pcapng EPB Interface ID",
                    $"{interfaceId}, the section defines {sectionInterfaces.Count} interfaces; packet skipped");
                return;
            }

            if (!CheckCapturedLength(capturedLength, body.Length - 20, offset + 20, "pcapng EPB Captured Packet Length"))
            {
                return;
            }

            CaptureInterface iface = Interfaces[sectionInterfaces[(int)interfaceId]];
            long? time = ToNanoseconds(units, iface.TimestampUnitsPerSecond, sectionOffsetsSeconds[(int)interfaceId]);
            int dataOffset = offset + 28;
            AddPacket(iface, time, originalLength, dataOffset, (int)capturedLength);
        }

        private void ReadSimplePacket(ReadOnlySpan<byte> body, int offset)
        {
            if (sectionInterfaces.Count == 0 || body.Length < 4)
            {
                Note(CaptureErrorKind.UndefinedInterface, offset, "pcapng SPB", $"no interface 0 defined before it, or no length field; skipped");
                return;
            }

            CaptureInterface iface = Interfaces[sectionInterfaces[0]];
            uint originalLength = order.U32(body);
            // The captured length is not stored: the smaller of the original length and the snapshot length (section 4.4).
            long capturedLength = originalLength;
            if (iface.SnapLength != 0)
            {
                capturedLength = Math.Min(capturedLength, iface.SnapLength);
            }

            if (!CheckCapturedLength((uint)Math.Min(capturedLength, uint.MaxValue), body.Length - 4, offset + 8, "pcapng SPB Original Packet Length"))
            {
                return;
            }

            AddPacket(iface, null, originalLength, offset + 12, (int)capturedLength);
        }

        private bool CheckCapturedLength(uint capturedLength, int room, long fieldOffset, string field)
        {
            if (capturedLength > (uint)limits.MaxPacketBytes)
            {
                Note(CaptureErrorKind.LengthOverLimit, fieldOffset, field,
                    $"{capturedLength}, the maximum is {limits.MaxPacketBytes}; packet skipped");
                return false;
            }

            if (capturedLength > (uint)room)
            {
                Note(CaptureErrorKind.BadPacketLength, fieldOffset, field, $"{capturedLength}, the block has room for {room}; packet skipped");
                return false;
            }

            return true;
        }

        private void AddPacket(CaptureInterface iface, long? time, long originalLength, int dataOffset, int capturedLength) =>
            Packets.Add(new CapturedPacket(Packets.Count, iface.Id, iface.LinkType, time, originalLength, dataOffset,
                capture.Slice(dataOffset, capturedLength)));

        private static long? ToNanoseconds(ulong units, decimal unitsPerSecond, long offsetSeconds)
        {
            decimal ns = (units / unitsPerSecond * 1_000_000_000m) + (offsetSeconds * 1_000_000_000m);
            return ns is >= long.MinValue and <= long.MaxValue ? (long)decimal.Round(ns) : null;
        }

        private void Fail(CaptureErrorKind kind, long offset, string field, FormattableString detail)
        {
            Note(kind, offset, field, detail);
            Complete = false;
        }

        private void Note(CaptureErrorKind kind, long offset, string field, FormattableString detail) =>
            Problems.Add(new CaptureError(kind, offset, field, detail.ToString(CultureInfo.InvariantCulture)));
    }
}
