using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using V2G.Transport.Capture;
using V2G.Transport.Sdp;
using Xunit;

namespace V2G.Cli.Tests.Capture;

/// <summary><c>v2g capture --format json</c> on captures built from the shared vectors.</summary>
public sealed class CaptureJsonTests
{
    private static readonly IPEndPoint Ev6 = new(IPAddress.Parse("fe80::2"), 50123);
    private static readonly IPEndPoint Evse6 = new(IPAddress.Parse("fe80::1"), 15118);
    private static readonly IPEndPoint Ev4 = new(IPAddress.Parse("192.168.1.20"), 50124);
    private static readonly IPEndPoint Evse4 = new(IPAddress.Parse("192.168.1.1"), 61000);

    public static IEnumerable<object[]> Cases() =>
        from family in new[] { "din", "iso2", "iso20" }
        from format in new[] { CaptureFormat.Pcap, CaptureFormat.PcapNg }
        from ipv6 in new[] { true, false }
        select new object[] { family, format, ipv6 };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_retransmitted_and_reordered_segments_give_the_exact_message_sequence(string family, CaptureFormat format, bool ipv6)
    {
        IReadOnlyList<VectorMessage> script = VectorSessions.For(family);
        var capture = new TcpCaptureBuilder(format, ipv6 ? Ev6 : Ev4, ipv6 ? Evse6 : Evse4);
        for (int i = 0; i < script.Count; i++)
        {
            switch (i)
            {
                case 2:
                    capture.SendInThree(script[i].FromEv, script[i].Frame);
                    break;
                case 3:
                    capture.SendTwice(script[i].FromEv, script[i].Frame);
                    break;
                case 4:
                    capture.SendOutOfOrder(script[i].FromEv, script[i].Frame);
                    break;
                default:
                    capture.Send(script[i].FromEv, script[i].Frame);
                    break;
            }
        }

        using JsonDocument json = CaptureRun.Json(capture.ToArray());
        JsonElement session = Assert.Single(json.RootElement.GetProperty("sessions").EnumerateArray());
        Assert.Equal(ipv6 ? "[fe80::2]:50123" : "192.168.1.20:50124", session.GetProperty("client").GetString());
        Assert.Equal(ipv6 ? "[fe80::1]:15118" : "192.168.1.1:61000", session.GetProperty("server").GetString());
        Assert.False(session.GetProperty("tls").GetBoolean());
        Assert.Equal(script.Select(m => m.Expected), CaptureRun.Describe(session));

        var times = session.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("time").GetDouble()).ToList();
        Assert.Equal(times.OrderBy(t => t), times);
        Assert.InRange(times[0], TcpCaptureBuilder.StartNanoseconds / 1e9, capture.Time / 1e9);
    }

    [Fact]
    public void Json_has_exactly_the_documented_fields_in_order()
    {
        IReadOnlyList<VectorMessage> script = VectorSessions.For("iso2");
        var capture = new TcpCaptureBuilder(CaptureFormat.PcapNg, Ev6, Evse6);
        foreach (VectorMessage message in script)
        {
            capture.Send(message.FromEv, message.Frame);
        }

        using JsonDocument json = CaptureRun.Json(capture.ToArray());
        Assert.Equal(["sessions", "sdp"], json.RootElement.EnumerateObject().Select(p => p.Name));
        JsonElement session = json.RootElement.GetProperty("sessions")[0];
        Assert.Equal(["client", "server", "tls", "messages"], session.EnumerateObject().Select(p => p.Name));
        Assert.All(session.GetProperty("messages").EnumerateArray(), m =>
        {
            Assert.Equal(["time", "direction", "payloadType", "family", "message", "body"], m.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, m.GetProperty("time").ValueKind);
        });
        // The body is the decoded document: its root element (V2G_Message for ISO 15118-2) holding the schema's element names.
        JsonElement[] messages = [.. session.GetProperty("messages").EnumerateArray()];
        Assert.Equal(
            ["supportedAppProtocolReq", "supportedAppProtocolRes"],
            messages.Take(2).Select(m => Assert.Single(m.GetProperty("body").EnumerateObject()).Name));
        Assert.All(messages.Skip(2), m => Assert.Equal("V2G_Message", Assert.Single(m.GetProperty("body").EnumerateObject()).Name));
        Assert.True(messages[3].GetProperty("body").GetProperty("V2G_Message").GetProperty("Body").TryGetProperty("SessionSetupRes", out _),
            messages[3].GetProperty("body").ToString());
    }

    [Fact]
    public void A_tls_session_is_reported_with_tls_true_and_no_messages()
    {
        var capture = new TcpCaptureBuilder(CaptureFormat.PcapNg, Ev6, Evse6);
        // A TLS 1.2 handshake record (ClientHello) header and a few bytes of its body.
        capture.Send(true, [0x16, 0x03, 0x03, 0x00, 0x31, 0x01, 0x00, 0x00, 0x2D, 0x03, 0x03, 0xAA, 0xBB]);
        capture.Send(false, [0x16, 0x03, 0x03, 0x00, 0x2A, 0x02, 0x00, 0x00, 0x26, 0x03, 0x03]);

        using JsonDocument json = CaptureRun.Json(capture.ToArray());
        JsonElement session = Assert.Single(json.RootElement.GetProperty("sessions").EnumerateArray());
        Assert.True(session.GetProperty("tls").GetBoolean());
        Assert.Equal(0, session.GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public void Garbage_between_frames_is_noted_and_every_frame_still_listed()
    {
        IReadOnlyList<VectorMessage> script = VectorSessions.For("din");
        var capture = new TcpCaptureBuilder(CaptureFormat.Pcap, Ev4, Evse4);
        for (int i = 0; i < script.Count; i++)
        {
            capture.Send(script[i].FromEv, i == 4 ? [0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x11, 0x22, .. script[i].Frame] : script[i].Frame);
        }

        CliResult result = CaptureRun.Run(capture.ToArray(), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(script.Select(m => m.Expected), CaptureRun.Describe(json.RootElement.GetProperty("sessions")[0]));
        string note = Assert.Single(result.ErrorLines);
        Assert.Contains("session 1 EV->EVSE: Garbage", note);
        Assert.Contains("(7 bytes)", note);
    }

    [Fact]
    public void A_frame_that_does_not_decode_is_listed_with_its_error_and_the_session_goes_on()
    {
        IReadOnlyList<VectorMessage> script = VectorSessions.For("iso2");
        var broken = script[2] with { Payload = [0x80, 0xFF, 0xFF, 0xFF] };
        var capture = new TcpCaptureBuilder(CaptureFormat.PcapNg, Ev6, Evse6);
        foreach (VectorMessage message in script.Take(2).Append(broken).Concat(script.Skip(3)))
        {
            capture.Send(message.FromEv, message.Frame);
        }

        using JsonDocument json = CaptureRun.Json(capture.ToArray());
        JsonElement[] messages = [.. json.RootElement.GetProperty("sessions")[0].GetProperty("messages").EnumerateArray()];
        Assert.Equal(script.Count, messages.Length);
        Assert.Equal(["time", "direction", "payloadType", "family", "message", "error"], messages[2].EnumerateObject().Select(p => p.Name));
        Assert.Equal("iso2", messages[2].GetProperty("family").GetString());
        Assert.Equal(JsonValueKind.Null, messages[2].GetProperty("message").ValueKind);
        Assert.StartsWith("Decode: ", messages[2].GetProperty("error").GetString());
        Assert.Equal(script.Skip(3).Select(m => m.Name), messages.Skip(3).Select(m => m.GetProperty("message").GetString()));
    }

    [Fact]
    public void A_truncated_capture_file_is_an_input_error_with_the_file_offset()
    {
        IReadOnlyList<VectorMessage> script = VectorSessions.For("din");
        var capture = new TcpCaptureBuilder(CaptureFormat.Pcap, Ev4, Evse4);
        capture.Send(true, script[0].Frame);
        int lastRecord = capture.ToArray().Length;
        capture.Send(false, script[1].Frame);
        byte[] file = capture.ToArray();

        CliResult result = CaptureRun.Run(file[..^10], "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        string error = Assert.Single(result.ErrorLines);
        Assert.Contains($"error: not a readable capture: Truncated at byte {lastRecord} ", error);
    }

    [Fact]
    public void Not_a_capture_is_an_input_error_at_byte_0()
    {
        CliResult result = CaptureRun.Run([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NotACapture at byte 0 (magic number): 0x01020304", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Sdp_request_and_response_are_listed_with_security_transport_and_address()
    {
        var capture = new TcpCaptureBuilder(CaptureFormat.PcapNg, Ev6, Evse6);
        var multicast = new IPEndPoint(IPAddress.Parse("ff02::1"), 15118);
        capture.Udp(new IPEndPoint(Ev6.Address, 50000), multicast,
            new SdpRequest(SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Tcp).ToDatagram());
        capture.Udp(new IPEndPoint(Evse6.Address, 15118), new IPEndPoint(Ev6.Address, 50000),
            new SdpResponse(Evse6.Address, 15118, SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Tcp).ToDatagram());

        using JsonDocument json = CaptureRun.Json(capture.ToArray());
        JsonElement[] sdp = [.. json.RootElement.GetProperty("sdp").EnumerateArray()];
        Assert.Equal(2, sdp.Length);
        Assert.Equal(["time", "direction", "kind", "security", "transport"], sdp[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("EV->EVSE", "request", "none", "tcp"),
            (sdp[0].GetProperty("direction").GetString(), sdp[0].GetProperty("kind").GetString(), sdp[0].GetProperty("security").GetString(),
             sdp[0].GetProperty("transport").GetString()));
        Assert.Equal(("EVSE->EV", "response", "fe80::1", 15118),
            (sdp[1].GetProperty("direction").GetString(), sdp[1].GetProperty("kind").GetString(), sdp[1].GetProperty("address").GetString(),
             sdp[1].GetProperty("port").GetInt32()));
    }

    public static IEnumerable<object[]> RealCaptureFamilies() =>
        new[] { "din", "iso2", "iso20" }.Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(RealCaptureFamilies))]
    public void Real_captured_messages_framed_as_one_session_decode_in_order(string family)
    {
        string folder = Path.Combine(SharedVectors.Root, "vectors", "captures");
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "captures.json")));
        var entries = manifest.RootElement.EnumerateArray()
            .Select(c => (Id: c.GetProperty("id").GetString()!, Family: c.GetProperty("family").GetString()!))
            .Where(c => family == "iso20" ? c.Family.StartsWith("iso20-", System.StringComparison.Ordinal) : c.Family == family)
            .ToList();
        string ns = family switch
        {
            "din" => VectorSessions.DinNamespace,
            "iso2" => VectorSessions.Iso2Namespace,
            _ => VectorSessions.Iso20DcNamespace,
        };
        IReadOnlyList<VectorMessage> script = VectorSessions.Session(ns, entries.Select(e => ($"captures/{e.Family}", e.Id)));
        // The manifest's message name and family, not the file name, are what the decoder must report.
        script = script.Take(2).Concat(script.Skip(2).Zip(entries, (m, e) => m with
        {
            Family = e.Family,
            PayloadType = VectorSessions.PayloadType(e.Family),
            Name = Message(manifest, e.Id),
            FromEv = Message(manifest, e.Id).EndsWith("Req", System.StringComparison.Ordinal),
        })).ToList();
        var capture = new TcpCaptureBuilder(CaptureFormat.PcapNg, Ev6, Evse6);
        foreach (VectorMessage message in script)
        {
            capture.Send(message.FromEv, message.Frame);
        }

        using JsonDocument json = CaptureRun.Json(capture.ToArray());
        Assert.True(entries.Count >= 7, $"{entries.Count} captures of {family}");
        Assert.Equal(script.Select(m => m.Expected), CaptureRun.Describe(json.RootElement.GetProperty("sessions")[0]));
    }

    private static string Message(JsonDocument manifest, string id) =>
        manifest.RootElement.EnumerateArray().First(c => c.GetProperty("id").GetString() == id).GetProperty("message").GetString()!;
}
