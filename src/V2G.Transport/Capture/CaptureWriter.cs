using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;

namespace V2G.Transport.Capture;

/// <summary>
/// Writes small pcap or pcapng files in memory, for tests: one interface for pcap, any number for pcapng (a Section Header
/// Block, then Interface Description Blocks as interfaces are added, then Enhanced or Simple Packet Blocks).
/// </summary>
public sealed class CaptureWriter
{
    private readonly MemoryStream output = new();
    private readonly CaptureWriterOptions options;
    private readonly List<LinkType> interfaces = [];

    /// <summary>Starts a capture with one interface (id 0).</summary>
    /// <param name="format">The file format.</param>
    /// <param name="linkType">The link type of interface 0.</param>
    /// <param name="options">Byte order, timestamp unit and snapshot length; defaults when null.</param>
    public CaptureWriter(CaptureFormat format, LinkType linkType = LinkType.Ethernet, CaptureWriterOptions? options = null)
    {
        Format = format;
        this.options = options ?? new CaptureWriterOptions();
        if (format == CaptureFormat.Pcap)
        {
            Span<byte> header = stackalloc byte[24];
            U32(header, this.options.Nanoseconds ? 0xA1B23C4Du : 0xA1B2C3D4u);
            U16(header[4..], 2);
            U16(header[6..], 4);
            U32(header[16..], (uint)this.options.SnapLength);
            U32(header[20..], (uint)linkType);
            output.Write(header);
            interfaces.Add(linkType);
        }
        else
        {
            // SHB body: byte-order magic, version 1.0, section length -1 (not given).
            byte[] body = new byte[16];
            U32(body, 0x1A2B3C4D);
            U16(body.AsSpan(4), 1);
            BinaryPrimitives.WriteInt64LittleEndian(body.AsSpan(8), -1);
            WriteBlock(0x0A0D0D0A, body);
            AddInterface(linkType);
        }
    }

    /// <summary>The file format being written.</summary>
    public CaptureFormat Format { get; }

    /// <summary>Adds a pcapng interface.</summary>
    /// <param name="linkType">Its link type.</param>
    /// <returns>Its interface id.</returns>
    /// <exception cref="InvalidOperationException">The format is classic pcap, which has one interface.</exception>
    public int AddInterface(LinkType linkType)
    {
        if (Format == CaptureFormat.Pcap)
        {
            throw new InvalidOperationException("A classic pcap file has exactly one interface.");
        }

        // IDB: link type, reserved, snaplen; an if_tsresol option (code 9) for nanoseconds, then opt_endofopt.
        byte[] body = new byte[options.Nanoseconds ? 20 : 8];
        U16(body, (ushort)linkType);
        U32(body.AsSpan(4), (uint)options.SnapLength);
        if (options.Nanoseconds)
        {
            U16(body.AsSpan(8), 9);
            U16(body.AsSpan(10), 1);
            body[12] = 9;
        }

        WriteBlock(1, body);
        interfaces.Add(linkType);
        return interfaces.Count - 1;
    }

    /// <summary>Writes a packet.</summary>
    /// <param name="time">Its capture time.</param>
    /// <param name="packet">Its bytes, starting with the link header; cut to the snapshot length.</param>
    /// <param name="interfaceId">The interface (pcapng; 0 for pcap).</param>
    public void WritePacket(DateTimeOffset time, ReadOnlySpan<byte> packet, int interfaceId = 0) =>
        WritePacket((time - DateTimeOffset.UnixEpoch).Ticks * 100, packet, interfaceId);

    /// <summary>Writes a packet.</summary>
    /// <param name="unixTimeNanoseconds">Its capture time in nanoseconds since 1970-01-01 UTC (kept to the file's unit).</param>
    /// <param name="packet">Its bytes, starting with the link header; cut to the snapshot length.</param>
    /// <param name="interfaceId">The interface (pcapng; 0 for pcap).</param>
    /// <exception cref="ArgumentOutOfRangeException">The interface is not defined.</exception>
    public void WritePacket(long unixTimeNanoseconds, ReadOnlySpan<byte> packet, int interfaceId = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(interfaceId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(interfaceId, interfaces.Count);
        ReadOnlySpan<byte> captured = packet[..Math.Min(packet.Length, options.SnapLength)];
        long units = options.Nanoseconds ? unixTimeNanoseconds : unixTimeNanoseconds / 1000;
        if (Format == CaptureFormat.Pcap)
        {
            Span<byte> header = stackalloc byte[16];
            long perSecond = options.Nanoseconds ? 1_000_000_000 : 1_000_000;
            U32(header, (uint)(units / perSecond));
            U32(header[4..], (uint)(units % perSecond));
            U32(header[8..], (uint)captured.Length);
            U32(header[12..], (uint)packet.Length);
            output.Write(header);
            output.Write(captured);
            return;
        }

        // EPB: interface id, timestamp high and low 32 bits, captured and original length, data padded to 32 bits.
        byte[] body = new byte[20 + Pad(captured.Length)];
        U32(body, (uint)interfaceId);
        U32(body.AsSpan(4), (uint)((ulong)units >> 32));
        U32(body.AsSpan(8), (uint)units);
        U32(body.AsSpan(12), (uint)captured.Length);
        U32(body.AsSpan(16), (uint)packet.Length);
        captured.CopyTo(body.AsSpan(20));
        WriteBlock(6, body);
    }

    /// <summary>Writes a pcapng Simple Packet Block (no timestamp, interface 0).</summary>
    /// <param name="packet">The packet's bytes, cut to the snapshot length.</param>
    /// <exception cref="InvalidOperationException">The format is classic pcap.</exception>
    public void WriteSimplePacket(ReadOnlySpan<byte> packet)
    {
        RequirePcapNg();
        ReadOnlySpan<byte> captured = packet[..Math.Min(packet.Length, options.SnapLength)];
        byte[] body = new byte[4 + Pad(captured.Length)];
        U32(body, (uint)packet.Length);
        captured.CopyTo(body.AsSpan(4));
        WriteBlock(3, body);
    }

    /// <summary>Writes a pcapng block of any type (readers skip types they do not know).</summary>
    /// <param name="type">The block type.</param>
    /// <param name="body">The body, padded here to 32 bits.</param>
    /// <exception cref="InvalidOperationException">The format is classic pcap.</exception>
    public void WriteBlock(uint type, ReadOnlySpan<byte> body)
    {
        RequirePcapNg();
        int length = 12 + Pad(body.Length);
        Span<byte> word = stackalloc byte[4];
        U32(word, type);
        output.Write(word);
        U32(word, (uint)length);
        output.Write(word);
        output.Write(body);
        output.Write(new byte[Pad(body.Length) - body.Length]);
        output.Write(word);
    }

    /// <summary>The file written so far.</summary>
    /// <returns>A copy of its bytes.</returns>
    public byte[] ToArray() => output.ToArray();

    private static int Pad(int length) => (length + 3) & ~3;

    private void RequirePcapNg()
    {
        if (Format != CaptureFormat.PcapNg)
        {
            throw new InvalidOperationException("Blocks exist only in pcapng.");
        }
    }

    private void U16(Span<byte> target, ushort value)
    {
        if (options.BigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(target, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(target, value);
        }
    }

    private void U32(Span<byte> target, uint value)
    {
        if (options.BigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(target, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(target, value);
        }
    }
}
