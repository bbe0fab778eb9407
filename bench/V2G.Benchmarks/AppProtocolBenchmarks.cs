using System.Collections.Generic;
using V2G.Exi;
using V2G.Messages.AppProtocol;

namespace V2G.Benchmarks;

/// <summary>
/// supportedAppProtocolReq/Res (shared/vectors/app-protocol): encode into a preallocated buffer and decode, per
/// vector.
/// </summary>
public class AppProtocolBenchmarks : CodecBenchmark<AppProtocolDocument>
{
    /// <inheritdoc/>
    public override IEnumerable<string> Vectors => VectorSource.Names(Family);

    /// <inheritdoc/>
    protected override string Family => "app-protocol";

    /// <inheritdoc/>
    protected override IExiCodec<AppProtocolDocument> Codec => AppProtocolCodec.Documents;
}
