using static V2G.Cli.Demo.CodecSteps;

namespace V2G.Cli.Demo;

/// <summary>
/// The ISO 15118-2 session of <c>v2g demo</c>: the handshake, then a short DC session with external identification
/// (EIM). Extend it by adding steps here.
/// </summary>
internal static class Iso2SessionSteps
{
    /// <summary>The session.</summary>
    public static DemoSession Session { get; } = new(
        "ISO 15118-2 DC session",
        [
            "A 400 V car at a 150 kW charger, external identification (EIM).",
            "Handshake with --schema app-protocol, then 11 request/response pairs with --schema iso2.",
        ],
        [
            AppProtocol(
                "supportedAppProtocolReq: the EV offers ISO 15118-2 (SchemaID 2, priority 1) and DIN 70121 (SchemaID 1, priority 2)",
                () => AppProtocolSamples.Request()),
            AppProtocol(
                "supportedAppProtocolRes: the charger answers OK_SuccessfulNegotiation with SchemaID 2 (ISO 15118-2)",
                () => AppProtocolSamples.Response()),

            Iso2("SessionSetupReq: the EV (EVCCID = its modem's MAC) asks for a session; no session yet, so SessionID 00", Iso2SetupSamples.SessionSetupRequest),
            Iso2("SessionSetupRes: OK_NewSessionEstablished; the charger DE*A23*E45B78C*1 assigns SessionID 4A7C219E05B36D18", Iso2SetupSamples.SessionSetupResponse),
            Iso2("ServiceDiscoveryReq: the EV asks for EV charging services", Iso2SetupSamples.ServiceDiscoveryRequest),
            Iso2("ServiceDiscoveryRes: DC_extended charging (ServiceID 1), external payment only", Iso2SetupSamples.ServiceDiscoveryResponse),
            Iso2("PaymentServiceSelectionReq: the EV selects ExternalPayment and ServiceID 1", Iso2SetupSamples.PaymentServiceSelectionRequest),
            Iso2("PaymentServiceSelectionRes: OK", Iso2SetupSamples.PaymentServiceSelectionResponse),
            Iso2("AuthorizationReq: EIM, so no challenge; the user identifies at the charger", Iso2SetupSamples.AuthorizationRequest),
            Iso2("AuthorizationRes: the user's card was accepted, EVSEProcessing Finished", Iso2SetupSamples.AuthorizationResponse),
            Iso2("ChargeParameterDiscoveryReq: DC limits 420 V / 250 A / 100 kW, 77 kWh battery at 30 %, needs 54 kWh", Iso2ChargeParameterSamples.Request),
            Iso2("ChargeParameterDiscoveryRes: charger limits 150-920 V / 200 A / 150 kW, schedule 1 (150 kW, two price levels)", Iso2ChargeParameterSamples.Response),
            Iso2("CableCheckReq: the EV is ready for the isolation test", Iso2PreparationSamples.CableCheckRequest),
            Iso2("CableCheckRes: isolation Valid, EVSEProcessing Finished", Iso2PreparationSamples.CableCheckResponse),
            Iso2("PreChargeReq: the EV asks for its battery voltage, 372.4 V, at 2 A", Iso2PreparationSamples.PreChargeRequest),
            Iso2("PreChargeRes: the charger's output is at 372.1 V", Iso2PreparationSamples.PreChargeResponse),
            Iso2("PowerDeliveryReq: ChargeProgress Start on schedule 1, profile capped at 100 kW", Iso2ChargingSamples.PowerDeliveryStartRequest),
            Iso2("PowerDeliveryRes: OK, the EV may close its contactors", Iso2ChargingSamples.PowerDeliveryStartResponse),
            Iso2("CurrentDemandReq: at 46 % the EV asks for 200 A (up to 420 V); bulk in 23 min, full in 42 min", Iso2ChargingSamples.CurrentDemandRequest),
            Iso2("CurrentDemandRes: the charger delivers 199.6 A at 386.2 V; meter at 12850 Wh", Iso2ChargingSamples.CurrentDemandResponse),
            Iso2("PowerDeliveryReq: ChargeProgress Stop at 80 %, charging complete", Iso2StopSamples.PowerDeliveryStopRequest),
            Iso2("PowerDeliveryRes: OK, the output is off", Iso2StopSamples.PowerDeliveryStopResponse),
            Iso2("SessionStopReq: the EV terminates the session", Iso2StopSamples.SessionStopRequest),
            Iso2("SessionStopRes: OK", Iso2StopSamples.SessionStopResponse),
        ]);
}
