using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 AC (shared/vectors/iso20-ac): encode into a preallocated buffer and decode the charging loop's
/// response, the message an AC charger sends most often.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class Iso20AcBenchmarks
{
    private const string Family = "iso20-ac";

    private AcDocument _document;
    private byte[] _exi = Array.Empty<byte>();
    private byte[] _buffer = Array.Empty<byte>();

    /// <summary>The benchmarked vectors.</summary>
    public static IEnumerable<string> Vectors =>
    [
        // BPT_Scheduled_AC_CLResControlMode, EVSEStatus, MeterInfo with a meter signature, Receipt with tax costs;
        // no header Signature (134 bytes).
        "AC_ChargeLoopRes-rand3",
    ];

    /// <summary>The vector under test (file base name).</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>Reads the vector: the message object from its XML, the reference bytes from its .exi.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = AcCodec.FromXml(VectorSource.ReadXml(Family, Vector));
        _exi = VectorSource.ReadExi(Family, Vector);
        _buffer = VectorSource.EncodeBuffer(_exi);

        // Sanity check, outside the measurement: the codec reproduces the reference stream.
        int written = AcCodec.Encode(_document, _buffer);
        if (!_buffer.AsSpan(0, written).SequenceEqual(_exi))
        {
            throw new InvalidOperationException(Vector + ": encoding the XML does not reproduce the .exi bytes");
        }
    }

    /// <summary>Encodes the message into the preallocated buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int Encode() => AcCodec.Encode(_document, _buffer);

    /// <summary>Decodes the reference EXI bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public AcDocument Decode() => AcCodec.Decode(_exi);
}
