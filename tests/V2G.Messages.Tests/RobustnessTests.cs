using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>Bad input never crashes, hangs or allocates without bound: it decodes or fails with an ExiException.</summary>
public class RobustnessTests
{
    /// <summary>Families whose every byte position is mutated to every value; larger families sample positions.</summary>
    private static readonly HashSet<string> Exhaustive = new() { "app-protocol" };

    /// <summary>Mutated inputs per family at least (or every possible one, for a family with fewer).</summary>
    private const int MinimumMutations = 100_000;

    public static IEnumerable<object[]> Families() => FamilyCodec.All.Keys.Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_strict_prefix_fails_with_a_positioned_ExiDecodeException(string family)
    {
        var codec = FamilyCodec.All[family];
        int checkedPrefixes = 0;
        foreach (var vector in SharedData.ForCodec(family))
        {
            byte[] exi = vector.Exi;
            for (int length = 0; length < exi.Length; length++)
            {
                var prefix = exi.AsSpan(0, length).ToArray();
                var error = Assert.ThrowsAny<ExiDecodeException>(() => codec.Decode(prefix));
                Assert.True(error.BitOffset >= 0 && error.BitOffset <= length * 8L, vector + " prefix " + length + ": bit offset " + error.BitOffset);
                checkedPrefixes++;
            }
        }

        Assert.True(checkedPrefixes > 0);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_byte_replacement_decodes_or_fails_with_an_ExiDecodeException_within_bounded_allocation(string family)
    {
        var codec = FamilyCodec.All[family];
        var random = new Random(15118);
        int mutations = 0;
        int failures = 0;
        var vectors = SharedData.ForCodec(family).ToList();

        // Enough sampled positions per vector for at least MinimumMutations inputs per family, unless the family is smaller than that.
        int possible = vectors.Sum(v => v.Exi.Length) * 255;
        int perVector = 1;
        while (vectors.Sum(v => Math.Min(perVector, v.Exi.Length)) * 255 < Math.Min(MinimumMutations, possible))
        {
            perVector++;
        }

        foreach (var vector in vectors)
        {
            byte[] original = vector.Exi;
            var positions = Exhaustive.Contains(family) || perVector >= original.Length
                ? Enumerable.Range(0, original.Length)
                : Enumerable.Range(0, original.Length).OrderBy(_ => random.Next()).Take(perVector).ToList();
            foreach (int position in positions)
            {
                byte[] mutated = (byte[])original.Clone();
                for (int value = 0; value < 256; value++)
                {
                    if (value == original[position])
                    {
                        continue;
                    }

                    mutated[position] = (byte)value;
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    try
                    {
                        codec.Decode(mutated);
                    }
                    catch (ExiDecodeException)
                    {
                        failures++;
                    }
                    catch (Exception e)
                    {
                        Assert.Fail(vector + " byte " + position + " = 0x" + value.ToString("X2") + ": " + e.GetType().Name + ": " + e.Message);
                    }

                    long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    Assert.True(allocated <= 64L * mutated.Length + 16384, vector + " byte " + position + " = 0x" + value.ToString("X2") + " allocated " + allocated + " bytes");
                    mutations++;

                    // A sample of the inputs also goes the CLI's way, decode then XML: it works or fails with an ExiException.
                    if (mutations % 64 == 0)
                    {
                        try
                        {
                            codec.DecodeToXml(mutated, ExiDecodeOptions.Default);
                        }
                        catch (ExiException)
                        {
                        }
                        catch (Exception e)
                        {
                            Assert.Fail(vector + " byte " + position + " = 0x" + value.ToString("X2") + " to XML: " + e.GetType().Name + ": " + e.Message);
                        }
                    }
                }
            }
        }

        Assert.True(mutations >= Math.Min(MinimumMutations, possible) && failures > 0, "mutations " + mutations + ", failures " + failures);
    }

    public static IEnumerable<object[]> DocumentVectors() => VectorTests.DocumentVectors();

    [Theory]
    [MemberData(nameof(DocumentVectors))]
    public void Encode_into_a_caller_buffer_allocates_nothing(Vector vector)
    {
        var codec = FamilyCodec.For(vector);
        var buffer = new byte[vector.Exi.Length + 64];

        // Warm up the code paths on other instances, then measure the first encode of each: one read from XML,
        // one decoded (which leaves absent lists unallocated; encoding must not create them).
        object warm = codec.FromXml(vector.Xml);
        codec.EncodeObject(warm, buffer);
        codec.EncodeObject(codec.DecodeDocument(vector.Exi, ExiDecodeOptions.Default).Document, buffer);
        foreach (object message in new[] { codec.FromXml(vector.Xml), codec.DecodeDocument(vector.Exi, ExiDecodeOptions.Default).Document })
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            int written = codec.EncodeObject(message, buffer);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(vector.Exi.Length, written);
            Assert.Equal(0, allocated);
        }
    }
}
