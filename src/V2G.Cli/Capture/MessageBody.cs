using System.Buffers;
using System.Text;
using System.Text.Json;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>
/// The one place that turns a decoded message into its JSON body (<c>{"V2G_Message": {...}}</c>, <c>{"SessionSetupReq": {...}}</c>).
/// The session library writes it (<see cref="SessionMessage.WriteJson"/>); a decoded document whose strings JSON cannot carry
/// (a lone surrogate, <see cref="SessionMessage.Json"/> is null) gets a <c>null</c> body.
/// </summary>
internal static class MessageBody
{
    /// <summary>Writes the message's body as a JSON value.</summary>
    /// <param name="writer">The writer, positioned where the value goes.</param>
    /// <param name="message">A decoded message.</param>
    public static void Write(Utf8JsonWriter writer, SessionMessage message)
    {
        // Json is null exactly when WriteJson would fail, so a failure never leaves half an object in the writer.
        if (message.Json is null)
        {
            writer.WriteNullValue();
            return;
        }

        message.WriteJson(writer);
    }

    /// <summary>The body as indented JSON text, for the HTML report; null while bodies are not available.</summary>
    /// <param name="message">A decoded message.</param>
    /// <returns>The JSON text, or null.</returns>
    public static string? ToIndentedJson(SessionMessage message)
    {
        if (message.Json is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JsonText.Readable }))
        {
            Write(writer, message);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
