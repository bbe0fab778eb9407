using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>
/// The identifiers shared by every ISO 15118-2 message of the demo session, and the envelope that wraps a body
/// element into a <see cref="V2G_Message"/>.
/// </summary>
internal static class Iso2Session
{
    /// <summary>The charger's EVSE ID (country, operator, <c>E</c> + station, outlet).</summary>
    public const string EvseId = "DE*A23*E45B78C*1";

    /// <summary>The ID of the charger's energy meter.</summary>
    public const string MeterId = "1EMH0012345678";

    /// <summary>The only SAScheduleTuple the charger offers, and so the one the EV selects.</summary>
    public const byte ScheduleTupleId = 1;

    /// <summary>The charge service (ISO 15118-2 ServiceID 1, AC_DC_Charging).</summary>
    public const ushort ChargeServiceId = 1;

    /// <summary>When the charger answered SessionSetupReq: 2024-06-11 08:00:00 UTC, in Unix seconds.</summary>
    public const long SessionStartUnixSeconds = 1_718_092_800;

    /// <summary>The session ID an EV sends before it has one: a single zero byte.</summary>
    /// <returns>A new array.</returns>
    public static byte[] NoSessionId() => [0x00];

    /// <summary>The 8-byte session ID the charger assigns in SessionSetupRes; every later message carries it.</summary>
    /// <returns>A new array.</returns>
    public static byte[] SessionId() => [0x4A, 0x7C, 0x21, 0x9E, 0x05, 0xB3, 0x6D, 0x18];

    /// <summary>The EV communication controller's ID: the MAC address of its powerline modem.</summary>
    /// <returns>A new array.</returns>
    public static byte[] EvccId() => [0x02, 0x1A, 0x7D, 0xC4, 0x33, 0x9F];

    /// <summary>Wraps a body element into a message that carries the session ID.</summary>
    /// <param name="body">The request or response.</param>
    /// <returns>The message.</returns>
    public static V2G_Message Message(BodyBaseType body) => Message(body, SessionId());

    /// <summary>Wraps a body element into a message.</summary>
    /// <param name="body">The request or response.</param>
    /// <param name="sessionId">The header's session ID.</param>
    /// <returns>The message.</returns>
    public static V2G_Message Message(BodyBaseType body, byte[] sessionId) => new()
    {
        Header = new MessageHeaderType { SessionID = sessionId },
        Body = new BodyType { BodyElement = body },
    };
}
