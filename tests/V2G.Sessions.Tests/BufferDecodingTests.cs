using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace V2G.Sessions.Tests;

/// <summary>The decoder fed from receive buffers that split frames anywhere.</summary>
public sealed class BufferDecodingTests
{
    [Fact]
    public void Frames_split_at_every_byte_position_decode_to_the_same_messages()
    {
        var script = ScriptedSession.For("din").Take(6).ToList();
        int longest = script.Max(m => m.Frame.Length);
        for (int split = 0; split <= longest; split++)
        {
            var decoder = new SessionDecoder();
            var messages = new List<SessionMessage>();
            foreach (ScriptedMessage message in script)
            {
                byte[] frame = message.Frame;
                int cut = Math.Min(split, frame.Length);
                var head = new ReadOnlySequence<byte>(frame[..cut]);
                Assert.Null(decoder.Decode(message.Direction, ref head, messages));
                Assert.Equal(cut == frame.Length ? 0 : cut, head.Length); // a partial frame is left unconsumed

                var whole = new ReadOnlySequence<byte>([.. head.ToArray(), .. frame[cut..]]);
                Assert.Null(decoder.Decode(message.Direction, ref whole, messages));
                Assert.Equal(0, whole.Length);
            }

            Assert.Equal(ScriptedSession.Expected(script), messages.Select(ScriptedSession.Describe));
            Assert.Equal(script[0].Frame.Length + script[2].Frame.Length, messages[4].StreamOffset); // offsets count per direction
        }
    }

    [Fact]
    public void A_bad_header_in_the_buffer_is_a_framing_error_at_its_stream_offset()
    {
        var script = ScriptedSession.For("din");
        byte[] first = script[0].Frame;
        byte[] ev = [.. first, 0x02, 0xFE, 0x80, 0x01];
        var decoder = new SessionDecoder();
        var messages = new List<SessionMessage>();
        var buffer = new ReadOnlySequence<byte>(ev);

        SessionError? error = decoder.Decode(SessionDirection.EvToEvse, ref buffer, messages);

        Assert.Equal(SessionErrorKind.Framing, error?.Kind);
        Assert.Equal(V2G.Transport.V2gtp.V2gtpErrorKind.WrongProtocolVersion, error!.Framing?.Kind);
        Assert.Equal(first.Length, error.StreamOffset);
        Assert.Equal("supportedAppProtocolReq", Assert.Single(messages).Name);
        Assert.Equal(4, buffer.Length);
    }
}
