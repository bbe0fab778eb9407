using System.Globalization;

namespace V2G.Transport.V2gtp;

/// <summary>
/// The payload type field of a V2GTP header: which content follows the header.
/// </summary>
/// <remarks>
/// 0x8001, 0x9000 and 0x9001 are the types of ISO 15118-2 Table 10 (7.8.3) and DIN 70121 Table 16 (8.7.3.1).
/// The ISO 15118-20 types (0x8002..0x8006, 0x8101..0x8104, 0x9002/0x9003; ISO 15118-20 Table 12) are taken as two public
/// implementations list them identically: EVerest libcbv2g (<c>exi_v2gtp.h</c>) and SwitchEV iso15118 / Josev
/// (<c>shared/messages/enums.py</c>, "See Table 12 of ISO 15118-20"). 0xA000..0xFFFF are manufacturer specific there.
/// </remarks>
/// <param name="Value">The 16-bit value as it appears on the wire (big-endian there).</param>
public readonly record struct V2gtpPayloadType(ushort Value)
{
    /// <summary>0x8001: an EXI stream of SupportedAppProtocol, DIN 70121 or ISO 15118-2 (under ISO 15118-20: SAP only).</summary>
    public static V2gtpPayloadType Exi => new(0x8001);

    /// <summary>0x8002: ISO 15118-20 CommonMessages EXI stream.</summary>
    public static V2gtpPayloadType Iso20CommonMessages => new(0x8002);

    /// <summary>0x8003: ISO 15118-20 AC EXI stream.</summary>
    public static V2gtpPayloadType Iso20Ac => new(0x8003);

    /// <summary>0x8004: ISO 15118-20 DC EXI stream.</summary>
    public static V2gtpPayloadType Iso20Dc => new(0x8004);

    /// <summary>0x8005: ISO 15118-20 ACDP (automated connection device, pantograph) EXI stream.</summary>
    public static V2gtpPayloadType Iso20Acdp => new(0x8005);

    /// <summary>0x8006: ISO 15118-20 WPT (wireless power transfer) EXI stream.</summary>
    public static V2gtpPayloadType Iso20Wpt => new(0x8006);

    /// <summary>0x8101: ISO 15118-20 schedule renegotiation.</summary>
    public static V2gtpPayloadType Iso20ScheduleRenegotiation => new(0x8101);

    /// <summary>0x8102: ISO 15118-20 metering confirmation.</summary>
    public static V2gtpPayloadType Iso20MeteringConfirmation => new(0x8102);

    /// <summary>0x8103: ISO 15118-20 ACDP system status.</summary>
    public static V2gtpPayloadType Iso20AcdpSystemStatus => new(0x8103);

    /// <summary>0x8104: ISO 15118-20 parking status.</summary>
    public static V2gtpPayloadType Iso20ParkingStatus => new(0x8104);

    /// <summary>0x9000: SECC Discovery Protocol request.</summary>
    public static V2gtpPayloadType SdpRequest => new(0x9000);

    /// <summary>0x9001: SECC Discovery Protocol response.</summary>
    public static V2gtpPayloadType SdpResponse => new(0x9001);

    /// <summary>0x9002: ISO 15118-20 SECC Discovery Protocol request for wireless communication (e.g. ACDP).</summary>
    public static V2gtpPayloadType SdpRequestWireless => new(0x9002);

    /// <summary>0x9003: ISO 15118-20 SECC Discovery Protocol response for wireless communication (e.g. ACDP).</summary>
    public static V2gtpPayloadType SdpResponseWireless => new(0x9003);

    /// <summary>The name of a known payload type (for example <c>Iso20Dc</c>), or <see langword="null"/> when unknown.</summary>
    public string? Name => Value switch
    {
        0x8001 => nameof(Exi),
        0x8002 => nameof(Iso20CommonMessages),
        0x8003 => nameof(Iso20Ac),
        0x8004 => nameof(Iso20Dc),
        0x8005 => nameof(Iso20Acdp),
        0x8006 => nameof(Iso20Wpt),
        0x8101 => nameof(Iso20ScheduleRenegotiation),
        0x8102 => nameof(Iso20MeteringConfirmation),
        0x8103 => nameof(Iso20AcdpSystemStatus),
        0x8104 => nameof(Iso20ParkingStatus),
        0x9000 => nameof(SdpRequest),
        0x9001 => nameof(SdpResponse),
        0x9002 => nameof(SdpRequestWireless),
        0x9003 => nameof(SdpResponseWireless),
        _ => null,
    };

    /// <summary>Whether the value is one of the payload types defined by DIN 70121, ISO 15118-2 or ISO 15118-20.</summary>
    public bool IsKnown => Name is not null;

    /// <summary>Whether the value lies in 0xA000..0xFFFF, which the standards leave to manufacturers (not unique).</summary>
    public bool IsManufacturerSpecific => Value >= 0xA000;

    /// <summary>Whether the payload is an EXI stream: 0x8001 or one of the ISO 15118-20 per-namespace types 0x8002..0x8006.</summary>
    public bool IsExiMessage => Value is >= 0x8001 and <= 0x8006;

    /// <summary>Whether the payload is an SDP request or response, wired or wireless (0x9000..0x9003).</summary>
    public bool IsSdp => Value is >= 0x9000 and <= 0x9003;

    /// <summary>The value as <c>0x</c> and four upper-case hex digits, as the capture JSON writes it (e.g. <c>0x8001</c>).</summary>
    public string ToHex() => "0x" + Value.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The hex value followed by the name when known, e.g. <c>0x8004 (Iso20Dc)</c>.</summary>
    public override string ToString() => Name is { } name ? $"{ToHex()} ({name})" : ToHex();
}
