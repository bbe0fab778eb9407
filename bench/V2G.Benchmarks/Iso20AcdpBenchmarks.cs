using System;
using System.Collections.Generic;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 ACDP (shared/vectors/iso20-acdp): encode into a preallocated buffer and decode the request the car
/// repeats while it positions under the pantograph.
/// </summary>
public class Iso20AcdpBenchmarks : CodecBenchmark<AcdpDocument>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors =>
    [
        // The header and the message's only content, two flags; no Signature (23 bytes).
        "ACDP_VehiclePositioningReq-rand2",
    ];

    /// <inheritdoc/>
    protected override string Family => "iso20-acdp";

    /// <inheritdoc/>
    protected override AcdpDocument FromXml(string xml) => AcdpCodec.FromXml(xml);

    /// <inheritdoc/>
    protected override int EncodeInto(AcdpDocument document, Span<byte> destination) => AcdpCodec.Encode(document, destination);

    /// <inheritdoc/>
    protected override AcdpDocument DecodeFrom(ReadOnlySpan<byte> exi) => AcdpCodec.Decode(exi);
}
