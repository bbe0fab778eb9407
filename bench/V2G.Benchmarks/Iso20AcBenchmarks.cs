using System.Collections.Generic;
using V2G.Exi;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 AC (shared/vectors/iso20-ac): encode into a preallocated buffer and decode the charging loop's
/// response, the message an AC charger sends most often.
/// </summary>
public class Iso20AcBenchmarks : CodecBenchmark<AcDocument>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors =>
    [
        // BPT_Scheduled_AC_CLResControlMode, EVSEStatus, MeterInfo with a meter signature, Receipt with tax costs;
        // no header Signature (134 bytes).
        "AC_ChargeLoopRes-rand3",
    ];

    /// <inheritdoc/>
    protected override string Family => "iso20-ac";

    /// <inheritdoc/>
    protected override IExiCodec<AcDocument> Codec => AcCodec.Documents;
}
