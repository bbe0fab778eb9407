using System.Collections.Generic;
using V2G.Exi;
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
    protected override IExiCodec<AcdpDocument> Codec => AcdpCodec.Documents;
}
