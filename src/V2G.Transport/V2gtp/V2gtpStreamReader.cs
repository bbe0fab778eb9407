using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Transport.V2gtp;

/// <summary>
/// Reads V2GTP frames from a <see cref="Stream"/> (for example a TCP connection), with the same checks and bounds as
/// <see cref="V2gtpFrameReader"/>: it never buffers more than one frame of the maximal payload length.
/// </summary>
/// <remarks>The stream is not owned: the caller disposes it. After an error every further read returns the same error.</remarks>
public sealed class V2gtpStreamReader
{
    private const int InitialBufferSize = 4096;

    private readonly Stream _stream;
    private readonly V2gtpFrameReader _frames;
    private readonly int _maxFrameLength;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private V2gtpError? _error;

    /// <summary>Creates a reader over a stream.</summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="options">Bounds and strictness; <see langword="null"/> for <see cref="V2gtpReaderOptions.Default"/>.</param>
    public V2gtpStreamReader(Stream stream, V2gtpReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream is not readable.", nameof(stream));
        }

        _stream = stream;
        _frames = new V2gtpFrameReader(options);
        _maxFrameLength = V2gtpHeader.Size + _frames.Options.MaxPayloadLength;
        _buffer = new byte[Math.Min(InitialBufferSize, _maxFrameLength)];
    }

    /// <summary>The number of bytes of all frames read so far: the stream offset that error offsets are counted from.</summary>
    public long BytesConsumed => _frames.BytesConsumed;

    /// <summary>Reads the next frame.</summary>
    /// <param name="cancellationToken">Cancels the wait for data.</param>
    /// <returns>A frame; the end of the stream after a complete frame; or an error, including a truncated last frame.</returns>
    public async ValueTask<V2gtpReadResult> ReadFrameAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_error is not null)
            {
                return V2gtpReadResult.Failed(_error);
            }

            var unread = new ReadOnlySequence<byte>(_buffer, _start, _end - _start);
            if (_frames.TryReadFrame(ref unread, out var frame, out var error))
            {
                _start = _end - (int)unread.Length;
                return V2gtpReadResult.Of(frame);
            }

            if (error is not null || _endOfStream)
            {
                _error = error ?? TruncationAtEnd();
                return _error is null ? V2gtpReadResult.EndOfStream : V2gtpReadResult.Failed(_error);
            }

            MakeRoom();
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _endOfStream = read == 0;
            _end += read;
        }
    }

    /// <summary>Reads frames until the stream ends or an error occurs; the error, if any, is the last result.</summary>
    /// <param name="cancellationToken">Cancels the wait for data.</param>
    /// <returns>The frames, and then the error if the stream did not end cleanly.</returns>
    public async IAsyncEnumerable<V2gtpReadResult> ReadFramesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await ReadFrameAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsEndOfStream)
            {
                yield break;
            }

            yield return result;
            if (!result.HasFrame)
            {
                yield break;
            }
        }
    }

    /// <summary>The error for bytes left at the end of the stream (null when none are left).</summary>
    private V2gtpError? TruncationAtEnd()
    {
        var left = _buffer.AsSpan(_start, _end - _start);
        if (left.IsEmpty)
        {
            return null;
        }

        // The frame reader accepted every field present, so the header is either incomplete or complete and valid.
        var status = V2gtpHeaderCheck.Check(left, _frames.Options, BytesConsumed, out var header, out _);
        return status == V2gtpHeaderCheck.Status.Valid
            ? V2gtpHeaderCheck.TruncatedPayload(header, left.Length - V2gtpHeader.Size, BytesConsumed)
            : V2gtpHeaderCheck.TruncatedHeader(left.Length, BytesConsumed);
    }

    /// <summary>Moves unread bytes to the front and grows the buffer when full, never beyond one maximal frame.</summary>
    private void MakeRoom()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // A full buffer of one maximal frame always yields that frame, so this never grows past the bound.
            var size = (int)Math.Min((long)_buffer.Length * 2, _maxFrameLength);
            Array.Resize(ref _buffer, size);
        }
    }
}
