namespace V2G.Sessions;

/// <summary>The standard a session's handshake selected.</summary>
public enum ProtocolStandard
{
    /// <summary>DIN 70121 (namespace <c>urn:din:70121:2012:MsgDef</c>).</summary>
    Din,

    /// <summary>ISO 15118-2:2013 (namespace <c>urn:iso:15118:2:2013:MsgDef</c>).</summary>
    Iso2,

    /// <summary>ISO 15118-20 (namespaces <c>urn:iso:std:iso:15118:-20:*</c>); messages are told apart by payload type.</summary>
    Iso20,
}
