using System;
using System.Collections.Generic;
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
    protected override AppProtocolDocument FromXml(string xml) => AppProtocolCodec.FromXml(xml);

    /// <inheritdoc/>
    protected override int EncodeInto(AppProtocolDocument document, Span<byte> destination) => AppProtocolCodec.Encode(document, destination);

    /// <inheritdoc/>
    protected override AppProtocolDocument DecodeFrom(ReadOnlySpan<byte> exi) => AppProtocolCodec.Decode(exi);
}
