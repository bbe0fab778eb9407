using System.Buffers;
using System.Text;
using System.Text.Json;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>
/// <c>v2g capture --format json</c>: <c>{"sessions": [{"client", "server", "tls", "messages": [{"time", "direction",
/// "payloadType", "family", "message", "body" | "error"}]}], "sdp": [...]}</c>, always in this field order.
/// </summary>
internal static class CaptureJsonWriter
{
    /// <summary>The report as indented JSON text, ending with a newline.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(CaptureReport report)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JsonText.Readable }))
        {
            Write(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Writes the report as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, CaptureReport report)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("sessions");
        foreach (CapturedSession session in report.Sessions)
        {
            WriteSession(writer, session);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sdp");
        foreach (SdpEntry entry in report.Sdp)
        {
            WriteSdp(writer, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSession(Utf8JsonWriter writer, CapturedSession session)
    {
        writer.WriteStartObject();
        writer.WriteString("client", SessionText.Endpoint(session.Client));
        writer.WriteString("server", SessionText.Endpoint(session.Server));
        writer.WriteBoolean("tls", session.Session.Tls);
        writer.WriteStartArray("messages");
        foreach (SessionMessage message in session.Session.Messages)
        {
            WriteMessage(writer, message);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, SessionMessage message)
    {
        writer.WriteStartObject();
        if (message.EpochSeconds is double time)
        {
            writer.WriteNumber("time", time);
        }
        else
        {
            writer.WriteNull("time");
        }

        writer.WriteString("direction", message.Direction.ToLabel());
        writer.WriteString("payloadType", message.PayloadType.ToHex());
        writer.WriteString("family", message.Family?.ToId());
        writer.WriteString("message", message.Name);
        if (message.Error is { } error)
        {
            writer.WriteString("error", error.ToString());
        }
        else
        {
            writer.WritePropertyName("body");
            MessageBody.Write(writer, message);
        }

        writer.WriteEndObject();
    }

    private static void WriteSdp(Utf8JsonWriter writer, SdpEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteNumber("time", entry.EpochSeconds);
        writer.WriteString("direction", entry.Direction);
        writer.WriteString("kind", entry.Kind);
        writer.WriteString("security", entry.Security);
        writer.WriteString("transport", entry.Transport);
        if (entry.Message?.Response is { } response)
        {
            writer.WriteString("address", response.Address.ToString());
            writer.WriteNumber("port", response.Port);
        }

        if (entry.Error is { } error)
        {
            writer.WriteString("error", error.ToString());
        }

        writer.WriteEndObject();
    }
}
