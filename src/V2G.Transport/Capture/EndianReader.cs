using System;
using System.Buffers.Binary;

namespace V2G.Transport.Capture;

/// <summary>Reads integers in the byte order a capture file declares (pcap: by its magic; pcapng: per section).</summary>
internal readonly struct EndianReader(bool bigEndian)
{
    public bool BigEndian { get; } = bigEndian;

    public ushort U16(ReadOnlySpan<byte> s) => BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);

    public uint U32(ReadOnlySpan<byte> s) => BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);

    public long I64(ReadOnlySpan<byte> s) => BigEndian ? BinaryPrimitives.ReadInt64BigEndian(s) : BinaryPrimitives.ReadInt64LittleEndian(s);
}
