using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using V2G.Messages.AppProtocol;

namespace V2G.Benchmarks;

/// <summary>
/// supportedAppProtocolReq/Res (shared/vectors/app-protocol): encode into a preallocated buffer and decode, per
/// vector. Template for the other families: one class per family, same shape.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class AppProtocolBenchmarks
{
    private const string Family = "app-protocol";

    private AppProtocolDocument _document;
    private byte[] _exi = Array.Empty<byte>();
    private byte[] _buffer = Array.Empty<byte>();

    /// <summary>The vector names of the family.</summary>
    public static IEnumerable<string> Vectors => VectorSource.Names(Family);

    /// <summary>The vector under test (file base name).</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>Reads the vector: the message object from its XML, the reference bytes from its .exi.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = AppProtocolCodec.FromXml(VectorSource.ReadXml(Family, Vector));
        _exi = VectorSource.ReadExi(Family, Vector);
        _buffer = VectorSource.EncodeBuffer(_exi);

        // Sanity check, outside the measurement: the codec reproduces the reference stream.
        int written = AppProtocolCodec.Encode(_document, _buffer);
        if (!_buffer.AsSpan(0, written).SequenceEqual(_exi))
        {
            throw new InvalidOperationException(Vector + ": encoding the XML does not reproduce the .exi bytes");
        }
    }

    /// <summary>Encodes the message into the preallocated buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int Encode() => AppProtocolCodec.Encode(_document, _buffer);

    /// <summary>Decodes the reference EXI bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public AppProtocolDocument Decode() => AppProtocolCodec.Decode(_exi);
}
