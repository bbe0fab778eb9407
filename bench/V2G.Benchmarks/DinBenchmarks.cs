using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using V2G.Messages.Din;

namespace V2G.Benchmarks;

/// <summary>
/// DIN 70121 V2G_Message (shared/vectors/din): encode into a preallocated buffer and decode, for one typical vector
/// of each benchmarked message kind.
/// </summary>
/// <remarks>
/// DIN 70121 has no Plug and Charge, so a DIN session never sends CertificateInstallationRes. Its schema still
/// declares the message (DinCodec handles it and shared/vectors/din has vectors of it), so it is measured here for
/// comparison with ISO 15118-2, with a signed vector of about the same size as the ISO one; the other messages use
/// vectors without a header Signature, as in a real DIN session.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class DinBenchmarks
{
    private const string Family = "din";

    private DinDocument _document;
    private byte[] _exi = Array.Empty<byte>();
    private byte[] _buffer = Array.Empty<byte>();

    /// <summary>The benchmarked vectors, one per message kind.</summary>
    public static IEnumerable<string> Vectors =>
    [
        // 8-byte SessionID, short EVCCID, no Notification (16 bytes).
        "SessionSetupReq-rand3",
        // Four SAScheduleTuples, two of them with a SalesTariff (494 bytes).
        "ChargeParameterDiscoveryRes-rep1",
        // The charging loop's request, with the optional limits and remaining times (44 bytes).
        "CurrentDemandReq-rand1",
        // Not used by DIN 70121 sessions (see remarks): header Signature, certificate chains, DHParams (1020 bytes).
        "CertificateInstallationRes-rep1",
    ];

    /// <summary>The vector under test (file base name).</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>Reads the vector: the message object from its XML, the reference bytes from its .exi.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = DinCodec.FromXml(VectorSource.ReadXml(Family, Vector));
        _exi = VectorSource.ReadExi(Family, Vector);
        _buffer = VectorSource.EncodeBuffer(_exi);

        // Sanity check, outside the measurement: the codec reproduces the reference stream.
        int written = DinCodec.Encode(_document, _buffer);
        if (!_buffer.AsSpan(0, written).SequenceEqual(_exi))
        {
            throw new InvalidOperationException(Vector + ": encoding the XML does not reproduce the .exi bytes");
        }
    }

    /// <summary>Encodes the message into the preallocated buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int Encode() => DinCodec.Encode(_document, _buffer);

    /// <summary>Decodes the reference EXI bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public DinDocument Decode() => DinCodec.Decode(_exi);
}
