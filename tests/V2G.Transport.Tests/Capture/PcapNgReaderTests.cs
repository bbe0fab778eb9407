using System;
using System.Buffers.Binary;
using System.Linq;
using V2G.Transport.Capture;
using Xunit;

namespace V2G.Transport.Tests.Capture;

public sealed class PcapNgReaderTests
{
    private static readonly byte[] Udp = PacketBuilder.Udp(Endpoints.Ev6, Endpoints.Evse6, [0x01, 0xFE, 0x90, 0x00, 0x00]);

    // SHB of 28 bytes (no options), IDB of 20 (microseconds) or 32 (with if_tsresol); an EPB's data starts 28 bytes in.
    private const int ShbLength = 28;
    private const int IdbLength = 20;

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Reads_enhanced_packets_in_either_byte_order_and_resolution(bool bigEndian, bool nanoseconds)
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg, options: new CaptureWriterOptions { BigEndian = bigEndian, Nanoseconds = nanoseconds });
        writer.WritePacket(1_700_000_000_123_456_789, Udp);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        Assert.Empty(result.Problems);
        Assert.Equal(CaptureFormat.PcapNg, result.Format);
        CapturedPacket packet = Assert.Single(result.Packets);
        Assert.Equal(Udp, packet.Data.ToArray());
        Assert.Equal(nanoseconds ? 1_700_000_000_123_456_789 : 1_700_000_000_123_456_000, packet.UnixTimeNanoseconds);
        Assert.Equal(ShbLength + (nanoseconds ? IdbLength + 12 : IdbLength) + 28, packet.DataOffset);
        Assert.Equal(nanoseconds ? 1_000_000_000m : 1_000_000m, Assert.Single(result.Interfaces).TimestampUnitsPerSecond);
    }

    [Fact]
    public void Packets_of_several_interfaces_carry_their_own_link_type()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        int cooked = writer.AddInterface(LinkType.LinuxSll2);
        writer.WritePacket(0, Udp);
        writer.WritePacket(0, PacketBuilder.Udp(Endpoints.Ev4, Endpoints.Evse4, [1], new PacketLayout { LinkType = LinkType.LinuxSll2 }), cooked);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        Assert.Equal([LinkType.Ethernet, LinkType.LinuxSll2], result.Packets.Select(p => p.LinkType));
        Assert.Equal([0, 1], result.Packets.Select(p => p.InterfaceId));
        Assert.Equal(2, result.Interfaces.Count);
    }

    [Fact]
    public void Unknown_blocks_are_skipped_by_their_length()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WriteBlock(0x0BAD, [1, 2, 3, 4, 5]);
        writer.WriteBlock(5, new byte[24]); // An Interface Statistics Block: not needed.
        writer.WritePacket(0, Udp);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        Assert.Empty(result.Problems);
        Assert.Equal(Udp, Assert.Single(result.Packets).Data.ToArray());
    }

    [Fact]
    public void A_simple_packet_block_has_no_time_and_the_length_of_its_original_packet()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WriteSimplePacket(Udp);

        CapturedPacket packet = Assert.Single(CaptureReader.Read(writer.ToArray()).Packets);

        Assert.Null(packet.UnixTimeNanoseconds);
        Assert.Null(packet.Timestamp);
        Assert.Equal(Udp, packet.Data.ToArray());
    }

    [Fact]
    public void Sections_of_different_byte_orders_follow_each_other()
    {
        var little = new CaptureWriter(CaptureFormat.PcapNg);
        little.WritePacket(1_000, Udp);
        var big = new CaptureWriter(CaptureFormat.PcapNg, LinkType.RawIp, new CaptureWriterOptions { BigEndian = true });
        big.WritePacket(2_000, [0x45]);

        CaptureReadResult result = CaptureReader.Read([.. little.ToArray(), .. big.ToArray()]);

        Assert.Empty(result.Problems);
        Assert.Equal([LinkType.Ethernet, LinkType.RawIp], result.Packets.Select(p => p.LinkType));
        Assert.Equal([0, 1], result.Packets.Select(p => p.InterfaceId));
    }

    [Fact]
    public void A_binary_timestamp_resolution_and_an_offset_are_applied()
    {
        // IDB with if_tsresol 0x80 | 10 (units of 2^-10 s) and if_tsoffset 100 s; EPB at 1024 units = 1 s.
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        byte[] idb = new byte[8 + 8 + 12 + 4];
        BinaryPrimitives.WriteUInt16LittleEndian(idb, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(idb.AsSpan(8), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(idb.AsSpan(10), 1);
        idb[12] = 0x8A;
        BinaryPrimitives.WriteUInt16LittleEndian(idb.AsSpan(16), 14);
        BinaryPrimitives.WriteUInt16LittleEndian(idb.AsSpan(18), 8);
        BinaryPrimitives.WriteInt64LittleEndian(idb.AsSpan(20), 100);
        writer.WriteBlock(1, idb);
        byte[] epb = new byte[20 + 4];
        BinaryPrimitives.WriteUInt32LittleEndian(epb, 1);
        BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(8), 1024);
        BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(12), 4);
        BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(16), 4);
        writer.WriteBlock(6, epb);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        Assert.Empty(result.Problems);
        Assert.Equal(101_000_000_000, Assert.Single(result.Packets).UnixTimeNanoseconds);
    }

    [Fact]
    public void A_block_length_that_is_not_a_multiple_of_four_is_reported_at_its_field()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();
        int epb = ShbLength + IdbLength;
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(epb + 4), 30);

        CaptureReadResult result = CaptureReader.Read(file);

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.BadBlockLength, error.Kind);
        Assert.Equal(epb + 4, error.Offset);
        Assert.Empty(result.Packets);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void A_trailing_length_that_differs_is_reported_at_the_trailing_field()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();
        file[^4] ^= 0x40;

        CaptureError error = Assert.Single(CaptureReader.Read(file).Problems);

        Assert.Equal(CaptureErrorKind.BadBlockLength, error.Kind);
        Assert.Equal(file.Length - 4, error.Offset);
    }

    [Fact]
    public void A_block_cut_short_is_truncated_at_the_block_start()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();

        CaptureReadResult result = CaptureReader.Read(file[..^6]);

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.Truncated, error.Kind);
        Assert.Equal(ShbLength + IdbLength, error.Offset);
        Assert.Single(result.Interfaces);
    }

    [Fact]
    public void A_block_over_the_maximum_is_refused()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WritePacket(0, Udp);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray(), new CaptureLimits { MaxBlockBytes = 64 });

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.LengthOverLimit, error.Kind);
        Assert.Equal(ShbLength + IdbLength + 4, error.Offset);
    }

    [Fact]
    public void A_packet_of_an_undefined_interface_is_skipped_and_reported()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WritePacket(0, Udp);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();
        int epb = ShbLength + IdbLength;
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(epb + 8), 7);

        CaptureReadResult result = CaptureReader.Read(file);

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.UndefinedInterface, error.Kind);
        Assert.Equal(epb + 8, error.Offset);
        Assert.Single(result.Packets);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void A_captured_length_larger_than_its_block_is_reported()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();
        int epb = ShbLength + IdbLength;
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(epb + 20), 4096);

        CaptureError error = Assert.Single(CaptureReader.Read(file).Problems);

        Assert.Equal(CaptureErrorKind.BadPacketLength, error.Kind);
        Assert.Equal(epb + 20, error.Offset);
    }

    [Fact]
    public void A_section_header_with_a_wrong_byte_order_magic_is_not_a_capture()
    {
        byte[] file = new CaptureWriter(CaptureFormat.PcapNg).ToArray();
        file[8] = 0x00;

        CaptureError error = Assert.Single(CaptureReader.Read(file).Problems);

        Assert.Equal(CaptureErrorKind.NotACapture, error.Kind);
        Assert.Equal(8, error.Offset);
    }

    [Fact]
    public void An_unknown_link_type_is_reported_at_its_interface_description()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg, (LinkType)228);
        writer.WritePacket(0, [0x45]);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.UnsupportedLinkType, error.Kind);
        Assert.Equal(ShbLength + 8, error.Offset);
        Assert.Single(result.Packets);
    }

    [Fact]
    public void An_option_running_past_its_block_is_reported_and_the_interface_kept()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg);
        byte[] idb = new byte[8 + 4];
        BinaryPrimitives.WriteUInt16LittleEndian(idb, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(idb.AsSpan(8), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(idb.AsSpan(10), 200);
        writer.WriteBlock(1, idb);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.BadOption, error.Kind);
        Assert.Equal(ShbLength + IdbLength + 8 + 8 + 2, error.Offset);
        Assert.Equal(2, result.Interfaces.Count);
    }

    [Fact]
    public void Every_cut_of_a_file_gives_a_result_without_exception()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg, options: new CaptureWriterOptions { Nanoseconds = true });
        writer.WritePacket(0, Udp);
        writer.WriteSimplePacket(Udp);
        byte[] file = writer.ToArray();

        int padded = (Udp.Length + 3) & ~3;
        int[] boundaries = [0, ShbLength, ShbLength + IdbLength + 12, ShbLength + IdbLength + 12 + 32 + padded];
        for (int length = 1; length < file.Length; length++)
        {
            CaptureReadResult result = CaptureReader.Read(file[..length]);
            bool atBoundary = boundaries.Contains(length);
            Assert.Equal(atBoundary, result.IsComplete);
            Assert.Equal(length < boundaries[3] ? 0 : 1, result.Packets.Count);
            if (!atBoundary)
            {
                Assert.Equal(CaptureErrorKind.Truncated, Assert.Single(result.Problems).Kind);
            }
        }
    }
}
