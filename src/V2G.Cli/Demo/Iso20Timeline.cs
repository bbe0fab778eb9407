namespace V2G.Cli.Demo;

/// <summary>
/// When each exchange of the ISO 15118-20 demo session happens, in seconds after SessionSetupReq; the messages'
/// time stamps follow it, so they never go back in time.
/// </summary>
internal static class Iso20Timeline
{
    /// <summary>SessionSetup.</summary>
    public const uint SessionSetup = 0;

    /// <summary>AuthorizationSetup.</summary>
    public const uint AuthorizationSetup = 1;

    /// <summary>Authorization: the user's card is accepted at once.</summary>
    public const uint Authorization = 2;

    /// <summary>ServiceDiscovery and ServiceDetail.</summary>
    public const uint ServiceDiscovery = 3;

    /// <summary>ServiceSelection.</summary>
    public const uint ServiceSelection = 4;

    /// <summary>DC_ChargeParameterDiscovery.</summary>
    public const uint ChargeParameterDiscovery = 4;

    /// <summary>ScheduleExchange; the schedule's time anchor.</summary>
    public const uint ScheduleExchange = 5;

    /// <summary>The last DC_CableCheck, when the isolation test has finished.</summary>
    public const uint CableCheck = 9;

    /// <summary>The last DC_PreCharge, when the output has reached the battery's voltage.</summary>
    public const uint PreCharge = 12;

    /// <summary>PowerDelivery (start); the EV's power profile's time anchor.</summary>
    public const uint PowerDeliveryStart = 13;

    /// <summary>The DC_ChargeLoop exchange shown, five and a half minutes into charging.</summary>
    public const uint ChargeLoop = 330;

    /// <summary>PowerDelivery (stop), at the target state of charge: the 18 minutes the loop announced later.</summary>
    public const uint PowerDeliveryStop = 1410;

    /// <summary>SessionStop.</summary>
    public const uint SessionStop = 1412;
}
