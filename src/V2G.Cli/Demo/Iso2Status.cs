using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>The DC status blocks the EV and the charger put in most DC messages.</summary>
internal static class Iso2Status
{
    /// <summary>The EV's status: ready, no error.</summary>
    /// <param name="stateOfCharge">The battery's state of charge in percent.</param>
    /// <returns>The status.</returns>
    public static DC_EVStatusType Ev(byte stateOfCharge) => new()
    {
        EVReady = true,
        EVErrorCode = DC_EVErrorCodeType.NO_ERROR,
        EVRESSSOC = stateOfCharge,
    };

    /// <summary>The charger's status: ready, nothing to notify.</summary>
    /// <param name="isolation">The isolation monitor's result, or null before the cable check has run.</param>
    /// <returns>The status.</returns>
    public static DC_EVSEStatusType Evse(IsolationLevelType? isolation) => new()
    {
        NotificationMaxDelay = 0,
        EVSENotification = EVSENotificationType.None,
        EVSEIsolationStatus = isolation,
        EVSEStatusCode = DC_EVSEStatusCodeType.EVSE_Ready,
    };
}
