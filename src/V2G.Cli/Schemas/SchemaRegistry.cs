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
        new SchemaCodec<AppProtocolDocument, AppProtocolFragment>(
            "app-protocol",
            "supportedAppProtocolReq/Res, the handshake of ISO 15118 and DIN 70121",
            new(AppProtocolCodec.Decode, AppProtocolCodec.Encode, AppProtocolCodec.ToXml, AppProtocolCodec.FromXml),
            new(AppProtocolCodec.DecodeFragment, AppProtocolCodec.EncodeFragment, AppProtocolCodec.FragmentToXml, AppProtocolCodec.FragmentFromXml)),
        new SchemaCodec<DinDocument, DinFragment>(
            "din",
            "DIN 70121 V2G_Message (and every global element of its schemas)",
            new(DinCodec.Decode, DinCodec.Encode, DinCodec.ToXml, DinCodec.FromXml),
            new(DinCodec.DecodeFragment, DinCodec.EncodeFragment, DinCodec.FragmentToXml, DinCodec.FragmentFromXml)),
        new SchemaCodec<Iso2Document, Iso2Fragment>(
            "iso2",
            "ISO 15118-2 V2G_Message; with --fragment the signed elements (AuthorizationReq, SalesTariff, eMAID...)",
            new(Iso2Codec.Decode, Iso2Codec.Encode, Iso2Codec.ToXml, Iso2Codec.FromXml),
            new(Iso2Codec.DecodeFragment, Iso2Codec.EncodeFragment, Iso2Codec.FragmentToXml, Iso2Codec.FragmentFromXml)),
        new SchemaCodec<XmlDsigDocument, XmlDsigFragment>(
            "xmldsig",
            "W3C XML-DSig core alone; with --fragment the SignedInfo whose bytes a signature covers (ISO 15118-2 and -20)",
            new(XmlDsigCodec.Decode, XmlDsigCodec.Encode, XmlDsigCodec.ToXml, XmlDsigCodec.FromXml),
            new(XmlDsigCodec.DecodeFragment, XmlDsigCodec.EncodeFragment, XmlDsigCodec.FragmentToXml, XmlDsigCodec.FragmentFromXml)),
        new SchemaCodec<Iso20.CommonMessagesDocument, Iso20.CommonMessagesFragment>(
            "iso20-common",
            "ISO 15118-20 CommonMessages (SessionSetup, Authorization, ScheduleExchange, ...); with --fragment its signed elements",
            new(Iso20.CommonMessagesCodec.Decode, Iso20.CommonMessagesCodec.Encode, Iso20.CommonMessagesCodec.ToXml, Iso20.CommonMessagesCodec.FromXml),
            new(Iso20.CommonMessagesCodec.DecodeFragment, Iso20.CommonMessagesCodec.EncodeFragment, Iso20.CommonMessagesCodec.FragmentToXml, Iso20.CommonMessagesCodec.FragmentFromXml)),
        new SchemaCodec<Iso20.AcDocument, Iso20.AcFragment>(
            "iso20-ac",
            "ISO 15118-20 AC (AC_ChargeParameterDiscovery, AC_ChargeLoop)",
            new(Iso20.AcCodec.Decode, Iso20.AcCodec.Encode, Iso20.AcCodec.ToXml, Iso20.AcCodec.FromXml),
            new(Iso20.AcCodec.DecodeFragment, Iso20.AcCodec.EncodeFragment, Iso20.AcCodec.FragmentToXml, Iso20.AcCodec.FragmentFromXml)),
        new SchemaCodec<Iso20.DcDocument, Iso20.DcFragment>(
            "iso20-dc",
            "ISO 15118-20 DC (DC_ChargeParameterDiscovery, DC_CableCheck, DC_PreCharge, DC_ChargeLoop, DC_WeldingDetection)",
            new(Iso20.DcCodec.Decode, Iso20.DcCodec.Encode, Iso20.DcCodec.ToXml, Iso20.DcCodec.FromXml),
            new(Iso20.DcCodec.DecodeFragment, Iso20.DcCodec.EncodeFragment, Iso20.DcCodec.FragmentToXml, Iso20.DcCodec.FragmentFromXml)),
        new SchemaCodec<Iso20.WptDocument, Iso20.WptFragment>(
            "iso20-wpt",
            "ISO 15118-20 WPT (wireless power transfer)",
            new(Iso20.WptCodec.Decode, Iso20.WptCodec.Encode, Iso20.WptCodec.ToXml, Iso20.WptCodec.FromXml),
            new(Iso20.WptCodec.DecodeFragment, Iso20.WptCodec.EncodeFragment, Iso20.WptCodec.FragmentToXml, Iso20.WptCodec.FragmentFromXml)),
        new SchemaCodec<Iso20.AcdpDocument, Iso20.AcdpFragment>(
            "iso20-acdp",
            "ISO 15118-20 ACDP (automated connection device, pantograph)",
            new(Iso20.AcdpCodec.Decode, Iso20.AcdpCodec.Encode, Iso20.AcdpCodec.ToXml, Iso20.AcdpCodec.FromXml),
            new(Iso20.AcdpCodec.DecodeFragment, Iso20.AcdpCodec.EncodeFragment, Iso20.AcdpCodec.FragmentToXml, Iso20.AcdpCodec.FragmentFromXml)),
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
