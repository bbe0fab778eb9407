using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace V2G.Exi;

/// <summary>Pieces of the JSON form shared by the generated JSON readers and writers.</summary>
public static class ExiJsonValues
{
    /// <summary>
    /// How <c>ToJson</c> writes: indented by two spaces, <c>\n</c> line ends on every platform, non-ASCII characters as
    /// themselves (only what JSON requires is escaped, so the text is not safe to paste into HTML unescaped).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new JsonWriterOptions
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs a JSON writer into a string with <see cref="WriterOptions"/>.</summary>
    /// <typeparam name="T">What is written.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes the value.</param>
    /// <returns>The JSON text.</returns>
    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Parses JSON text (comments and trailing commas are refused, as in RFC 8259).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The parsed document; the caller disposes it.</returns>
    /// <exception cref="ExiJsonException">The text is not well-formed JSON.</exception>
    public static JsonDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ExiJsonException("The JSON is not well-formed: " + e.Message, e);
        }
    }

    /// <summary>
    /// The one key of a document or fragment object: <c>{"V2G_Message": {...}}</c>.
    /// </summary>
    /// <param name="root">The parsed JSON value.</param>
    /// <param name="noun">"document" or "fragment", for the error message.</param>
    /// <returns>The root element's key and content.</returns>
    /// <exception cref="ExiJsonException">The value is not an object with exactly one key.</exception>
    public static JsonProperty RootProperty(JsonElement root, string noun)
    {
        RequireKind(root, JsonValueKind.Object, "an object with one key, the root element's name");
        JsonProperty? only = null;
        foreach (var property in root.EnumerateObject())
        {
            if (only is not null)
            {
                throw new ExiJsonException("A " + noun + " has one key, the root element's name; found '" + only.Value.Name + "' and '" + property.Name + "'");
            }

            only = property;
        }

        return only ?? throw new ExiJsonException("The object is empty; a " + noun + " has one key, the root element's name");
    }

    /// <summary>Refuses a value of another JSON kind than expected.</summary>
    /// <param name="element">The value.</param>
    /// <param name="kind">The kind expected.</param>
    /// <param name="expected">What is expected, in words (e.g. <c>an integer</c>).</param>
    /// <exception cref="ExiJsonException">The value has another kind.</exception>
    public static void RequireKind(JsonElement element, JsonValueKind kind, string expected)
    {
        if (element.ValueKind != kind)
        {
            throw new ExiJsonException("Expected " + expected + ", found " + Describe(element));
        }
    }

    /// <summary>Reads a JSON boolean.</summary>
    /// <param name="element">The value.</param>
    /// <returns>The boolean.</returns>
    /// <exception cref="ExiJsonException">The value is not <c>true</c> or <c>false</c>.</exception>
    public static bool ReadBoolean(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ExiJsonException("Expected a boolean (true or false), found " + Describe(element)),
    };

    /// <summary>The exact digits of a JSON number, for the integer parser (never through a double).</summary>
    /// <param name="element">The value.</param>
    /// <returns>The number as written.</returns>
    /// <exception cref="ExiJsonException">The value is not a number.</exception>
    public static string NumberText(JsonElement element)
    {
        RequireKind(element, JsonValueKind.Number, "an integer (a JSON number)");
        return element.GetRawText();
    }

    /// <summary>The text of a JSON string.</summary>
    /// <param name="element">The value.</param>
    /// <param name="expected">What the string holds, in words (e.g. <c>a string of hex digits</c>).</param>
    /// <returns>The string.</returns>
    /// <exception cref="ExiJsonException">The value is not a string.</exception>
    public static string StringText(JsonElement element, string expected)
    {
        RequireKind(element, JsonValueKind.String, expected);
        return element.GetString()!;
    }

    /// <summary>The error for a key an object may not hold.</summary>
    /// <param name="key">The key found.</param>
    /// <param name="owner">The type whose content the object is.</param>
    /// <param name="keys">The keys the object may hold, in schema order.</param>
    /// <returns>The exception to throw.</returns>
    public static ExiJsonException UnknownKey(string key, string owner, string keys) =>
        new ExiJsonException("Unknown key '" + key + "': " + owner + (keys.Length == 0 ? " has no content" : " has the keys " + keys));

    /// <summary>The error for a key given twice in one object.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The exception to throw.</returns>
    public static ExiJsonException DuplicateKey(string key) =>
        new ExiJsonException("The key '" + key + "' occurs more than once");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + Shorten(element.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
}
