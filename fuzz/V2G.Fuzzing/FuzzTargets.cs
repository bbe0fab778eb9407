using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Fuzzing.Targets;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using Iso20XmlDsig = V2G.Messages.Iso20.XmlDsigCodec;
using XmlDsig = V2G.Messages.Iso2.XmlDsigCodec;

namespace V2G.Fuzzing;

/// <summary>Every fuzz target by name; targets are made on first use (the signature target signs a message).</summary>
public static class FuzzTargets
{
    private static readonly Dictionary<string, Func<IFuzzTarget>> Factories = new(StringComparer.Ordinal)
    {
        ["exi-app-protocol"] = () => new RoundTripTarget<AppProtocolDocument>("exi-app-protocol", AppProtocolCodec.Documents, "app-protocol"),
        ["exi-din"] = () => new RoundTripTarget<DinDocument>("exi-din", DinCodec.Documents, "din"),
        ["exi-iso2"] = () => new RoundTripTarget<Iso2Document>("exi-iso2", Iso2Codec.Documents, "iso2"),
        ["exi-iso20-common"] = () => new RoundTripTarget<CommonMessagesDocument>("exi-iso20-common", CommonMessagesCodec.Documents, "iso20-common"),
        ["exi-iso20-ac"] = () => new RoundTripTarget<AcDocument>("exi-iso20-ac", AcCodec.Documents, "iso20-ac"),
        ["exi-iso20-dc"] = () => new RoundTripTarget<DcDocument>("exi-iso20-dc", DcCodec.Documents, "iso20-dc"),
        ["exi-iso20-wpt"] = () => new RoundTripTarget<WptDocument>("exi-iso20-wpt", WptCodec.Documents, "iso20-wpt"),
        ["exi-iso20-acdp"] = () => new RoundTripTarget<AcdpDocument>("exi-iso20-acdp", AcdpCodec.Documents, "iso20-acdp"),
        ["exi-xmldsig"] = () => new RoundTripTarget<V2G.Messages.Iso2.XmlDsigDocument>("exi-xmldsig", XmlDsig.Documents, "iso2-fragment/xmldsig."),
        ["fragment-iso2"] = () => new RoundTripTarget<Iso2Fragment>("fragment-iso2", Iso2Codec.Fragments, "iso2-fragment"),
        ["fragment-iso2-xmldsig"] = () =>
            new RoundTripTarget<V2G.Messages.Iso2.XmlDsigFragment>("fragment-iso2-xmldsig", XmlDsig.Fragments, "iso2-fragment/xmldsig."),
        ["fragment-iso20-common"] = () =>
            new RoundTripTarget<CommonMessagesFragment>("fragment-iso20-common", CommonMessagesCodec.Fragments, "iso20-fragment/CommonMessages."),
        ["fragment-iso20-ac"] = () => new RoundTripTarget<AcFragment>("fragment-iso20-ac", AcCodec.Fragments, "iso20-fragment/AC."),
        ["fragment-iso20-dc"] = () => new RoundTripTarget<DcFragment>("fragment-iso20-dc", DcCodec.Fragments, "iso20-fragment/DC."),
        ["fragment-iso20-xmldsig"] = () => new RoundTripTarget<V2G.Messages.Iso20.XmlDsigFragment>(
            "fragment-iso20-xmldsig", Iso20XmlDsig.Fragments, "iso20-fragment/xmldsig."),
        ["xml-app-protocol"] = () => new XmlReaderTarget<AppProtocolDocument>("xml-app-protocol", AppProtocolCodec.Documents, "app-protocol"),
        ["xml-din"] = () => new XmlReaderTarget<DinDocument>("xml-din", DinCodec.Documents, "din"),
        ["xml-iso2"] = () => new XmlReaderTarget<Iso2Document>("xml-iso2", Iso2Codec.Documents, "iso2"),
        ["xml-iso20-common"] = () =>
            new XmlReaderTarget<CommonMessagesDocument>("xml-iso20-common", CommonMessagesCodec.Documents, "iso20-common"),
        ["json-din"] = () => new JsonReaderTarget<DinDocument>("json-din", DinCodec.Documents, "din"),
        ["json-iso2"] = () => new JsonReaderTarget<Iso2Document>("json-iso2", Iso2Codec.Documents, "iso2"),
        ["json-iso20-common"] = () =>
            new JsonReaderTarget<CommonMessagesDocument>("json-iso20-common", CommonMessagesCodec.Documents, "iso20-common"),
        ["v2gtp"] = () => new V2gtpFramingTarget(),
        ["capture"] = () => new CaptureTarget(),
        ["session"] = () => new SessionStreamTarget(),
        ["signature-iso2"] = () => new Iso2SignatureTarget(),
        ["certificate"] = () => new CertificateTarget(),
    };

    /// <summary>The target names in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } = Factories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Makes the named target; null if there is none.</summary>
    public static IFuzzTarget? Create(string name) => Factories.TryGetValue(name, out var factory) ? factory() : null;
}
