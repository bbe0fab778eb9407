using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>
/// The session setup of an ISO 15118-2 DC session with external identification (EIM, e.g. an RFID card at the
/// charger): SessionSetup, ServiceDiscovery, PaymentServiceSelection and Authorization.
/// </summary>
internal static class Iso2SetupSamples
{
    /// <summary>The EV asks for a new session: no session ID yet, its EVCCID.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message SessionSetupRequest() => Iso2Session.Message(
        new SessionSetupReqType { EVCCID = Iso2Session.EvccId() },
        Iso2Session.NoSessionId());

    /// <summary>The charger opens a new session, assigning the session ID in the header.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message SessionSetupResponse() => Iso2Session.Message(new SessionSetupResType
    {
        ResponseCode = ResponseCodeType.OK_NewSessionEstablished,
        EVSEID = Iso2Session.EvseId,
        EVSETimeStamp = Iso2Session.SessionStartUnixSeconds,
    });

    /// <summary>The EV asks which charging services the charger offers.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message ServiceDiscoveryRequest() => Iso2Session.Message(new ServiceDiscoveryReqType
    {
        ServiceCategory = ServiceCategoryType.EVCharging,
    });

    /// <summary>The charger offers DC charging (combo 2, extended) paid for outside ISO 15118 (EIM).</summary>
    /// <returns>The message.</returns>
    public static V2G_Message ServiceDiscoveryResponse() => Iso2Session.Message(new ServiceDiscoveryResType
    {
        ResponseCode = ResponseCodeType.OK,
        PaymentOptionList = new PaymentOptionListType { PaymentOption = { PaymentOptionType.ExternalPayment } },
        ChargeService = new ChargeServiceType
        {
            ServiceID = Iso2Session.ChargeServiceId,
            ServiceName = "AC_DC_Charging",
            ServiceCategory = ServiceCategoryType.EVCharging,
            FreeService = false,
            SupportedEnergyTransferMode = new SupportedEnergyTransferModeType
            {
                EnergyTransferMode = { EnergyTransferModeType.DC_extended },
            },
        },
    });

    /// <summary>The EV picks external payment and the charge service.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PaymentServiceSelectionRequest() => Iso2Session.Message(new PaymentServiceSelectionReqType
    {
        SelectedPaymentOption = PaymentOptionType.ExternalPayment,
        SelectedServiceList = new SelectedServiceListType
        {
            SelectedService = { new SelectedServiceType { ServiceID = Iso2Session.ChargeServiceId } },
        },
    });

    /// <summary>The charger accepts the selection.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PaymentServiceSelectionResponse() =>
        Iso2Session.Message(new PaymentServiceSelectionResType { ResponseCode = ResponseCodeType.OK });

    /// <summary>The EV asks whether the user is authorized; with EIM it carries neither Id nor GenChallenge.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message AuthorizationRequest() => Iso2Session.Message(new AuthorizationReqType());

    /// <summary>The charger has accepted the user's card: authorization finished.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message AuthorizationResponse() => Iso2Session.Message(new AuthorizationResType
    {
        ResponseCode = ResponseCodeType.OK,
        EVSEProcessing = EVSEProcessingType.Finished,
    });
}
