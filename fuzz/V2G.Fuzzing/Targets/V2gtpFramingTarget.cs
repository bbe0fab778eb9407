using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using V2G.Transport.V2gtp;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// V2GTP framing: the input (after its first byte) is a TCP byte stream, given to <see cref="V2gtpFrameReader"/> as a
/// sequence of two segments split where the first byte says. Reading never throws; failures are a
/// <see cref="V2gtpError"/>; and the split must not matter: the frames and the error equal those read from one segment.
/// </summary>
public sealed class V2gtpFramingTarget : IFuzzTarget
{
    public string Name => "v2gtp";

    public void Run(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        byte[] stream = input[1..].ToArray();
        int split = stream.Length == 0 ? 0 : input[0] % (stream.Length + 1);
        string whole = ReadAll(new ReadOnlySequence<byte>(stream));
        string pieces = ReadAll(TwoSegments(stream, split));
        if (whole != pieces)
        {
            throw new FuzzPropertyException($"{Name}: splitting the stream at {split} changes what is read:\n{whole}\n---\n{pieces}");
        }
    }

    /// <summary>EXI vectors framed as V2GTP, two messages back to back, with the split in the first header.</summary>
    public IEnumerable<Seed> Seeds(SeedSource source)
    {
        foreach (string family in new[] { "app-protocol", "din", "iso2", "iso20-common", "iso20-dc" })
        {
            foreach (string path in source.VectorFiles(family, ".exi", 4))
            {
                byte[] frame = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, File.ReadAllBytes(path));
                byte[] data = [5, .. frame, .. frame];
                if (data.Length < SeedSource.MaxSeedBytes)
                {
                    yield return new Seed(Path.GetFileNameWithoutExtension(path) + ".v2gtp", data);
                }
            }
        }
    }

    /// <summary>Reads frames until the reader needs more data or fails; a text of what was read, for comparison.</summary>
    private static string ReadAll(ReadOnlySequence<byte> buffer)
    {
        var reader = new V2gtpFrameReader();
        var log = new List<string>();
        V2gtpError? error;
        while (reader.TryReadFrame(ref buffer, out V2gtpFrame frame, out error))
        {
            log.Add(frame + " " + Convert.ToHexString(frame.Payload.Span));
            if (frame.Length == 0)
            {
                throw new FuzzPropertyException("a frame of length 0 was read: the reader would loop forever");
            }
        }

        log.Add("stop: " + (error?.ToString() ?? "need more data") + " at " + reader.BytesConsumed + " with " + buffer.Length + " left");
        return string.Join('\n', log);
    }

    private static ReadOnlySequence<byte> TwoSegments(byte[] stream, int split)
    {
        var first = new Segment(stream.AsMemory(0, split), 0);
        var second = new Segment(stream.AsMemory(split), split);
        first.SetNext(second);
        return new ReadOnlySequence<byte>(first, 0, second, second.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void SetNext(Segment next) => Next = next;
    }
}
