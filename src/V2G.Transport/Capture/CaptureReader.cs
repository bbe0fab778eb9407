using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;

namespace V2G.Transport.Capture;

/// <summary>
/// Reads classic pcap and pcapng capture files (format told by the first bytes). Bad input never throws: the result lists the
/// packets read and the problems met, each with its byte offset.
/// </summary>
public static class CaptureReader
{
    private const uint PcapNgSectionHeader = 0x0A0D0D0A;
    private const string ExpectedMagic =
        "a pcap magic (A1B2C3D4 or A1B23C4D, either byte order) or a pcapng Section Header Block (0A0D0D0A)";

    /// <summary>Reads a capture held in memory. Packet data refers to <paramref name="capture"/>, which is not copied.</summary>
    /// <param name="capture">The whole capture file.</param>
    /// <param name="limits">The length bounds; <see cref="CaptureLimits.Default"/> when null.</param>
    /// <returns>The packets and problems; when the format is unknown, no packets and a <see cref="CaptureErrorKind.NotACapture"/>.</returns>
    public static CaptureReadResult Read(ReadOnlyMemory<byte> capture, CaptureLimits? limits = null)
    {
        limits ??= CaptureLimits.Default;
        ReadOnlySpan<byte> span = capture.Span;
        if (span.Length < 4)
        {
            return Failed(new CaptureError(CaptureErrorKind.Truncated, 0, "magic number",
                string.Create(CultureInfo.InvariantCulture, $"{span.Length} bytes, a capture starts with at least 4")));
        }

        uint first = BinaryPrimitives.ReadUInt32LittleEndian(span);
        if (first == PcapNgSectionHeader)
        {
            return PcapNgParser.Parse(capture, limits);
        }

        if (PcapParser.IsPcapMagic(span))
        {
            return PcapParser.Parse(capture, limits);
        }

        return Failed(new CaptureError(CaptureErrorKind.NotACapture, 0, "magic number",
            string.Create(CultureInfo.InvariantCulture,
                $"0x{BinaryPrimitives.ReadUInt32BigEndian(span):X8}, expected {ExpectedMagic}")));
    }

    /// <summary>Reads a capture from bytes.</summary>
    /// <param name="capture">The whole capture file.</param>
    /// <param name="limits">The length bounds; <see cref="CaptureLimits.Default"/> when null.</param>
    /// <returns>The packets and problems.</returns>
    public static CaptureReadResult Read(byte[] capture, CaptureLimits? limits = null) =>
        Read(new ReadOnlyMemory<byte>(capture ?? throw new ArgumentNullException(nameof(capture))), limits);

    /// <summary>Reads a capture from a stream, up to <see cref="CaptureLimits.MaxCaptureBytes"/> bytes.</summary>
    /// <param name="stream">The stream, read from its current position to its end; not closed.</param>
    /// <param name="limits">The length bounds; <see cref="CaptureLimits.Default"/> when null.</param>
    /// <returns>The packets and problems; a larger stream gives <see cref="CaptureErrorKind.LengthOverLimit"/>, an I/O failure
    /// <see cref="CaptureErrorKind.ReadFailed"/>.</returns>
    public static CaptureReadResult Read(Stream stream, CaptureLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= CaptureLimits.Default;
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limits.MaxCaptureBytes)
                {
                    return Failed(new CaptureError(CaptureErrorKind.LengthOverLimit, limits.MaxCaptureBytes, "capture size",
                        string.Create(CultureInfo.InvariantCulture, $"the stream is larger than the maximum of {limits.MaxCaptureBytes} bytes")));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException e)
        {
            return Failed(new CaptureError(CaptureErrorKind.ReadFailed, buffer.Length, "stream", e.Message));
        }

        return Read(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), limits);
    }

    /// <summary>Reads a capture file from disk (through <see cref="Read(Stream, CaptureLimits?)"/>).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="limits">The length bounds; <see cref="CaptureLimits.Default"/> when null.</param>
    /// <returns>The packets and problems.</returns>
    /// <exception cref="IOException">The file cannot be opened (missing, a directory, no access).</exception>
    public static CaptureReadResult ReadFile(string path, CaptureLimits? limits = null)
    {
        using FileStream stream = File.OpenRead(path);
        return Read(stream, limits);
    }

    private static CaptureReadResult Failed(CaptureError error) =>
        new(null, [], [], [error]) { IsComplete = false };
}
