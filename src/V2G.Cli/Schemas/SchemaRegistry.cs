using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Cli.Schemas;

/// <summary>The message families known to <c>--schema</c>. A new family is one more line in <see cref="Default"/>.</summary>
internal sealed class SchemaRegistry
{
    private readonly Dictionary<string, ISchemaCodec> _byName;

    /// <summary>Creates a registry.</summary>
    /// <param name="codecs">The families, in the order they are listed.</param>
    /// <exception cref="ArgumentException">Two families share a name.</exception>
    public SchemaRegistry(IEnumerable<ISchemaCodec> codecs)
    {
        Codecs = codecs.ToArray();
        _byName = new Dictionary<string, ISchemaCodec>(StringComparer.OrdinalIgnoreCase);
        foreach (ISchemaCodec codec in Codecs)
        {
            if (!_byName.TryAdd(codec.Name, codec))
            {
                throw new ArgumentException($"Schema name '{codec.Name}' is registered twice", nameof(codecs));
            }
        }
    }

    /// <summary>The registry used by the tool.</summary>
    public static SchemaRegistry Default { get; } = new SchemaRegistry(
    [
        SchemaCodec.Of(
            "app-protocol",
            "supportedAppProtocolReq/Res, the handshake of ISO 15118 and DIN 70121",
            AppProtocolCodec.Documents,
            AppProtocolCodec.Fragments),
        SchemaCodec.Of(
            "din",
            "DIN 70121 V2G_Message (and every global element of its schemas)",
            DinCodec.Documents,
            DinCodec.Fragments),
        SchemaCodec.Of(
            "iso2",
            "ISO 15118-2 V2G_Message; with --fragment the signed elements (AuthorizationReq, SalesTariff, eMAID...)",
            Iso2Codec.Documents,
            Iso2Codec.Fragments),
        SchemaCodec.Of(
            "xmldsig",
            "W3C XML-DSig core alone; with --fragment the SignedInfo whose bytes a signature covers (ISO 15118-2 and -20)",
            XmlDsigCodec.Documents,
            XmlDsigCodec.Fragments),
        SchemaCodec.Of(
            "iso20-common",
            "ISO 15118-20 CommonMessages (SessionSetup, Authorization, ScheduleExchange, ...); with --fragment its signed elements",
            Iso20.CommonMessagesCodec.Documents,
            Iso20.CommonMessagesCodec.Fragments),
        SchemaCodec.Of(
            "iso20-ac",
            "ISO 15118-20 AC (AC_ChargeParameterDiscovery, AC_ChargeLoop)",
            Iso20.AcCodec.Documents,
            Iso20.AcCodec.Fragments),
        SchemaCodec.Of(
            "iso20-dc",
            "ISO 15118-20 DC (DC_ChargeParameterDiscovery, DC_CableCheck, DC_PreCharge, DC_ChargeLoop, DC_WeldingDetection)",
            Iso20.DcCodec.Documents,
            Iso20.DcCodec.Fragments),
        SchemaCodec.Of(
            "iso20-wpt",
            "ISO 15118-20 WPT (wireless power transfer)",
            Iso20.WptCodec.Documents,
            Iso20.WptCodec.Fragments),
        SchemaCodec.Of(
            "iso20-acdp",
            "ISO 15118-20 ACDP (automated connection device, pantograph)",
            Iso20.AcdpCodec.Documents,
            Iso20.AcdpCodec.Fragments),
    ]);

    /// <summary>The registered families in listing order.</summary>
    public IReadOnlyList<ISchemaCodec> Codecs { get; }

    /// <summary>The registered names, comma-separated, for messages.</summary>
    public string KnownNames => string.Join(", ", Codecs.Select(c => c.Name));

    /// <summary>Finds a family by name (case-insensitive).</summary>
    /// <param name="name">The <c>--schema</c> value.</param>
    /// <returns>The family, or null if none has that name.</returns>
    public ISchemaCodec? Find(string name) => _byName.GetValueOrDefault(name);
}
