using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using V2G.Messages.Iso2;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-2 V2G_Message (shared/vectors/iso2): encode into a preallocated buffer and decode, for one typical
/// vector of each benchmarked message kind.
/// </summary>
/// <remarks>
/// Messages that are signed in a Plug and Charge session (ChargeParameterDiscoveryRes with a SalesTariff,
/// CertificateInstallationRes) use a vector with a header Signature; the others use one without.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class Iso2Benchmarks
{
    private const string Family = "iso2";

    private Iso2Document _document;
    private byte[] _exi = Array.Empty<byte>();
    private byte[] _buffer = Array.Empty<byte>();

    /// <summary>The benchmarked vectors, one per message kind.</summary>
    public static IEnumerable<string> Vectors =>
    [
        // 1-byte SessionID as in a first request, 6-byte EVCCID (14 bytes).
        "SessionSetupReq-rep2",
        // SAScheduleList with PMaxSchedule and a SalesTariff, header Signature (883 bytes).
        "ChargeParameterDiscoveryRes-rand3",
        // The charging loop's request, with the optional limits (43 bytes).
        "CurrentDemandReq-rand2",
        // Header Signature, both certificate chains, encrypted key, DH public key, eMAID (1034 bytes).
        "CertificateInstallationRes-rand4",
    ];

    /// <summary>The vector under test (file base name).</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>Reads the vector: the message object from its XML, the reference bytes from its .exi.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = Iso2Codec.FromXml(VectorSource.ReadXml(Family, Vector));
        _exi = VectorSource.ReadExi(Family, Vector);
        _buffer = VectorSource.EncodeBuffer(_exi);

        // Sanity check, outside the measurement: the codec reproduces the reference stream.
        int written = Iso2Codec.Encode(_document, _buffer);
        if (!_buffer.AsSpan(0, written).SequenceEqual(_exi))
        {
            throw new InvalidOperationException(Vector + ": encoding the XML does not reproduce the .exi bytes");
        }
    }

    /// <summary>Encodes the message into the preallocated buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int Encode() => Iso2Codec.Encode(_document, _buffer);

    /// <summary>Decodes the reference EXI bytes.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public Iso2Document Decode() => Iso2Codec.Decode(_exi);
}
