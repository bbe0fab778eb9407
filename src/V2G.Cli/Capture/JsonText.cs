using System.Text.Encodings.Web;

namespace V2G.Cli.Capture;

/// <summary>How the capture JSON escapes strings.</summary>
internal static class JsonText
{
    /// <summary>
    /// Escapes only what JSON requires, so that non-ASCII text and <c>&lt;&amp;&gt;</c> stay readable. The output is never
    /// embedded in HTML unencoded: the HTML report encodes it like every other value.
    /// </summary>
    public static JavaScriptEncoder Readable => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
