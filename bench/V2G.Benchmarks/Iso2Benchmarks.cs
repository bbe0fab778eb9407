using System.Collections.Generic;
using V2G.Exi;
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
public class Iso2Benchmarks : CodecBenchmark<Iso2Document>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors =>
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

    /// <inheritdoc/>
    protected override string Family => "iso2";

    /// <inheritdoc/>
    protected override IExiCodec<Iso2Document> Codec => Iso2Codec.Documents;
}
