using static V2G.Cli.Demo.CodecSteps;

namespace V2G.Cli.Demo;

/// <summary>
/// The ISO 15118-20 session of <c>v2g demo</c>: the handshake, then a DC session with external identification (EIM)
/// in scheduled control mode. CommonMessages are encoded with <c>iso20-common</c>, the DC messages with
/// <c>iso20-dc</c>. Extend it by adding steps here.
/// </summary>
internal static class Iso20SessionSteps
{
    /// <summary>The session.</summary>
    public static DemoSession Session { get; } = new(
        "ISO 15118-20 DC session",
        [
            "An 800 V car at the same 150 kW charger, external identification (EIM), scheduled control mode.",
            "Handshake with --schema app-protocol, then 15 request/response pairs: CommonMessages with",
            "--schema iso20-common, DC_* messages with --schema iso20-dc.",
        ],
        [
            AppProtocol(
                "supportedAppProtocolReq: the EV offers ISO 15118-20 DC (SchemaID 1, priority 1) and ISO 15118-2 (SchemaID 2, priority 2)",
                () => AppProtocolSamples.Iso20DcRequest()),
            AppProtocol(
                "supportedAppProtocolRes: the charger answers OK_SuccessfulNegotiation with SchemaID 1 (ISO 15118-20 DC)",
                () => AppProtocolSamples.Iso20DcResponse()),

            Iso20Common(
                "SessionSetupReq: the EV (EVCCID = its VIN) asks for a session; no session yet, so SessionID 0000000000000000",
                () => Iso20SetupSamples.SessionSetupRequest()),
            Iso20Common(
                "SessionSetupRes: OK_NewSessionEstablished; the charger DE*A23*E45B78C*1 assigns SessionID 9C2F61D83A05E741",
                () => Iso20SetupSamples.SessionSetupResponse()),
            Iso20Common("AuthorizationSetupReq: the EV asks how it can be authorized", () => Iso20SetupSamples.AuthorizationSetupRequest()),
            Iso20Common("AuthorizationSetupRes: EIM only, no certificate installation", () => Iso20SetupSamples.AuthorizationSetupResponse()),
            Iso20Common("AuthorizationReq: the EV selects EIM; the user identifies at the charger", () => Iso20SetupSamples.AuthorizationRequest()),
            Iso20Common("AuthorizationRes: the user's card was accepted, EVSEProcessing Finished", () => Iso20SetupSamples.AuthorizationResponse()),
            Iso20Common("ServiceDiscoveryReq: the EV supports DC charging (ServiceID 2)", () => Iso20ServiceSamples.ServiceDiscoveryRequest()),
            Iso20Common("ServiceDiscoveryRes: DC charging (ServiceID 2), not free; no renegotiation, no value-added services", () => Iso20ServiceSamples.ServiceDiscoveryResponse()),
            Iso20Common("ServiceDetailReq: the EV asks for the parameters of ServiceID 2", () => Iso20ServiceSamples.ServiceDetailRequest()),
            Iso20Common(
                "ServiceDetailRes: set 1 = extended connector, scheduled control, price levels; set 2 = dynamic control, no pricing",
                () => Iso20ServiceSamples.ServiceDetailResponse()),
            Iso20Common("ServiceSelectionReq: the EV selects ServiceID 2 with parameter set 1 (scheduled)", () => Iso20ServiceSamples.ServiceSelectionRequest()),
            Iso20Common("ServiceSelectionRes: OK", () => Iso20ServiceSamples.ServiceSelectionResponse()),
            Iso20Dc(
                "DC_ChargeParameterDiscoveryReq: EV limits 550-850 V / 300 A / 175 kW, target 80 %",
                () => Iso20ChargeParameterSamples.Request()),
            Iso20Dc(
                "DC_ChargeParameterDiscoveryRes: charger limits 150-920 V / 200 A / 150 kW",
                () => Iso20ChargeParameterSamples.Response()),
            Iso20Common(
                "ScheduleExchangeReq: scheduled mode; the EV needs 42 kWh (up to 58.8 kWh) and leaves in 3 h",
                () => Iso20ScheduleSamples.Request()),
            Iso20Common(
                "ScheduleExchangeRes: schedule tuple 1, 150 kW for 24 h, price level 1 for 2 h then level 2",
                () => Iso20ScheduleSamples.Response()),
            Iso20Dc("DC_CableCheckReq: the EV is ready for the isolation test", () => Iso20PreparationSamples.CableCheckRequest()),
            Iso20Dc("DC_CableCheckRes: the isolation test passed, EVSEProcessing Finished", () => Iso20PreparationSamples.CableCheckResponse()),
            Iso20Dc("DC_PreChargeReq: the EV asks for its battery voltage, 712.4 V", () => Iso20PreparationSamples.PreChargeRequest()),
            Iso20Dc("DC_PreChargeRes: the charger's output is at 712.1 V", () => Iso20PreparationSamples.PreChargeResponse()),
            Iso20Common(
                "PowerDeliveryReq: ChargeProgress Start on schedule tuple 1; plan 150 kW for 15 min, then 60 kW",
                () => Iso20ChargingSamples.PowerDeliveryStartRequest()),
            Iso20Common("PowerDeliveryRes: OK, the EV may close its contactors", () => Iso20ChargingSamples.PowerDeliveryStartResponse()),
            Iso20Dc(
                "DC_ChargeLoopReq: at 46 % and 741.8 V the EV asks for 200 A (up to 850 V); 80 % in 18 min",
                () => Iso20ChargingSamples.ChargeLoopRequest()),
            Iso20Dc(
                "DC_ChargeLoopRes: the charger delivers 199.6 A at 741.8 V, at its current limit; meter at 12850 Wh",
                () => Iso20ChargingSamples.ChargeLoopResponse()),
            Iso20Common("PowerDeliveryReq: ChargeProgress Stop at 80 %", () => Iso20StopSamples.PowerDeliveryStopRequest()),
            Iso20Common("PowerDeliveryRes: OK, the output is off", () => Iso20StopSamples.PowerDeliveryStopResponse()),
            Iso20Common("SessionStopReq: the EV terminates the session", () => Iso20StopSamples.SessionStopRequest()),
            Iso20Common("SessionStopRes: OK", () => Iso20StopSamples.SessionStopResponse()),
        ]);
}
