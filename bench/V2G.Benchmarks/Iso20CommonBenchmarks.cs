using System.Collections.Generic;
using V2G.Exi;
using V2G.Messages.Iso20;

namespace V2G.Benchmarks;

/// <summary>
/// ISO 15118-20 CommonMessages (shared/vectors/iso20-common): encode into a preallocated buffer and decode, for the
/// first message of every session and for a schedule with prices.
/// </summary>
/// <remarks>
/// The vectors are random but schema-valid; these two are close to real traffic in shape and size. A
/// ScheduleExchangeRes with price schedules is among the largest messages of a session that installs no
/// certificate.
/// </remarks>
public class Iso20CommonBenchmarks : CodecBenchmark<CommonMessagesDocument>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors =>
    [
        // 8-byte SessionID, 26-character EVCCID, no Signature (50 bytes).
        "SessionSetupReq-rand2",
        // Scheduled mode: one schedule tuple with an AbsolutePriceSchedule (price rules, overstay rules) and a
        // discharging schedule; header Signature, as when Plug and Charge signs the prices (1324 bytes).
        "ScheduleExchangeRes-rep1",
    ];

    /// <inheritdoc/>
    protected override string Family => "iso20-common";

    /// <inheritdoc/>
    protected override IExiCodec<CommonMessagesDocument> Codec => CommonMessagesCodec.Documents;
}
