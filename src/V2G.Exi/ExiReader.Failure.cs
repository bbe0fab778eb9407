using System;
using System.Runtime.CompilerServices;
using V2G.Exi.Tracing;

namespace V2G.Exi;

/// <content>
/// The failure state of a reader that records errors: the first error is kept (never thrown), every later read
/// returns a neutral value, and generated decoders return early on <see cref="FailedIn(string)"/>, each level adding
/// its element to the error's path on the way out. Nothing is allocated until an error is found.
/// </content>
public ref partial struct ExiReader
{
    /// <summary>
    /// The event code <see cref="ReadEventCode"/> returns once the reader has failed: wider than any code, so it
    /// selects no production and a generated state loop returns.
    /// </summary>
    public const uint NoEventCode = uint.MaxValue;

    /// <summary>
    /// Creates a reader with the settings of <paramref name="options"/> that reports every event to <paramref name="trace"/>
    /// and, with <paramref name="recordsErrors"/>, throws nothing for malformed input: the first error is kept in
    /// <see cref="Error"/>.
    /// </summary>
    /// <param name="source">The EXI stream, starting with the header byte.</param>
    /// <param name="options">The decoding options.</param>
    /// <param name="trace">The recorder, or <see langword="null"/> to trace nothing.</param>
    /// <param name="recordsErrors">True to record errors instead of throwing them (what generated decoders do).</param>
    public ExiReader(ReadOnlySpan<byte> source, ExiDecodeOptions options, ExiTraceRecorder? trace, bool recordsErrors)
        : this(source, options, trace)
    {
        _recordsErrors = recordsErrors;
    }

    /// <summary>Whether an error has been recorded; every read since has returned a neutral value.</summary>
    public readonly bool Failed
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _error is not null;
    }

    /// <summary>
    /// The first error found, with its bit offset and (once the generated decoder has returned) its element path;
    /// <see langword="null"/> while the input is fine. It has not been thrown.
    /// </summary>
    public readonly ExiDecodeException? Error => _error;

    /// <summary>
    /// Records <paramref name="error"/> unless an earlier one is recorded (the first error is the cause of the rest);
    /// a reader that does not record errors throws it.
    /// </summary>
    /// <param name="error">The error, at its bit offset.</param>
    /// <exception cref="ExiDecodeException"><paramref name="error"/>, when the reader does not record errors.</exception>
    public void Fail(ExiDecodeException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!_recordsErrors)
        {
            throw error;
        }

        _error ??= error;
    }

    /// <summary>
    /// After a child element or attribute was read: whether the reader has failed, in which case
    /// <c>/</c><paramref name="segment"/> is prepended to the error's element path and the caller returns.
    /// </summary>
    /// <param name="segment">The child's name (<c>@name</c> for an attribute).</param>
    /// <returns>True if the reader has failed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool FailedIn(string segment)
    {
        if (_error is null)
        {
            return false;
        }

        _error.PrependPathSegment(segment);
        return true;
    }

    /// <summary>Reads an event code of <paramref name="bitCount"/> bits; <see cref="NoEventCode"/> once the reader has failed.</summary>
    /// <param name="bitCount">The width of the state's first level, 0..31.</param>
    /// <returns>The code, or <see cref="NoEventCode"/>.</returns>
    /// <exception cref="ExiEndOfStreamException">The input has ended and the reader does not record errors.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint ReadEventCode(int bitCount)
    {
        uint code = Take(bitCount);
        return _error is null ? code : NoEventCode;
    }

    /// <summary>Throws the recorded error, if any: the throwing decode methods build on the recording ones this way.</summary>
    /// <exception cref="ExiDecodeException">The recorded error (or a derived type: end of stream, string-table hit).</exception>
    public readonly void ThrowIfFailed()
    {
        if (_error is not null)
        {
            throw _error;
        }
    }
}
