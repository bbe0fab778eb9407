using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Sessions.Tests;

/// <summary>The JSON form of session messages: the decoded document's JSON, and a typed refusal for a frame that did not decode.</summary>
public sealed class JsonMessageTests
{
    [Theory]
    [InlineData("din", "V2G_Message")]
    [InlineData("iso2", "V2G_Message")]
    [InlineData("iso20", "SessionSetupReq")]
    public void Every_message_of_a_session_has_its_document_json(string family, string thirdRoot)
    {
        var messages = Decode(ScriptedSession.For(family));

        Assert.All(messages, m => Assert.True(m.IsDecoded, m.ToString()));
        using var first = JsonDocument.Parse(messages[0].Json!);
        var request = first.RootElement.GetProperty("supportedAppProtocolReq");
        Assert.Equal(JsonValueKind.Array, request.GetProperty("AppProtocol").ValueKind);
        using var third = JsonDocument.Parse(messages[2].Json!);
        Assert.Equal(thirdRoot, Assert.Single(third.RootElement.EnumerateObject()).Name);
        if (thirdRoot == "V2G_Message")
        {
            Assert.True(third.RootElement.GetProperty("V2G_Message").GetProperty("Body").TryGetProperty("SessionSetupReq", out _));
        }
    }

    [Fact]
    public void WriteJson_writes_the_document_as_the_next_value_of_the_callers_writer()
    {
        var messages = Decode(ScriptedSession.For("din"));
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var message in messages)
            {
                message.WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        using var all = JsonDocument.Parse(buffer.ToArray());
        var items = all.RootElement.EnumerateArray().ToList();
        Assert.Equal(messages.Count, items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            using var alone = JsonDocument.Parse(messages[i].Json!);
            Assert.True(JsonElement.DeepEquals(alone.RootElement, items[i]), messages[i].ToString());
        }
    }

    [Fact]
    public void A_frame_that_did_not_decode_has_no_json_and_WriteJson_refuses()
    {
        var script = ScriptedSession.For("din").Take(2).ToList();
        var messages = Decode(script);
        var decoder = new SessionDecoder();
        var list = new List<SessionMessage>();
        foreach (var m in script)
        {
            var frame = new ReadOnlySequence<byte>(m.Frame);
            decoder.Decode(m.Direction, ref frame, list);
        }

        var garbage = new ReadOnlySequence<byte>(V2gtpWriter.WriteFrame(new V2gtpPayloadType(0x8001), [0x80, 0xFF, 0xFF, 0xFF]));
        decoder.Decode(SessionDirection.EvToEvse, ref garbage, list);

        var failed = list[^1];
        Assert.False(failed.IsDecoded);
        Assert.Null(failed.Json);
        using var writer = new Utf8JsonWriter(new MemoryStream());
        var error = Assert.Throws<InvalidOperationException>(() => failed.WriteJson(writer));
        Assert.StartsWith("The message did not decode", error.Message, StringComparison.Ordinal);
        Assert.NotNull(messages[1].Json);
    }

    private static List<SessionMessage> Decode(IEnumerable<ScriptedMessage> script)
    {
        var decoder = new SessionDecoder();
        var messages = new List<SessionMessage>();
        foreach (var m in script)
        {
            var frame = new ReadOnlySequence<byte>(m.Frame);
            Assert.Null(decoder.Decode(m.Direction, ref frame, messages));
        }

        return messages;
    }
}
