using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Xunit;
using Xunit.Abstractions;

namespace V2G.Messages.Tests;

/// <summary>
/// Decoding allocates little beyond the objects it returns: after warm-up, the bytes one Decode allocates on the
/// calling thread are at most twice the retained size of the decoded object graph plus a small constant.
/// </summary>
public class DecodeAllocationTests
{
    private const long Slack = 64;

    private readonly ITestOutputHelper _output;

    public DecodeAllocationTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> DocumentVectors() =>
        SharedData.Vectors
            .Where(v => v.Family != "string-table" && FamilyCodec.All.ContainsKey(v.CodecKey))
            .Select(v => new object[] { v.Family, v.Name });

    [Theory]
    [MemberData(nameof(DocumentVectors))]
    public void Decode_allocates_at_most_twice_the_retained_size_of_the_document_or_fragment(string family, string name)
    {
        var vector = SharedData.Family(family).Single(v => v.Name == name);
        var codec = FamilyCodec.For(vector);
        byte[] exi = vector.Exi;

        var (document, allocated) = codec.MeasureDecodeAllocation(exi);
        var retained = RetainedSize.Of(document);
        _output.WriteLine("allocated " + allocated + "; retained " + retained.Describe());
        Assert.True(
            allocated <= (2 * retained.Bytes) + Slack,
            vector + " (" + exi.Length + " bytes): Decode allocated " + allocated + " bytes, more than 2 x retained + " + Slack + " = "
            + ((2 * retained.Bytes) + Slack) + "; retained " + retained.Describe());
    }

    /// <summary>The walker agrees with the runtime on graphs whose allocation is known exactly.</summary>
    [Fact]
    public void Retained_size_matches_the_allocation_of_known_graphs()
    {
        // Warm up the walker's reflection caches and the allocation paths.
        for (int i = 0; i < 2; i++)
        {
            RetainedSize.Of(Sample.Create());
            RetainedSize.Of(new List<string> { new string('x', 3) });
        }

        AssertMatches(() => new string('x', 5));
        AssertMatches(() => new byte[13]);
        AssertMatches(() => new long[3]);
        AssertMatches(() => new Sample[2]);
        AssertMatches(() => Sample.Create());
        AssertMatches(() => new List<int>(7) { 1, 2 });
        AssertMatches(() => new object[] { DayOfWeek.Friday, new KeyValuePair<string, byte[]>(new string('k', 2), new byte[4]) });

        // Shared objects are not counted; the same object reached twice is counted once.
        Assert.Equal(0, RetainedSize.Of(string.Empty).Bytes);
        Assert.Equal(0, RetainedSize.Of(Array.Empty<byte>()).Bytes);
        var shared = new byte[8];
        Assert.Equal((24 + 16) + (24 + 8), RetainedSize.Of(new[] { shared, shared }).Bytes);

        // A value-type root is not counted, only what it references (BigInteger: its uint[] of 4 words for 10^30).
        Assert.Equal(24 + 16, RetainedSize.Of(BigInteger.Pow(10, 30)).Bytes);
    }

    private void AssertMatches(Func<object> create)
    {
        create();
        long before = GC.GetAllocatedBytesForCurrentThread();
        object graph = create();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var retained = RetainedSize.Of(graph);
        _output.WriteLine(graph.GetType().Name + ": allocated " + allocated + ", walker " + retained.Describe());
        Assert.True(allocated == retained.Bytes, graph.GetType().Name + ": allocated " + allocated + ", walker says " + retained.Describe());
    }

    private sealed class Sample
    {
        public required string Text { get; set; }

        public byte? SmallNullable { get; set; }

        public long? WideNullable { get; set; }

        public BigInteger? Big { get; set; }

        public DayOfWeek Day { get; set; }

        public required List<byte[]> Items { get; set; }

        public static Sample Create() => new()
        {
            Text = new string('t', 4),
            SmallNullable = 3,
            WideNullable = 5,
            Big = null,
            Day = DayOfWeek.Monday,
            Items = new List<byte[]>(2) { new byte[3] },
        };
    }
}
