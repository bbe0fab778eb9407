using System.Buffers;
using System.Text;
using System.Text.Json;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>
/// The one place that turns a decoded message into its JSON body (<c>{"V2G_Message": {...}}</c>, <c>{"SessionSetupReq": {...}}</c>).
/// Until the session library writes message JSON, the body is <c>null</c>; the reports and tests go through here only.
/// </summary>
internal static class MessageBody
{
    /// <summary>Whether bodies are written (false while only <c>null</c> can be written).</summary>
    public static bool IsAvailable => false;

    /// <summary>Writes the message's body as a JSON value.</summary>
    /// <param name="writer">The writer, positioned where the value goes.</param>
    /// <param name="message">A decoded message.</param>
    public static void Write(Utf8JsonWriter writer, SessionMessage message) => writer.WriteNullValue();

    /// <summary>The body as indented JSON text, for the HTML report; null while bodies are not available.</summary>
    /// <param name="message">A decoded message.</param>
    /// <returns>The JSON text, or null.</returns>
    public static string? ToIndentedJson(SessionMessage message)
    {
        if (!IsAvailable || !message.IsDecoded)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, message);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
