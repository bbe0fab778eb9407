namespace V2G.Sessions;

/// <summary>Text forms of <see cref="SessionDirection"/>.</summary>
public static class SessionDirectionExtensions
{
    /// <summary>The direction as the capture timeline and JSON write it: <c>EV->EVSE</c> or <c>EVSE->EV</c>.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The label.</returns>
    public static string ToLabel(this SessionDirection direction) =>
        direction == SessionDirection.EvToEvse ? "EV->EVSE" : "EVSE->EV";

    /// <summary>The other direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The opposite direction.</returns>
    public static SessionDirection Opposite(this SessionDirection direction) =>
        direction == SessionDirection.EvToEvse ? SessionDirection.EvseToEv : SessionDirection.EvToEvse;
}
