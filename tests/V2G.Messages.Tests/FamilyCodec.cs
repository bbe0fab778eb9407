using System;
using System.Collections.Generic;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;

namespace V2G.Messages.Tests;

/// <summary>One family's codec behind a uniform face, so that every vector test runs for every family.</summary>
public sealed class FamilyCodec
{
    public required string Family { get; init; }

    /// <summary>Decodes a stream to its XML form; reports the bytes used.</summary>
    public required Func<byte[], ExiDecodeOptions, (string Xml, int BytesConsumed)> DecodeToXml { get; init; }

    /// <summary>Reads XML and encodes it.</summary>
    public required Func<string, byte[]> EncodeXml { get; init; }

    /// <summary>Decodes without producing XML (for the robustness properties).</summary>
    public required Action<byte[]> Decode { get; init; }

    /// <summary>Reads XML into the message object (kept for allocation tests).</summary>
    public required Func<string, object> FromXml { get; init; }

    /// <summary>Encodes a message object into a caller's span.</summary>
    public required EncodeInto EncodeObject { get; init; }

    public delegate int EncodeInto(object message, Span<byte> destination);

    public static IReadOnlyDictionary<string, FamilyCodec> All { get; } = new Dictionary<string, FamilyCodec>
    {
        ["app-protocol"] = new FamilyCodec
        {
            Family = "app-protocol",
            DecodeToXml = (bytes, options) =>
            {
                var doc = AppProtocolCodec.Decode(bytes, options, out int used);
                return (AppProtocolCodec.ToXml(doc), used);
            },
            EncodeXml = xml => AppProtocolCodec.Encode(AppProtocolCodec.FromXml(xml)),
            Decode = bytes => AppProtocolCodec.Decode(bytes),
            FromXml = xml => AppProtocolCodec.FromXml(xml),
            EncodeObject = (message, destination) => AppProtocolCodec.Encode((AppProtocolDocument)message, destination),
        },
        ["din"] = new FamilyCodec
        {
            Family = "din",
            DecodeToXml = (bytes, options) =>
            {
                var doc = DinCodec.Decode(bytes, options, out int used);
                return (DinCodec.ToXml(doc), used);
            },
            EncodeXml = xml => DinCodec.Encode(DinCodec.FromXml(xml)),
            Decode = bytes => DinCodec.Decode(bytes),
            FromXml = xml => DinCodec.FromXml(xml),
            EncodeObject = (message, destination) => DinCodec.Encode((DinDocument)message, destination),
        },
        ["iso2"] = new FamilyCodec
        {
            Family = "iso2",
            DecodeToXml = (bytes, options) =>
            {
                var doc = Iso2Codec.Decode(bytes, options, out int used);
                return (Iso2Codec.ToXml(doc), used);
            },
            EncodeXml = xml => Iso2Codec.Encode(Iso2Codec.FromXml(xml)),
            Decode = bytes => Iso2Codec.Decode(bytes),
            FromXml = xml => Iso2Codec.FromXml(xml),
            EncodeObject = (message, destination) => Iso2Codec.Encode((Iso2Document)message, destination),
        },
    };
}
