using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using V2G.Exi;
using V2G.Exi.Tracing;

namespace V2G.Testing;

/// <summary>
/// A message as stable, reviewable text: an ordered list of <see cref="SnapshotSection"/>s (by default its XML and
/// JSON forms, its EXI bytes in hex and the explain trace of those bytes). The text has <c>\n</c> line endings and nothing that changes between runs.
/// Pass it to <see cref="SnapshotAssert.Matches(MessageSnapshot, string?, string, string)"/>, or its
/// <see cref="ToText"/> to another snapshot library (e.g. Snapshooter's <c>Snapshot.Match</c>).
/// </summary>
public sealed class MessageSnapshot
{
    private MessageSnapshot(IReadOnlyList<SnapshotSection> sections) => Sections = sections;

    /// <summary>The sections, in the order they are rendered.</summary>
    public IReadOnlyList<SnapshotSection> Sections { get; }

    /// <summary>
    /// Snapshots a value: its XML and JSON forms, the bytes the codec encodes it to and their explain trace. The bytes are decoded again and must give
    /// the same XML, so a snapshot never pins an encoding the codec cannot read back.
    /// </summary>
    /// <typeparam name="T">The codec's document or fragment union.</typeparam>
    /// <param name="codec">The codec (e.g. <c>DinCodec.Documents</c>).</param>
    /// <param name="value">The message.</param>
    /// <returns>The snapshot with <c>xml</c>, <c>json</c>, <c>hex</c> and (for generated codecs) <c>explain</c> sections.</returns>
    /// <exception cref="ExiEncodeException">The value breaks the schema.</exception>
    /// <exception cref="InvalidOperationException">The encoded bytes decode to a different message.</exception>
    public static MessageSnapshot Of<T>(IExiCodec<T> codec, T value)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(codec);
        byte[] exi = codec.Encode(value);
        string xml = codec.ToXml(value);
        if (!codec.TryDecode(exi, out var decoded, out var error))
        {
            throw new InvalidOperationException("The encoded message does not decode again: " + error.Message);
        }

        if (codec.ToXml(decoded) != xml)
        {
            throw new InvalidOperationException("The encoded message decodes to a different message (its XML differs)");
        }

        var sections = new List<SnapshotSection> { SnapshotSection.Xml(xml), SnapshotSection.Json(codec.ToJson(value)), SnapshotSection.Hex(exi) };
        if (codec is IExiExplainer explainer)
        {
            // Every generated codec explains its streams; a hand-written IExiCodec may not.
            sections.Add(SnapshotSection.Explain(explainer.Explain(exi)));
        }

        return FromParts(sections.ToArray());
    }

    /// <summary>
    /// Snapshots an EXI stream: the XML of what it decodes to and the bytes the decoded message encodes to again
    /// (so a stream that does not round-trip shows as a hex diff against its approved file).
    /// </summary>
    /// <typeparam name="T">The codec's document or fragment union.</typeparam>
    /// <param name="codec">The codec.</param>
    /// <param name="exi">The EXI stream.</param>
    /// <returns>The snapshot with <c>xml</c>, <c>json</c>, <c>hex</c> and (for generated codecs) <c>explain</c> sections.</returns>
    /// <exception cref="ExiDecodeException">The stream does not decode (with bit offset and element path).</exception>
    public static MessageSnapshot OfStream<T>(IExiCodec<T> codec, ReadOnlySpan<byte> exi)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(codec);
        T value = codec.Decode(exi, ExiDecodeOptions.Default, out _);
        return Of(codec, value);
    }

    /// <summary>A snapshot of given sections (for text that did not come from a codec).</summary>
    /// <param name="sections">The sections, in order; names must be distinct.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentException">Two sections have the same name, or a name is not one word.</exception>
    public static MessageSnapshot FromParts(params SnapshotSection[] sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        return new MessageSnapshot(Validated(sections));
    }

    /// <summary>This snapshot with one more section at the end (e.g. a <c>json</c> form or an <c>explain</c> trace).</summary>
    /// <param name="section">The section to add; its name must not be taken yet.</param>
    /// <returns>A new snapshot.</returns>
    /// <exception cref="ArgumentException">A section of that name is already there.</exception>
    public MessageSnapshot With(SnapshotSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new MessageSnapshot(Validated(Sections.Append(section).ToArray()));
    }

    /// <summary>
    /// The text compared with the approved file: each section as <c># name</c>, its text with <c>\n</c> line
    /// endings and trailing blank lines removed, and one blank line between sections.
    /// </summary>
    /// <returns>The snapshot text, ending in one <c>\n</c>.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var section in Sections)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append("# ").Append(section.Name).Append('\n');
            string body = SnapshotText.Normalize(section.Text).TrimEnd('\n');
            if (body.Length > 0)
            {
                text.Append(body).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToText();

    private static SnapshotSection[] Validated(SnapshotSection[] sections)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            ArgumentNullException.ThrowIfNull(section, nameof(sections));
            if (section.Name.Length == 0 || section.Name.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException("A section name is one word; got '" + section.Name + "'", nameof(sections));
            }

            if (!names.Add(section.Name))
            {
                throw new ArgumentException("The snapshot already has a section '" + section.Name + "'", nameof(sections));
            }
        }

        return sections;
    }
}
