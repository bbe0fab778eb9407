using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 DC (shared/vectors/iso20-dc): encode into a preallocated buffer and decode the charging loop's
/// request, the message a DC session sends most often.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class Iso20DcBenchmarks
{
    private const string Family = "iso20-dc";

    private DcDocument _document;
    private byte[] _exi = Array.Empty<byte>();
    private byte[] _buffer = Array.Empty<byte>();

    /// <summary>The benchmarked vectors.</summary>
    public static IEnumerable<string> Vectors =>
    [
        // Dynamic_DC_CLReqControlMode with all its limits, no DisplayParameters, no Signature (68 bytes).
        "DC_ChargeLoopReq-rep2",
    ];

    /// <summary>The vector under test (file base name).</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>Reads the vector: the message object from its XML, the reference bytes from its .exi.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = DcCodec.FromXml(VectorSource.ReadXml(Family, Vector));
        _exi = VectorSource.ReadExi(Family, Vector);
        _buffer = VectorSource.EncodeBuffer(_exi);

        // Sanity check, outside the measurement: the codec reproduces the reference stream.
        int written = DcCodec.Encode(_document, _buffer);
        if (!_buffer.AsSpan(0, written).SequenceEqual(_exi))
        {
            throw new InvalidOperationException(Vector + ": encoding the XML does not reproduce the .exi bytes");
        }
    }

    /// <summary>Encodes the message into the preallocated buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int Encode() => DcCodec.Encode(_document, _buffer);

    /// <summary>Decodes the reference EXI bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public DcDocument Decode() => DcCodec.Decode(_exi);
}
