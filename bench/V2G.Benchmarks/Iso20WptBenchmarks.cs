using System.Collections.Generic;
using V2G.Exi;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 WPT (shared/vectors/iso20-wpt): encode into a preallocated buffer and decode the request the car
/// repeats while it aligns over the ground pad.
/// </summary>
public class Iso20WptBenchmarks : CodecBenchmark<WptDocument>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors =>
    [
        // Vendor-specific data containers and one low-frequency data package, no Signature (60 bytes).
        "WPT_FinePositioningReq-rand3",
    ];

    /// <inheritdoc/>
    protected override string Family => "iso20-wpt";

    /// <inheritdoc/>
    protected override IExiCodec<WptDocument> Codec => WptCodec.Documents;
}
