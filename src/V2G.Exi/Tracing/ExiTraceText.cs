using System.Globalization;
using System.Text;

namespace V2G.Exi.Tracing;

/// <summary>
/// The text form of an explain trace: one line per event (bit offset and width, event, element path, grammar state,
/// event code, value bits, representation and value), then an end line like the reference <c>.trace</c> files'.
/// </summary>
public static class ExiTraceText
{
    private const int MaxValueChars = 40;

    /// <summary>Formats the whole trace.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The lines, each ended by <c>\n</c>.</returns>
    public static string Format(ExiTrace trace)
    {
        System.ArgumentNullException.ThrowIfNull(trace);
        var text = new StringBuilder();
        text.Append("# header: bits 0..").Append(ExiTrace.HeaderBits).Append('\n');
        foreach (var e in trace.Events)
        {
            text.Append(Line(e)).Append('\n');
        }

        return text.Append(EndLine(trace)).Append('\n').ToString();
    }

    /// <summary>
    /// One event as a line, e.g. <c>@12+1 CH /supportedAppProtocolReq/AppProtocol/ProtocolNamespace state=Start code=0/2
    /// bits=13..221 type=STRING (string literal length 25) value="urn:din:70121:2012:MsgDef"</c>.
    /// </summary>
    /// <param name="e">The event.</param>
    /// <returns>The line.</returns>
    public static string Line(ExiTraceEvent e)
    {
        System.ArgumentNullException.ThrowIfNull(e);
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"@{e.CodeStart}+{e.CodeWidth} {Kind(e.Kind)} ");
        line.Append(e.ElementPath.Length == 0 ? "-" : e.ElementPath);
        line.Append(" state=").Append(e.GrammarState).Append(" code=").Append(e.EventCode).Append('/').Append(e.ValuesPerLevel);
        if (e.ValueStart >= 0)
        {
            line.Append(CultureInfo.InvariantCulture, $" bits={e.ValueStart}..{e.ValueEnd} type={e.Datatype}");
            if (e.Representation is not null)
            {
                line.Append(" (").Append(e.Representation).Append(')');
            }

            if (e.Value is not null)
            {
                line.Append(" value=\"").Append(Quote(e.Value)).Append('"');
                if (e.Value.Length > MaxValueChars)
                {
                    line.Append(CultureInfo.InvariantCulture, $"...({e.Value.Length} chars)");
                }
            }
        }

        return line.ToString();
    }

    /// <summary>
    /// The end line: where the last event ends, the padding bits and the bytes after the body, or where decoding failed
    /// and why.
    /// </summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The line.</returns>
    public static string EndLine(ExiTrace trace)
    {
        System.ArgumentNullException.ThrowIfNull(trace);
        if (trace.Error is { } error)
        {
            return string.Create(CultureInfo.InvariantCulture, $"# error after bit {trace.EndBit}: {error.Message}");
        }

        var line = new StringBuilder();
        long padEnd = trace.EndBit + trace.PaddingBits.Length;
        line.Append(CultureInfo.InvariantCulture, $"# end: last event ends at bit {trace.EndBit}; ");
        line.Append(CultureInfo.InvariantCulture, $"padding bits {trace.EndBit}..{padEnd} ({trace.PaddingBits.Length})");
        if (trace.PaddingBits.Length != 0)
        {
            line.Append(" = ").Append(trace.PaddingBits);
        }

        line.Append(CultureInfo.InvariantCulture, $"; bytes after the EXI body: {trace.TrailingBytes.Length}");
        if (trace.TrailingBytes.Length != 0)
        {
            line.Append(" (").Append(System.Convert.ToHexString(trace.TrailingBytes.Span).ToLowerInvariant()).Append(')');
        }

        return line.ToString();
    }

    /// <summary>The short name of an event kind: SD, SE, AT, CH, EE, ED.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The two letters.</returns>
    public static string Kind(ExiEventKind kind) => kind switch
    {
        ExiEventKind.StartDocument => "SD",
        ExiEventKind.StartElement => "SE",
        ExiEventKind.Attribute => "AT",
        ExiEventKind.Characters => "CH",
        ExiEventKind.EndElement => "EE",
        _ => "ED",
    };

    private static string Quote(string value)
    {
        var text = new StringBuilder();
        foreach (char c in value.Length > MaxValueChars ? value.Substring(0, MaxValueChars) : value)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
