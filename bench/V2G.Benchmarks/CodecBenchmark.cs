using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using V2G.Exi;

namespace V2G.Benchmarks;

/// <summary>
/// Encode into a preallocated buffer and decode, per vector of one family: the shape every family's benchmark
/// class shares. A derived class names the family, its vectors and the codec's three methods.
/// </summary>
/// <typeparam name="TDocument">The codec's document type.</typeparam>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public abstract class CodecBenchmark<TDocument>
    where TDocument : struct
{
    private TDocument _document;
    private byte[] _exi = Array.Empty<byte>();
    private byte[] _buffer = Array.Empty<byte>();

    /// <summary>The benchmarked vectors (file base names in the family folder).</summary>
    public abstract IEnumerable<string> Vectors { get; }

    /// <summary>The vector under test.</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>The family folder under shared/vectors.</summary>
    protected abstract string Family { get; }

    /// <summary>The codec's documents (<c>XCodec.Documents</c>).</summary>
    protected abstract IExiCodec<TDocument> Codec { get; }

    /// <summary>Reads the vector: the message object from its XML, the reference bytes from its .exi.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = Codec.FromXml(VectorSource.ReadXml(Family, Vector));
        _exi = VectorSource.ReadExi(Family, Vector);
        _buffer = VectorSource.EncodeBuffer(_exi);

        // Sanity check, outside the measurement: the codec reproduces the reference stream.
        int written = Codec.Encode(_document, _buffer);
        if (!_buffer.AsSpan(0, written).SequenceEqual(_exi))
        {
            throw new InvalidOperationException(Family + "/" + Vector + ": encoding the XML does not reproduce the .exi bytes");
        }
    }

    /// <summary>Encodes the message into the preallocated buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int Encode() => Codec.Encode(_document, _buffer);

    /// <summary>Decodes the reference EXI bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public TDocument Decode() => Codec.Decode(_exi, ExiDecodeOptions.Default, out _);
}
