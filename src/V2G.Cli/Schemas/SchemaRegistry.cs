using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;

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
            "W3C XML-DSig core alone; with --fragment the SignedInfo whose bytes an ISO 15118-2 signature covers",
            new(XmlDsigCodec.Decode, XmlDsigCodec.Encode, XmlDsigCodec.ToXml, XmlDsigCodec.FromXml),
            new(XmlDsigCodec.DecodeFragment, XmlDsigCodec.EncodeFragment, XmlDsigCodec.FragmentToXml, XmlDsigCodec.FragmentFromXml)),
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
