using System.Collections.Generic;
using System.Linq;
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

    public static IEnumerable<object[]> DinAndIso2() => SharedVectors.Manifest("din", "iso2")
        .Concat(SharedVectors.Captures().Where(c => (string)c[0] is "din" or "iso2")
            .Select(c => new object[] { c[0], Path.Combine("captures", (string)c[0], c[1] + ".exi"), c[2] }));

    [Theory]
    [MemberData(nameof(DinAndIso2))]
    public void Without_a_handshake_a_din_or_iso2_payload_is_never_given_the_wrong_family(string family, string exiFile, string name)
    {
        byte[] payload = SharedVectors.File(exiFile);
        SessionMessage message = new SessionDecoder().Decode(SessionDirection.EvToEvse, new(V2G.Transport.V2gtp.V2gtpPayloadType.Exi, payload));

        if (message.FamilyInferred)
        {
            Assert.Equal(family, message.Family?.ToId());
            Assert.Equal(name, message.Name);
            Assert.Null(message.Error);
        }
        else
        {
            Assert.Equal(SessionErrorKind.NoHandshake, message.Error?.Kind);
        }
    }

    [Fact]
    public void Without_a_handshake_every_din_and_iso2_payload_but_one_with_a_trailing_byte_is_identified()
    {
        var missed = DinAndIso2()
            .Select(c => (string)c[1])
            .Where(file => !new SessionDecoder()
                .Decode(SessionDirection.EvToEvse, new(V2G.Transport.V2gtp.V2gtpPayloadType.Exi, SharedVectors.File(file))).FamilyInferred)
            .ToList();

        // din-0174 carries a 0x00 byte after its EXI stream (see the vectors README), so no codec uses every byte.
        Assert.Equal([Path.Combine("captures", "din", "din-0174.exi")], missed);
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
