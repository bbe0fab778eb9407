using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace V2G.Transport.V2gtp;

/// <summary>
/// The 8-byte V2GTP header (ISO 15118-2 7.8.3, DIN 70121 8.7.3, ISO 15118-20 V2GTP): protocol version, its bitwise
/// inverse, payload type (uint16, big-endian) and payload length (uint32, big-endian).
/// </summary>
public readonly record struct V2gtpHeader
{
    /// <summary>The header size in bytes.</summary>
    public const int Size = 8;

    /// <summary>The only protocol version defined (ISO 15118-2 Table 9, ISO 15118-20, DIN 70121).</summary>
    public const byte ProtocolVersion = 0x01;

    /// <summary>The inverse protocol version: the bitwise complement of <see cref="ProtocolVersion"/>.</summary>
    public const byte InverseProtocolVersion = 0xFE;

    /// <summary>Creates a header for a payload of the given type and length.</summary>
    /// <param name="payloadType">The payload type.</param>
    /// <param name="payloadLength">The payload length in bytes.</param>
    public V2gtpHeader(V2gtpPayloadType payloadType, uint payloadLength)
    {
        PayloadType = payloadType;
        PayloadLength = payloadLength;
    }

    /// <summary>The payload type.</summary>
    public V2gtpPayloadType PayloadType { get; }

    /// <summary>The payload length in bytes, as declared by the header.</summary>
    public uint PayloadLength { get; }

    /// <summary>
    /// Reads and checks a header from the first 8 bytes of <paramref name="source"/> (further bytes are ignored).
    /// </summary>
    /// <param name="source">The input, starting at the header.</param>
    /// <param name="options">Bounds and strictness; <see langword="null"/> for <see cref="V2gtpReaderOptions.Default"/>.</param>
    /// <param name="header">The header read, or <see langword="default"/> on failure.</param>
    /// <param name="error">Why the header is not acceptable (including <see cref="V2gtpErrorKind.TruncatedHeader"/>).</param>
    /// <returns>Whether a valid header was read.</returns>
    public static bool TryRead(
        ReadOnlySpan<byte> source, V2gtpReaderOptions? options, out V2gtpHeader header, [NotNullWhen(false)] out V2gtpError? error)
    {
        var status = V2gtpHeaderCheck.Check(source, options ?? V2gtpReaderOptions.Default, 0, out header, out error);
        if (status == V2gtpHeaderCheck.Status.NeedMoreData)
        {
            error = V2gtpHeaderCheck.TruncatedHeader(source.Length, 0);
        }

        return status == V2gtpHeaderCheck.Status.Valid;
    }

    /// <summary>Writes the header into the first 8 bytes of <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="bytesWritten">8 on success, 0 otherwise.</param>
    /// <returns>Whether the destination had room for the header.</returns>
    public bool TryWrite(Span<byte> destination, out int bytesWritten)
    {
        if (destination.Length < Size)
        {
            bytesWritten = 0;
            return false;
        }

        destination[0] = ProtocolVersion;
        destination[1] = InverseProtocolVersion;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], PayloadType.Value);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], PayloadLength);
        bytesWritten = Size;
        return true;
    }

    /// <summary>The header as a new 8-byte array.</summary>
    /// <returns>The encoded header.</returns>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        TryWrite(bytes, out _);
        return bytes;
    }

    /// <summary>The header as <c>V2GTP 0x8001 (Exi), 42 bytes</c>.</summary>
    public override string ToString() => $"V2GTP {PayloadType}, {PayloadLength} bytes";
}
