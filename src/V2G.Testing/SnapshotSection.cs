using System;
using System.Text;

namespace V2G.Testing;

/// <summary>
/// One named part of a message snapshot: <c>xml</c>, <c>hex</c>, and whatever else a test wants pinned (a JSON form,
/// an explain trace). Rendered as a <c># name</c> heading followed by the text.
/// </summary>
/// <param name="Name">A short lower-case name, one word (e.g. <c>xml</c>, <c>hex</c>, <c>json</c>, <c>explain</c>).</param>
/// <param name="Text">The section's text; line endings are normalised when the snapshot is rendered.</param>
public sealed record SnapshotSection(string Name, string Text)
{
    /// <summary>Bytes per line of a <see cref="Hex(ReadOnlySpan{byte})"/> section.</summary>
    public const int HexBytesPerLine = 32;

    /// <summary>The XML form of a message.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The <c>xml</c> section.</returns>
    public static SnapshotSection Xml(string xml) => new("xml", xml);

    /// <summary>
    /// EXI bytes as lower-case hex, <see cref="HexBytesPerLine"/> bytes per line, after a first line with the length,
    /// so that a one-byte change shows as a one-line diff.
    /// </summary>
    /// <param name="bytes">The EXI stream.</param>
    /// <returns>The <c>hex</c> section.</returns>
    public static SnapshotSection Hex(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        text.Append(bytes.Length).Append(bytes.Length == 1 ? " byte" : " bytes").Append('\n');
        for (int start = 0; start < bytes.Length; start += HexBytesPerLine)
        {
            var line = bytes.Slice(start, Math.Min(HexBytesPerLine, bytes.Length - start));
            text.Append(Convert.ToHexStringLower(line)).Append('\n');
        }

        return new SnapshotSection("hex", text.ToString());
    }

    /// <summary>The JSON form of a message (keys in schema order, so the text is stable).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The <c>json</c> section.</returns>
    public static SnapshotSection Json(string json) => new("json", json);

    /// <summary>
    /// The explain trace of a stream: one line per EXI event with its bits, element path, grammar state, event code
    /// and value representation, then the end line; a changed bit shows as the event it belongs to.
    /// </summary>
    /// <param name="trace">The trace of the stream.</param>
    /// <returns>The <c>explain</c> section.</returns>
    public static SnapshotSection Explain(global::V2G.Exi.Tracing.ExiTrace trace) =>
        new("explain", global::V2G.Exi.Tracing.ExiTraceText.Format(trace));
}
