using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 CommonMessages (shared/vectors/iso20-common): encode into a preallocated buffer and decode, for the
/// first message of every session and for a schedule with prices.
/// </summary>
/// <remarks>
/// The vectors are random but schema-valid; these two are close to real traffic in shape and size. A
/// ScheduleExchangeRes with price schedules is among the largest messages of a session that installs no
/// certificate.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class Iso20CommonBenchmarks
{
    private const string Family = "iso20-common";

    private CommonMessagesDocument _document;
    private byte[] _exi = Array.Empty<byte>();
    private byte[] _buffer = Array.Empty<byte>();

    /// <summary>The benchmarked vectors.</summary>
    public static IEnumerable<string> Vectors =>
    [
        // 8-byte SessionID, 26-character EVCCID, no Signature (50 bytes).
        "SessionSetupReq-rand2",
        // Scheduled mode: one schedule tuple with an AbsolutePriceSchedule (price rules, overstay rules) and a
        // discharging schedule; header Signature, as when Plug and Charge signs the prices (1324 bytes).
        "ScheduleExchangeRes-rep1",
    ];

    /// <summary>The vector under test (file base name).</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>Reads the vector: the message object from its XML, the reference bytes from its .exi.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = CommonMessagesCodec.FromXml(VectorSource.ReadXml(Family, Vector));
        _exi = VectorSource.ReadExi(Family, Vector);
        _buffer = VectorSource.EncodeBuffer(_exi);

        // Sanity check, outside the measurement: the codec reproduces the reference stream.
        int written = CommonMessagesCodec.Encode(_document, _buffer);
        if (!_buffer.AsSpan(0, written).SequenceEqual(_exi))
        {
            throw new InvalidOperationException(Vector + ": encoding the XML does not reproduce the .exi bytes");
        }
    }

    /// <summary>Encodes the message into the preallocated buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int Encode() => CommonMessagesCodec.Encode(_document, _buffer);

    /// <summary>Decodes the reference EXI bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public CommonMessagesDocument Decode() => CommonMessagesCodec.Decode(_exi);
}
