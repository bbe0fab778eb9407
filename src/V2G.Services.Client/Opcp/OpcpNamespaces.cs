using System;

namespace V2G.Services.Client.Opcp;

/// <summary>The <c>xsdMsgDefNamespace</c> values the pools and the provisioning service accept.</summary>
public static class OpcpNamespaces
{
    /// <summary>ISO 15118-2 messages.</summary>
    public const string Iso2 = "urn:iso:15118:2:2013:MsgDef";

    /// <summary>ISO 15118-20 CommonMessages (the namespace of its CertificateInstallationReq/Res).</summary>
    public const string Iso20 = "urn:iso:std:iso:15118:-20:CommonMessages";

    /// <summary>The ISO 15118-20 value OPCP's root pool lists; accepted as a synonym of <see cref="Iso20"/>.</summary>
    public const string Iso20Opcp = "urn:iso:15118:20:2022:MsgDef";

    /// <summary>Whether a namespace names ISO 15118-20 (either spelling).</summary>
    /// <param name="value">The namespace.</param>
    public static bool IsIso20(string? value) =>
        string.Equals(value, Iso20, StringComparison.Ordinal) || string.Equals(value, Iso20Opcp, StringComparison.Ordinal);

    /// <summary>Whether a namespace names ISO 15118-2.</summary>
    /// <param name="value">The namespace.</param>
    public static bool IsIso2(string? value) => string.Equals(value, Iso2, StringComparison.Ordinal);
}
