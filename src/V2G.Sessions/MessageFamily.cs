namespace V2G.Sessions;

/// <summary>The schema (and so the codec) a message was decoded with.</summary>
public enum MessageFamily
{
    /// <summary>supportedAppProtocolReq/Res, the handshake of every session (<c>app-protocol</c>).</summary>
    AppProtocol,

    /// <summary>DIN 70121 (<c>din</c>).</summary>
    Din,

    /// <summary>ISO 15118-2:2013 (<c>iso2</c>).</summary>
    Iso2,

    /// <summary>ISO 15118-20 CommonMessages (<c>iso20-common</c>).</summary>
    Iso20Common,

    /// <summary>ISO 15118-20 AC (<c>iso20-ac</c>).</summary>
    Iso20Ac,

    /// <summary>ISO 15118-20 DC (<c>iso20-dc</c>).</summary>
    Iso20Dc,

    /// <summary>ISO 15118-20 WPT (<c>iso20-wpt</c>).</summary>
    Iso20Wpt,

    /// <summary>ISO 15118-20 ACDP (<c>iso20-acdp</c>).</summary>
    Iso20Acdp,
}
