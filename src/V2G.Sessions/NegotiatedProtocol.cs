namespace V2G.Sessions;

/// <summary>
/// What the SupportedAppProtocol handshake agreed on: the AppProtocol entry of the request whose SchemaID the response
/// selected (the SupportedAppProtocol handshake of ISO 15118-2 and DIN 70121, also used by ISO 15118-20).
/// </summary>
/// <param name="Standard">The standard the namespace stands for.</param>
/// <param name="Namespace">The entry's ProtocolNamespace.</param>
/// <param name="SchemaId">The SchemaID the response selected.</param>
/// <param name="VersionMajor">The entry's VersionNumberMajor.</param>
/// <param name="VersionMinor">The entry's VersionNumberMinor.</param>
public sealed record NegotiatedProtocol(
    ProtocolStandard Standard, string Namespace, byte SchemaId, uint VersionMajor, uint VersionMinor)
{
    /// <summary>The DIN 70121 message namespace.</summary>
    public const string DinNamespace = "urn:din:70121:2012:MsgDef";

    /// <summary>The ISO 15118-2:2013 message namespace.</summary>
    public const string Iso2Namespace = "urn:iso:15118:2:2013:MsgDef";

    /// <summary>The prefix of every ISO 15118-20 namespace (CommonMessages, AC, DC, WPT, ACDP).</summary>
    public const string Iso20NamespacePrefix = "urn:iso:std:iso:15118:-20:";

    /// <summary>The standard a ProtocolNamespace stands for.</summary>
    /// <param name="protocolNamespace">The namespace announced in supportedAppProtocolReq.</param>
    /// <param name="standard">The standard, when the namespace is one this library decodes.</param>
    /// <returns>Whether the namespace is known.</returns>
    public static bool TryGetStandard(string protocolNamespace, out ProtocolStandard standard)
    {
        standard = default;
        string trimmed = (protocolNamespace ?? string.Empty).Trim();
        if (trimmed == DinNamespace)
        {
            standard = ProtocolStandard.Din;
            return true;
        }

        if (trimmed == Iso2Namespace)
        {
            standard = ProtocolStandard.Iso2;
            return true;
        }

        if (trimmed.StartsWith(Iso20NamespacePrefix, System.StringComparison.Ordinal))
        {
            standard = ProtocolStandard.Iso20;
            return true;
        }

        return false;
    }
}
