using System;
using System.Buffers.Binary;

namespace V2G.Transport.Capture;

/// <summary>The 16-bit one's complement sum of IP, TCP and UDP headers (RFC 1071).</summary>
internal static class InternetChecksum
{
    public static uint Add(uint sum, ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        for (; i + 1 < bytes.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(bytes[i..]);
        }

        if (i < bytes.Length)
        {
            sum += (uint)bytes[i] << 8; // An odd last byte is padded with a zero byte.
        }

        return sum;
    }

    public static ushort Finish(uint sum)
    {
        while (sum > 0xFFFF)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }
}
