using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// The identifiers shared by every ISO 15118-20 message of the demo session, and the message header (session ID and
/// time stamp) that each message carries.
/// </summary>
internal static class Iso20Session
{
    /// <summary>The car's EVCCID; ISO 15118-20 makes it a string, here a made-up VIN.</summary>
    public const string EvccId = "WDEMO20EV00001234";

    /// <summary>The charger's EVSE ID: the same charger as in the ISO 15118-2 session.</summary>
    public const string EvseId = Iso2Session.EvseId;

    /// <summary>The ID of the charger's energy meter.</summary>
    public const string MeterId = Iso2Session.MeterId;

    /// <summary>When the car sent SessionSetupReq: 2024-06-11 09:30:00 UTC, in Unix seconds.</summary>
    public const ulong StartUnixSeconds = 1_718_098_200;

    /// <summary>
    /// The session ID a car sends before it has one: eight zero bytes (ISO 15118-20 fixes the length at 8).
    /// </summary>
    /// <returns>A new array.</returns>
    public static byte[] NoSessionId() => new byte[8];

    /// <summary>The 8-byte session ID the charger assigns in SessionSetupRes; every later message carries it.</summary>
    /// <returns>A new array.</returns>
    public static byte[] SessionId() => [0x9C, 0x2F, 0x61, 0xD8, 0x3A, 0x05, 0xE7, 0x41];

    /// <summary>The header of a message sent once the session exists.</summary>
    /// <param name="secondsIntoSession">When the message is sent, in seconds after SessionSetupReq.</param>
    /// <returns>The header.</returns>
    public static MessageHeaderType Header(uint secondsIntoSession) => Header(secondsIntoSession, SessionId());

    /// <summary>The header of a message.</summary>
    /// <param name="secondsIntoSession">When the message is sent, in seconds after SessionSetupReq.</param>
    /// <param name="sessionId">The header's session ID.</param>
    /// <returns>The header.</returns>
    public static MessageHeaderType Header(uint secondsIntoSession, byte[] sessionId) => new()
    {
        SessionID = sessionId,
        TimeStamp = At(secondsIntoSession),
    };

    /// <summary>A point in time of the session, as ISO 15118-20 time stamps and time anchors state it.</summary>
    /// <param name="secondsIntoSession">Seconds after SessionSetupReq.</param>
    /// <returns>Unix seconds.</returns>
    public static ulong At(uint secondsIntoSession) => StartUnixSeconds + secondsIntoSession;
}
