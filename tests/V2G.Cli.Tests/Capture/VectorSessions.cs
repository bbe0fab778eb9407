using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using V2G.Messages.AppProtocol;
using V2G.Transport.V2gtp;

namespace V2G.Cli.Tests.Capture;

/// <summary>One frame of a test session and the JSON entry <c>v2g capture</c> must list for it.</summary>
internal sealed record VectorMessage(bool FromEv, ushort PayloadType, byte[] Payload, string Family, string Name)
{
    public byte[] Frame => V2gtpWriter.WriteFrame(new V2gtpPayloadType(PayloadType), Payload);

    public string Expected => $"{(FromEv ? "EV->EVSE" : "EVSE->EV")} 0x{PayloadType:X4} {Family} {Name}";
}

/// <summary>Sessions built from the shared vectors: a handshake selecting the family, then request/response pairs.</summary>
internal static class VectorSessions
{
    public const string DinNamespace = "urn:din:70121:2012:MsgDef";
    public const string Iso2Namespace = "urn:iso:15118:2:2013:MsgDef";
    public const string Iso20DcNamespace = "urn:iso:std:iso:15118:-20:DC";

    public static IReadOnlyList<VectorMessage> For(string family) => family switch
    {
        "din" => Session(DinNamespace,
            [("din", "SessionSetupReq-min"), ("din", "SessionSetupRes-max"), ("din", "ChargeParameterDiscoveryReq-rand1"),
             ("din", "ChargeParameterDiscoveryRes-rand2"), ("din", "CableCheckReq-min"), ("din", "CableCheckRes-min"),
             ("din", "CurrentDemandReq-max"), ("din", "CurrentDemandRes-rand1"), ("din", "SessionStopReq-min"), ("din", "SessionStopRes-min")]),
        "iso2" => Session(Iso2Namespace,
            [("iso2", "SessionSetupReq-min"), ("iso2", "SessionSetupRes-rand1"), ("iso2", "ServiceDiscoveryReq-min"),
             ("iso2", "ServiceDiscoveryRes-rand3"), ("iso2", "PowerDeliveryReq-min"), ("iso2", "PowerDeliveryRes-min"),
             ("iso2", "CurrentDemandReq-rand2"), ("iso2", "CurrentDemandRes-min")]),
        _ => Session(Iso20DcNamespace,
            [("iso20-common", "SessionSetupReq-min"), ("iso20-common", "SessionSetupRes-min"), ("iso20-dc", "DC_ChargeParameterDiscoveryReq-min"),
             ("iso20-dc", "DC_ChargeParameterDiscoveryRes-rand1"), ("iso20-dc", "DC_CableCheckReq-min"), ("iso20-dc", "DC_CableCheckRes-min"),
             ("iso20-common", "PowerDeliveryReq-min"), ("iso20-common", "PowerDeliveryRes-min"), ("iso20-dc", "DC_ChargeLoopReq-max"),
             ("iso20-dc", "DC_ChargeLoopRes-rand2")]),
    };

    /// <summary>The handshake for a namespace (SchemaID 10), then the given messages (folder and file base name).</summary>
    public static IReadOnlyList<VectorMessage> Session(string ns, IEnumerable<(string Folder, string File)> messages) =>
        Handshake(ns).Concat(messages.Select(m => Vector(m.Folder, m.File))).ToList();

    public static IReadOnlyList<VectorMessage> Handshake(string ns)
    {
        var request = new SupportedAppProtocolReq();
        request.AppProtocol.Add(Entry("urn:example:other", 20, 2));
        request.AppProtocol.Add(Entry(ns, 10, 1));
        var response = new SupportedAppProtocolRes { ResponseCode = ResponseCodeType.OK_SuccessfulNegotiation, SchemaID = 10 };
        return
        [
            new VectorMessage(true, 0x8001, AppProtocolCodec.Documents.Encode(request), "app-protocol", "supportedAppProtocolReq"),
            new VectorMessage(false, 0x8001, AppProtocolCodec.Documents.Encode(response), "app-protocol", "supportedAppProtocolRes"),
        ];
    }

    private static AppProtocolType Entry(string ns, byte schemaId, byte priority) =>
        new() { ProtocolNamespace = ns, VersionNumberMajor = 2, VersionNumberMinor = 0, SchemaID = schemaId, Priority = priority };

    /// <summary>A message of vectors/FOLDER/FILE.exi; the direction from the name (…Req from the EV), the payload type from the family.</summary>
    public static VectorMessage Vector(string folder, string file)
    {
        string name = file.Split('-')[0];
        byte[] payload = File.ReadAllBytes(Path.Combine(SharedVectors.Root, "vectors", folder, file + ".exi"));
        string family = folder.Split('/')[^1];
        return new VectorMessage(name.EndsWith("Req", StringComparison.Ordinal), PayloadType(family), payload, family, name);
    }

    public static ushort PayloadType(string family) => family switch
    {
        "iso20-common" => 0x8002,
        "iso20-ac" => 0x8003,
        "iso20-dc" => 0x8004,
        _ => 0x8001,
    };
}
