using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Messages.Tests;

/// <summary>The JSON side of every codec of <see cref="FamilyCodec.All"/>, under the same keys.</summary>
public sealed class JsonCodecs
{
    public required string Family { get; init; }

    /// <summary>Decodes a stream (default options) and writes its JSON.</summary>
    public required Func<byte[], string> DecodeToJson { get; init; }

    /// <summary>Reads JSON and encodes it.</summary>
    public required Func<string, byte[]> EncodeJson { get; init; }

    /// <summary>Reads JSON and writes it again.</summary>
    public required Func<string, string> Rewrite { get; init; }

    public static IReadOnlyDictionary<string, JsonCodecs> All { get; } = new[]
    {
        Create("app-protocol", AppProtocolCodec.Documents),
        Create("din", DinCodec.Documents),
        Create("iso2", Iso2Codec.Documents),
        Create("iso2-fragment", Iso2Codec.Fragments),
        Create("iso2-fragment/xmldsig", XmlDsigCodec.Fragments),
        Create("iso20-common", Iso20.CommonMessagesCodec.Documents),
        Create("iso20-ac", Iso20.AcCodec.Documents),
        Create("iso20-dc", Iso20.DcCodec.Documents),
        Create("iso20-wpt", Iso20.WptCodec.Documents),
        Create("iso20-acdp", Iso20.AcdpCodec.Documents),
        Create("iso20-fragment/CommonMessages", Iso20.CommonMessagesCodec.Fragments),
        Create("iso20-fragment/AC", Iso20.AcCodec.Fragments),
        Create("iso20-fragment/DC", Iso20.DcCodec.Fragments),
        Create("iso20-fragment/xmldsig", Iso20.XmlDsigCodec.Fragments),
    }.ToDictionary(c => c.Family);

    private static JsonCodecs Create<T>(string family, IExiCodec<T> codec)
        where T : struct => new()
    {
        Family = family,
        DecodeToJson = bytes => codec.ToJson(codec.Decode(bytes, ExiDecodeOptions.Default, out _)),
        EncodeJson = json => codec.Encode(codec.FromJson(json)),
        Rewrite = json => codec.ToJson(codec.FromJson(json)),
    };
}
