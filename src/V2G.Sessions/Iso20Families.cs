using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>The ISO 15118-20 namespace a V2GTP payload type stands for (ISO 15118-20 Table 12).</summary>
internal static class Iso20Families
{
    /// <summary>
    /// 0x8002..0x8006 name their namespace. Of the 0x81xx types, schedule renegotiation and metering confirmation are
    /// CommonMessages exchanges and the ACDP system status an ACDP one. Parking status is read as CommonMessages: an
    /// assumption (no public source was checked for it); a payload of another namespace then shows as a decode error.
    /// </summary>
    internal static bool TryGet(V2gtpPayloadType type, out MessageFamily family)
    {
        family = type.Value switch
        {
            0x8002 or 0x8101 or 0x8102 or 0x8104 => MessageFamily.Iso20Common,
            0x8003 => MessageFamily.Iso20Ac,
            0x8004 => MessageFamily.Iso20Dc,
            0x8005 or 0x8103 => MessageFamily.Iso20Acdp,
            0x8006 => MessageFamily.Iso20Wpt,
            _ => MessageFamily.AppProtocol,
        };
        return family != MessageFamily.AppProtocol;
    }
}
