using System.Collections.Generic;
using System.IO;
using Xunit;

namespace V2G.Sessions.Tests;

/// <summary>Message names and families against the manifest of every shared vector and every shared capture.</summary>
public sealed class NamingTests
{
    public static IEnumerable<object[]> Vectors() =>
        SharedVectors.Manifest("din", "iso2", "iso20-common", "iso20-ac", "iso20-dc", "iso20-wpt", "iso20-acdp", "app-protocol");

    public static IEnumerable<object[]> Captures() => SharedVectors.Captures();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Every_vector_is_named_by_its_body_or_root_element(string family, string exiFile, string expectedName)
    {
        SessionMessage message = DecodeAfterHandshake(family, SharedVectors.File(exiFile));

        Assert.Null(message.Error);
        Assert.Equal(family, message.Family?.ToId());
        Assert.Equal(expectedName, message.Name);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Every_captured_message_of_a_real_session_decodes_under_its_family_with_its_name(string family, string id, string name)
    {
        SessionMessage message = DecodeAfterHandshake(family, SharedVectors.File(Path.Combine("captures", family, id + ".exi")));

        Assert.Null(message.Error);
        Assert.Equal(family, message.Family?.ToId());
        Assert.Equal(name, message.Name);
    }

    /// <summary>Feeds a handshake for the family's standard, then the payload under the family's payload type.</summary>
    private static SessionMessage DecodeAfterHandshake(string family, byte[] payload)
    {
        var decoder = new SessionDecoder();
        if (family == "app-protocol")
        {
            return decoder.Decode(SessionDirection.EvToEvse, new(V2G.Transport.V2gtp.V2gtpPayloadType.Exi, payload));
        }

        string ns = family switch
        {
            "din" => Handshake.Din,
            "iso2" => Handshake.Iso2,
            _ => Handshake.Iso20Dc,
        };
        decoder.Decode(SessionDirection.EvToEvse, new(V2G.Transport.V2gtp.V2gtpPayloadType.Exi, Handshake.Request(ns)));
        decoder.Decode(SessionDirection.EvseToEv, new(V2G.Transport.V2gtp.V2gtpPayloadType.Exi, Handshake.Response(10)));
        ushort type = family switch
        {
            "iso20-common" => 0x8002,
            "iso20-ac" => 0x8003,
            "iso20-dc" => 0x8004,
            "iso20-acdp" => 0x8005,
            "iso20-wpt" => 0x8006,
            _ => 0x8001,
        };
        return decoder.Decode(SessionDirection.EvToEvse, new(new V2G.Transport.V2gtp.V2gtpPayloadType(type), payload));
    }
}
