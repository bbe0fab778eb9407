using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Transport.V2gtp;

namespace V2G.Sessions.Tests;

/// <summary>One message of a test session: who sends it, its frame, and what the decoder must report.</summary>
internal sealed record ScriptedMessage(SessionDirection Direction, ushort PayloadType, byte[] Payload, MessageFamily Family, string Name)
{
    public byte[] Frame => V2gtpWriter.WriteFrame(new V2gtpPayloadType(PayloadType), Payload);

    public string Expected => $"{Direction.ToLabel()} 0x{PayloadType:X4} {Family.ToId()} {Name}";
}

/// <summary>Sessions built from the shared vectors: the handshake, then request/response pairs.</summary>
internal static class ScriptedSession
{
    private const SessionDirection Ev = SessionDirection.EvToEvse;
    private const SessionDirection Evse = SessionDirection.EvseToEv;

    public static IReadOnlyList<ScriptedMessage> For(string family) => family switch
    {
        "din" => Din(),
        "iso2" => Iso2(),
        _ => Iso20Dc(),
    };

    /// <summary>The messages' expected descriptions, as <see cref="Describe"/> writes decoded ones.</summary>
    public static IReadOnlyList<string> Expected(IEnumerable<ScriptedMessage> messages) => messages.Select(m => m.Expected).ToList();

    /// <summary>A decoded message in the same form as <see cref="ScriptedMessage.Expected"/>.</summary>
    public static string Describe(SessionMessage message) =>
        $"{message.Direction.ToLabel()} {message.PayloadType.ToHex()} {message.Family?.ToId()} {message.Name ?? message.Error?.ToString()}";

    /// <summary>All frames one side sends, back to back.</summary>
    public static byte[] Stream(IEnumerable<ScriptedMessage> messages, SessionDirection direction) =>
        messages.Where(m => m.Direction == direction).SelectMany(m => m.Frame).ToArray();

    private static List<ScriptedMessage> Din() =>
    [
        App(Ev, Handshake.Request(Handshake.Din, Handshake.Iso2), "supportedAppProtocolReq"),
        App(Evse, Handshake.Response(10), "supportedAppProtocolRes"),
        Pair("din", MessageFamily.Din, "SessionSetupReq", "min"),
        Pair("din", MessageFamily.Din, "SessionSetupRes", "max"),
        Pair("din", MessageFamily.Din, "ChargeParameterDiscoveryReq", "rand1"),
        Pair("din", MessageFamily.Din, "ChargeParameterDiscoveryRes", "rand2"),
        Pair("din", MessageFamily.Din, "CableCheckReq", "min"),
        Pair("din", MessageFamily.Din, "CableCheckRes", "min"),
        Pair("din", MessageFamily.Din, "CurrentDemandReq", "max"),
        Pair("din", MessageFamily.Din, "CurrentDemandRes", "rand1"),
        Pair("din", MessageFamily.Din, "SessionStopReq", "min"),
        Pair("din", MessageFamily.Din, "SessionStopRes", "min"),
    ];

    private static List<ScriptedMessage> Iso2() =>
    [
        App(Ev, Handshake.Request(Handshake.Iso2, Handshake.Din), "supportedAppProtocolReq"),
        App(Evse, Handshake.Response(10), "supportedAppProtocolRes"),
        Pair("iso2", MessageFamily.Iso2, "SessionSetupReq", "min"),
        Pair("iso2", MessageFamily.Iso2, "SessionSetupRes", "rand1"),
        Pair("iso2", MessageFamily.Iso2, "ServiceDiscoveryReq", "min"),
        Pair("iso2", MessageFamily.Iso2, "ServiceDiscoveryRes", "rand3"),
        Pair("iso2", MessageFamily.Iso2, "PowerDeliveryReq", "min"),
        Pair("iso2", MessageFamily.Iso2, "PowerDeliveryRes", "min"),
        Pair("iso2", MessageFamily.Iso2, "CurrentDemandReq", "rand2"),
        Pair("iso2", MessageFamily.Iso2, "CurrentDemandRes", "min"),
    ];

    private static List<ScriptedMessage> Iso20Dc() =>
    [
        App(Ev, Handshake.Request(Handshake.Iso20Dc, Handshake.Din), "supportedAppProtocolReq"),
        App(Evse, Handshake.Response(10), "supportedAppProtocolRes"),
        Pair("iso20-common", MessageFamily.Iso20Common, "SessionSetupReq", "min", 0x8002),
        Pair("iso20-common", MessageFamily.Iso20Common, "SessionSetupRes", "min", 0x8002),
        Pair("iso20-dc", MessageFamily.Iso20Dc, "DC_ChargeParameterDiscoveryReq", "min", 0x8004),
        Pair("iso20-dc", MessageFamily.Iso20Dc, "DC_ChargeParameterDiscoveryRes", "rand1", 0x8004),
        Pair("iso20-dc", MessageFamily.Iso20Dc, "DC_CableCheckReq", "min", 0x8004),
        Pair("iso20-dc", MessageFamily.Iso20Dc, "DC_CableCheckRes", "min", 0x8004),
        Pair("iso20-common", MessageFamily.Iso20Common, "PowerDeliveryReq", "min", 0x8002),
        Pair("iso20-common", MessageFamily.Iso20Common, "PowerDeliveryRes", "min", 0x8002),
        Pair("iso20-dc", MessageFamily.Iso20Dc, "DC_ChargeLoopReq", "max", 0x8004),
        Pair("iso20-dc", MessageFamily.Iso20Dc, "DC_ChargeLoopRes", "rand2", 0x8004),
    ];

    private static ScriptedMessage App(SessionDirection direction, byte[] payload, string name) =>
        new(direction, 0x8001, payload, MessageFamily.AppProtocol, name);

    private static ScriptedMessage Pair(string folder, MessageFamily family, string name, string variant, ushort payloadType = 0x8001) =>
        new(name.EndsWith("Req", StringComparison.Ordinal) ? Ev : Evse, payloadType, SharedVectors.Exi(folder, $"{name}-{variant}"), family, name);
}
