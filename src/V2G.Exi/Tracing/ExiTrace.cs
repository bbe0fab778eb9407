using System;
using System.Collections.Generic;

namespace V2G.Exi.Tracing;

/// <summary>
/// An EXI stream explained event by event, as the generated decoder read it: every event code and value with its bit
/// range, then where the body ends, the padding and the bytes after it. When decoding failed, the events up to the
/// failure and the error.
/// </summary>
public sealed class ExiTrace
{
    internal ExiTrace(IReadOnlyList<ExiTraceEvent> events, long streamBits, long endBit, string paddingBits, byte[] trailingBytes, ExiError? error)
    {
        Events = events;
        StreamBits = streamBits;
        EndBit = endBit;
        PaddingBits = paddingBits;
        TrailingBytes = trailingBytes;
        Error = error;
    }

    /// <summary>Width of the EXI header (the single byte 0x80 of the V2G profile).</summary>
    public static int HeaderBits => 8;

    /// <summary>The events in stream order.</summary>
    public IReadOnlyList<ExiTraceEvent> Events { get; }

    /// <summary>Length of the input in bits.</summary>
    public long StreamBits { get; }

    /// <summary>The first bit after the last event read (after the failing read when decoding failed).</summary>
    public long EndBit { get; }

    /// <summary>The padding bits from <see cref="EndBit"/> to the next byte boundary, as <c>0</c>/<c>1</c> characters.</summary>
    public string PaddingBits { get; }

    /// <summary>The bytes after the byte that holds the last bit of the stream (empty when decoding failed).</summary>
    public ReadOnlyMemory<byte> TrailingBytes { get; }

    /// <summary>Why decoding failed, or null when the whole stream decoded.</summary>
    public ExiError? Error { get; }

    /// <summary>True when the stream decoded without error.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The trace as text: one line per event, then the <c># end:</c> line (and the error, if any).</summary>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public override string ToString() => ExiTraceText.Format(this);
}
