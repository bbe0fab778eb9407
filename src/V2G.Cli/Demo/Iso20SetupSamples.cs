using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// The start of the ISO 15118-20 DC session with external identification (EIM, e.g. an RFID card at the charger):
/// SessionSetup, AuthorizationSetup and Authorization. All of them are CommonMessages.
/// </summary>
internal static class Iso20SetupSamples
{
    /// <summary>The car asks for a new session: no session ID yet, its EVCCID.</summary>
    /// <returns>The message.</returns>
    public static SessionSetupReqType SessionSetupRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.SessionSetup, Iso20Session.NoSessionId()),
        EVCCID = Iso20Session.EvccId,
    };

    /// <summary>The charger opens a new session, assigning the session ID in the header.</summary>
    /// <returns>The message.</returns>
    public static SessionSetupResType SessionSetupResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.SessionSetup),
        ResponseCode = ResponseCodeType.OK_NewSessionEstablished,
        EVSEID = Iso20Session.EvseId,
    };

    /// <summary>The car asks how it may be authorized; the request has nothing but the header.</summary>
    /// <returns>The message.</returns>
    public static AuthorizationSetupReqType AuthorizationSetupRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.AuthorizationSetup),
    };

    /// <summary>The charger offers external identification only and no certificate installation.</summary>
    /// <returns>The message.</returns>
    public static AuthorizationSetupResType AuthorizationSetupResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.AuthorizationSetup),
        ResponseCode = ResponseCodeType.OK,
        AuthorizationServices = { AuthorizationType.EIM },
        CertificateInstallationService = false,
        EIM_ASResAuthorizationMode = new EIM_ASResAuthorizationModeType(),
    };

    /// <summary>The car selects EIM; the EIM mode element is empty.</summary>
    /// <returns>The message.</returns>
    public static AuthorizationReqType AuthorizationRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.Authorization),
        SelectedAuthorizationService = AuthorizationType.EIM,
        EIM_AReqAuthorizationMode = new EIM_AReqAuthorizationModeType(),
    };

    /// <summary>The charger has accepted the user's card: authorization finished.</summary>
    /// <returns>The message.</returns>
    public static AuthorizationResType AuthorizationResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.Authorization),
        ResponseCode = ResponseCodeType.OK,
        EVSEProcessing = ProcessingType.Finished,
    };
}
