using System.Collections.Generic;
using V2G.Exi;
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
public class DinBenchmarks : CodecBenchmark<DinDocument>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors =>
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

    /// <inheritdoc/>
    protected override string Family => "din";

    /// <inheritdoc/>
    protected override IExiCodec<DinDocument> Codec => DinCodec.Documents;
}
