using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace V2G.Transport.Tests.V2gtp;

/// <summary>Builds multi-segment sequences, as a pipe hands over data that arrived in several reads.</summary>
internal static class Sequences
{
    /// <summary>The bytes split at the given ascending positions (each part its own segment, empty parts kept).</summary>
    public static ReadOnlySequence<byte> SplitAt(byte[] bytes, params int[] positions)
    {
        var bounds = positions.Prepend(0).Append(bytes.Length).ToArray();
        var parts = new List<ReadOnlyMemory<byte>>();
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            parts.Add(bytes.AsMemory(bounds[i], bounds[i + 1] - bounds[i]));
        }

        return FromSegments(parts);
    }

    /// <summary>The bytes in segments of the given size (the last may be shorter).</summary>
    public static ReadOnlySequence<byte> Chunked(byte[] bytes, int size) =>
        FromSegments(bytes.Chunk(size).Select(chunk => (ReadOnlyMemory<byte>)chunk).ToList());

    private static ReadOnlySequence<byte> FromSegments(IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        if (parts.Count == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(parts[0], 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(part);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
