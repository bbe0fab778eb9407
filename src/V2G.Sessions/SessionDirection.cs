namespace V2G.Sessions;

/// <summary>Which way a message travels between the vehicle (EVCC) and the charger (SECC).</summary>
public enum SessionDirection
{
    /// <summary>From the vehicle to the charger: requests (the EV is the side that sends supportedAppProtocolReq).</summary>
    EvToEvse,

    /// <summary>From the charger to the vehicle: responses.</summary>
    EvseToEv,
}
