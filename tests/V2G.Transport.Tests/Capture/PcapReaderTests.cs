using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using V2G.Transport.Capture;
using Xunit;

namespace V2G.Transport.Tests.Capture;

public sealed class PcapReaderTests
{
    private static readonly byte[] Udp = PacketBuilder.Udp(Endpoints.Ev6, Endpoints.Evse6, [0x01, 0xFE, 0x90, 0x00]);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Reads_packets_in_either_byte_order_and_timestamp_unit(bool bigEndian, bool nanoseconds)
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap, options: new CaptureWriterOptions { BigEndian = bigEndian, Nanoseconds = nanoseconds });
        writer.WritePacket(1_700_000_000_123_456_789, Udp);
        writer.WritePacket(1_700_000_001_000_000_000, [1, 2, 3]);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        Assert.True(result.IsComplete);
        Assert.Empty(result.Problems);
        Assert.Equal(CaptureFormat.Pcap, result.Format);
        Assert.Equal(2, result.Packets.Count);
        Assert.Equal(Udp, result.Packets[0].Data.ToArray());
        Assert.Equal(nanoseconds ? 1_700_000_000_123_456_789 : 1_700_000_000_123_456_000, result.Packets[0].UnixTimeNanoseconds);
        Assert.Equal(LinkType.Ethernet, result.Packets[0].LinkType);
        Assert.Equal(24 + 16, result.Packets[0].DataOffset);
        Assert.Equal(1_700_000_001.0, result.Packets[1].EpochSeconds);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_001), result.Packets[1].Timestamp);
    }

    [Theory]
    [InlineData(LinkType.LinuxSll)]
    [InlineData(LinkType.LinuxSll2)]
    [InlineData(LinkType.RawIp)]
    public void Carries_the_link_type_of_the_file_header(LinkType linkType)
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap, linkType);
        writer.WritePacket(0, PacketBuilder.Udp(Endpoints.Ev4, Endpoints.Evse4, [9], new PacketLayout { LinkType = linkType }));

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        Assert.Equal(linkType, Assert.Single(result.Packets).LinkType);
        Assert.Equal(linkType, Assert.Single(result.Interfaces).LinkType);
    }

    [Fact]
    public void A_packet_cut_by_the_snapshot_length_is_marked_truncated()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap, options: new CaptureWriterOptions { SnapLength = 40 });
        writer.WritePacket(0, Udp);

        CapturedPacket packet = Assert.Single(CaptureReader.Read(writer.ToArray()).Packets);

        Assert.True(packet.IsTruncated);
        Assert.Equal(40, packet.Data.Length);
        Assert.Equal(Udp.Length, packet.OriginalLength);
    }

    [Fact]
    public void Garbage_is_not_a_capture()
    {
        CaptureReadResult result = CaptureReader.Read("GET / HTTP/1.1\r\n"u8.ToArray());

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.NotACapture, error.Kind);
        Assert.Equal(0, error.Offset);
        Assert.Null(result.Format);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void A_file_shorter_than_a_magic_number_is_truncated()
    {
        CaptureError error = Assert.Single(CaptureReader.Read(new byte[] { 0xD4, 0xC3 }).Problems);

        Assert.Equal(CaptureErrorKind.Truncated, error.Kind);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void A_file_header_cut_short_is_truncated()
    {
        byte[] file = new CaptureWriter(CaptureFormat.Pcap).ToArray()[..20];

        CaptureError error = Assert.Single(CaptureReader.Read(file).Problems);

        Assert.Equal(CaptureErrorKind.Truncated, error.Kind);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void A_record_cut_short_keeps_the_packets_before_it_and_reports_the_record_offset()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        writer.WritePacket(0, Udp);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();
        int secondRecord = 24 + 16 + Udp.Length;

        CaptureReadResult result = CaptureReader.Read(file[..(file.Length - 5)]);

        Assert.Single(result.Packets);
        Assert.False(result.IsComplete);
        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.Truncated, error.Kind);
        Assert.Equal(secondRecord, error.Offset);
    }

    [Fact]
    public void A_record_header_cut_short_is_truncated_at_its_offset()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        writer.WritePacket(0, Udp);
        byte[] file = [.. writer.ToArray(), 1, 2, 3];

        CaptureError error = Assert.Single(CaptureReader.Read(file).Problems);

        Assert.Equal(CaptureErrorKind.Truncated, error.Kind);
        Assert.Equal(24 + 16 + Udp.Length, error.Offset);
    }

    [Fact]
    public void A_captured_length_over_the_maximum_is_refused_before_reading_it()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(24 + 8), 0x7FFF_FFFF);

        CaptureReadResult result = CaptureReader.Read(file);

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.LengthOverLimit, error.Kind);
        Assert.Equal(24 + 8, error.Offset);
        Assert.Empty(result.Packets);
    }

    [Fact]
    public void The_packet_maximum_is_configurable()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        writer.WritePacket(0, Udp);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray(), new CaptureLimits { MaxPacketBytes = Udp.Length - 1 });

        Assert.Equal(CaptureErrorKind.LengthOverLimit, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void An_unknown_link_type_is_reported_at_the_header_field_and_its_packets_kept()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap, (LinkType)147);
        writer.WritePacket(0, [1, 2, 3, 4]);

        CaptureReadResult result = CaptureReader.Read(writer.ToArray());

        CaptureError error = Assert.Single(result.Problems);
        Assert.Equal(CaptureErrorKind.UnsupportedLinkType, error.Kind);
        Assert.Equal(20, error.Offset);
        Assert.Single(result.Packets);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void A_wrong_major_version_is_unsupported()
    {
        byte[] file = new CaptureWriter(CaptureFormat.Pcap).ToArray();
        file[4] = 3;

        CaptureError error = Assert.Single(CaptureReader.Read(file).Problems);

        Assert.Equal(CaptureErrorKind.UnsupportedVersion, error.Kind);
        Assert.Equal(4, error.Offset);
    }

    [Fact]
    public void A_stream_reads_like_bytes_and_a_too_large_stream_is_refused()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();

        CaptureReadResult fromStream = CaptureReader.Read(new MemoryStream(file));
        CaptureReadResult tooLarge = CaptureReader.Read(new MemoryStream(file), new CaptureLimits { MaxCaptureBytes = file.Length - 1 });

        Assert.Equal(Udp, Assert.Single(fromStream.Packets).Data.ToArray());
        Assert.Equal(CaptureErrorKind.LengthOverLimit, Assert.Single(tooLarge.Problems).Kind);
    }

    [Fact]
    public void Every_cut_of_a_file_gives_a_result_without_exception()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        writer.WritePacket(0, Udp);
        writer.WritePacket(0, Udp);
        byte[] file = writer.ToArray();

        int record = 16 + Udp.Length;
        for (int length = 0; length < file.Length; length++)
        {
            CaptureReadResult result = CaptureReader.Read(file[..length]);
            bool atBoundary = length == 24 || length == 24 + record;
            Assert.Equal(atBoundary, result.IsComplete);
            Assert.Equal(length < 24 + record ? 0 : 1, result.Packets.Count);
            if (!atBoundary)
            {
                Assert.Equal(CaptureErrorKind.Truncated, Assert.Single(result.Problems).Kind);
            }
        }
    }
}
