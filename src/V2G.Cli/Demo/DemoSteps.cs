using System.Collections.Generic;
using V2G.Messages.AppProtocol;

namespace V2G.Cli.Demo;

/// <summary>The steps of <c>v2g demo</c>, in order. Extend the demo by adding steps here.</summary>
internal static class DemoSteps
{
    /// <summary>Every step.</summary>
    public static IReadOnlyList<IDemoStep> All { get; } =
    [
        new RoundTripStep(
            "supportedAppProtocolReq: the EV offers DIN 70121 (SchemaID 1, priority 1) and ISO 15118-2 (SchemaID 2, priority 2)",
            "app-protocol",
            () => AppProtocolCodec.Encode(AppProtocolSamples.Request())),
        new RoundTripStep(
            "supportedAppProtocolRes: the charger answers OK_SuccessfulNegotiation with SchemaID 1 (DIN 70121)",
            "app-protocol",
            () => AppProtocolCodec.Encode(AppProtocolSamples.Response())),
    ];
}
