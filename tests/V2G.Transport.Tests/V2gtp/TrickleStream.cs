using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Transport.Tests.V2gtp;

/// <summary>A read-only stream that returns at most <c>chunk</c> bytes per read, like a TCP socket; it can fail past a limit.</summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] _data;
    private readonly int _chunk;
    private readonly int _failAfter;
    private int _position;

    /// <param name="data">The bytes to deliver.</param>
    /// <param name="chunk">The most bytes per read.</param>
    /// <param name="failAfter">Once this many bytes were delivered, a further read throws (proves the reader did not wait).</param>
    public TrickleStream(byte[] data, int chunk, int failAfter = int.MaxValue)
    {
        _data = data;
        _chunk = chunk;
        _failAfter = failAfter;
    }

    public int Reads { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= _failAfter)
        {
            throw new InvalidOperationException($"read past byte {_failAfter}");
        }

        Reads++;
        var n = Math.Min(Math.Min(_chunk, buffer.Length), _data.Length - _position);
        _data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
