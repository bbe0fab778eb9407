using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using V2G.Exi.Tracing;

namespace V2G.Exi;

/// <content>
/// The explain trace: generated decoders report each event and value here, each report behind one
/// <see cref="Tracing"/> check, so a reader without a recorder pays one null test per event and allocates nothing.
/// </content>
public ref partial struct ExiReader
{
    /// <summary>Creates a reader with the settings of <paramref name="options"/> that reports every event to <paramref name="trace"/>.</summary>
    /// <param name="source">The EXI stream, starting with the header byte.</param>
    /// <param name="options">The decoding options.</param>
    /// <param name="trace">The recorder, or <see langword="null"/> to trace nothing.</param>
    public ExiReader(ReadOnlySpan<byte> source, ExiDecodeOptions options, ExiTraceRecorder? trace)
        : this(source, options)
    {
        _trace = trace;
    }

    /// <summary>Whether a trace recorder listens; generated decoders report events only when it does.</summary>
    public readonly bool Tracing
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _trace is not null;
    }

    /// <summary>Reports a first-level event whose code was read at <paramref name="codeStart"/>.</summary>
    /// <param name="codeStart">Bit offset of the event code.</param>
    /// <param name="codeWidth">Width of the event code.</param>
    /// <param name="kind">The event kind.</param>
    /// <param name="qualifiedName"><c>{namespace}local</c> for SE and AT; null for CH and EE (the open element's) and SD/ED.</param>
    /// <param name="state">The grammar state's name.</param>
    /// <param name="code">The event code.</param>
    /// <param name="values">The number of values of the state's first level (with the escape to the second level).</param>
    public readonly void TraceEvent(long codeStart, int codeWidth, ExiEventKind kind, string? qualifiedName, string state, int code, int values) =>
        TraceUnlessFailed()?.Event(codeStart, codeWidth, kind, qualifiedName, state, Text(code), Text(values));

    /// <summary>Reports a second-level event: the first level's escape value, then a second-level code.</summary>
    /// <param name="codeStart">Bit offset of the first-level part.</param>
    /// <param name="codeWidth">Width of both parts.</param>
    /// <param name="kind">The event kind.</param>
    /// <param name="state">The grammar state's name.</param>
    /// <param name="code">The first-level part (the escape value).</param>
    /// <param name="values">The number of first-level values.</param>
    /// <param name="secondCode">The second-level part.</param>
    /// <param name="secondValues">The number of second-level values.</param>
    public readonly void TraceSecondLevelEvent(
        long codeStart, int codeWidth, ExiEventKind kind, string state, int code, int values, int secondCode, int secondValues) =>
        TraceUnlessFailed()?.Event(codeStart, codeWidth, kind, null, state, Text(code) + "." + Text(secondCode), Text(values) + "." + Text(secondValues));

    /// <summary>Reports the value of the last AT or CH event: it started at <paramref name="start"/> and ends at the current position.</summary>
    /// <param name="start">The value's first bit.</param>
    /// <param name="datatype">The EXI datatype family (e.g. <c>NBIT_UNSIGNED_INTEGER</c>).</param>
    /// <param name="representation">How it is encoded (e.g. <c>n-bit 4 offset -512</c>); null where the runtime knows (strings, binaries).</param>
    /// <param name="value">The value's lexical form.</param>
    public readonly void TraceValue(long start, string datatype, string? representation, string? value) =>
        TraceUnlessFailed()?.Value(start, _bitPosition, datatype, representation, value);

    /// <summary>The recorder while the reader has not failed: after an error the trace ends with it.</summary>
    private readonly ExiTraceRecorder? TraceUnlessFailed() => _error is null ? _trace : null;

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
