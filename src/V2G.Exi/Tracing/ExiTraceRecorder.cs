using System;
using System.Collections.Generic;
using System.Globalization;

namespace V2G.Exi.Tracing;

/// <summary>
/// Collects the events that a generated decoder reports while it reads (see <see cref="ExiReader.Tracing"/>). A reader
/// without a recorder reports nothing and allocates nothing for tracing.
/// </summary>
public sealed class ExiTraceRecorder
{
    private readonly List<ExiTraceEvent> _events = [];
    private readonly List<(string QualifiedName, string Path)> _open = [];
    private string? _detail;

    /// <summary>The events recorded so far.</summary>
    public IReadOnlyList<ExiTraceEvent> Events => _events;

    /// <summary>Ends the trace of a stream that decoded: the body ends at <paramref name="endBit"/>.</summary>
    /// <param name="source">The decoded input.</param>
    /// <param name="endBit">The first bit after the last event.</param>
    /// <returns>The trace.</returns>
    public ExiTrace Complete(ReadOnlySpan<byte> source, long endBit)
    {
        long boundary = Math.Min((endBit + 7) & ~7L, (long)source.Length * 8);
        int used = (int)(boundary >> 3);
        return new ExiTrace(_events.ToArray(), (long)source.Length * 8, endBit, Bits(source, endBit, boundary), source.Slice(used).ToArray(), null);
    }

    /// <summary>Ends the trace of a stream whose decoding failed with <paramref name="error"/>.</summary>
    /// <param name="source">The input.</param>
    /// <param name="error">The decode error.</param>
    /// <returns>The trace up to the failure, with the error.</returns>
    public ExiTrace Fail(ReadOnlySpan<byte> source, ExiDecodeException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        long end = _events.Count == 0 ? 0 : _events[^1].End;
        return new ExiTrace(_events.ToArray(), (long)source.Length * 8, end, string.Empty, [], ExiError.From(error));
    }

    internal void Event(long codeStart, int codeWidth, ExiEventKind kind, string? qualifiedName, string state, string code, string values)
    {
        string qname;
        string path;
        switch (kind)
        {
            case ExiEventKind.StartElement:
                qname = qualifiedName ?? "-";
                path = Parent() + "/" + Local(qname);
                _open.Add((qname, path));
                break;
            case ExiEventKind.Attribute:
                qname = qualifiedName ?? "-";
                path = Parent() + "/@" + Local(qname);
                break;
            case ExiEventKind.Characters:
                (qname, path) = _open.Count == 0 ? ("-", string.Empty) : _open[^1];
                break;
            case ExiEventKind.EndElement:
                (qname, path) = _open.Count == 0 ? ("-", string.Empty) : _open[^1];
                if (_open.Count != 0)
                {
                    _open.RemoveAt(_open.Count - 1);
                }

                break;
            default:
                qname = "-";
                path = string.Empty;
                break;
        }

        _detail = null;
        _events.Add(new ExiTraceEvent(codeStart, codeWidth, kind, qname, path, state, code, values));
    }

    /// <summary>Notes what the last primitive read was (a string's length prefix or table hit, a binary's length).</summary>
    internal void Detail(string detail) => _detail = detail;

    internal void Value(long start, long end, string datatype, string? representation, string? text)
    {
        if (_events.Count == 0)
        {
            return;
        }

        var e = _events[^1];
        e.ValueStart = start;
        e.ValueEnd = end;
        e.Datatype = datatype;
        e.Representation = representation is null ? _detail : (_detail is null ? representation : representation + ", " + _detail);
        e.Value = text;
        _detail = null;
    }

    private string Parent() => _open.Count == 0 ? string.Empty : _open[^1].Path;

    private static string Local(string qname)
    {
        int brace = qname.LastIndexOf('}');
        return brace < 0 ? qname : qname.Substring(brace + 1);
    }

    private static string Bits(ReadOnlySpan<byte> source, long from, long to)
    {
        var text = new char[Math.Max(0, to - from)];
        for (long bit = from; bit < to; bit++)
        {
            text[bit - from] = ((source[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1) == 0 ? '0' : '1';
        }

        return new string(text);
    }

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
