using System.Collections.Generic;
using V2G.Exi;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 DC (shared/vectors/iso20-dc): encode into a preallocated buffer and decode the charging loop's
/// request, the message a DC session sends most often.
/// </summary>
public class Iso20DcBenchmarks : CodecBenchmark<DcDocument>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors =>
    [
        // Dynamic_DC_CLReqControlMode with all its limits, no DisplayParameters, no Signature (68 bytes).
        "DC_ChargeLoopReq-rep2",
    ];

    /// <inheritdoc/>
    protected override string Family => "iso20-dc";

    /// <inheritdoc/>
    protected override IExiCodec<DcDocument> Codec => DcCodec.Documents;
}
