using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Xunit;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Messages.Tests;

/// <summary>
/// TryDecode raises no exception on any input (counted with a first-chance handler on this thread) and reports the
/// same error as the throwing Decode: kind, reason, bit offset and element path.
/// </summary>
public class TryDecodeTests
{
    private const int MutationsPerFamily = 10_000;

    public static IEnumerable<object[]> Families() => Codecs.Keys.Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_truncation_and_10000_mutations_fail_without_an_exception_and_as_Decode_fails(string family)
    {
        var codec = Codecs[family];
        var inputs = new List<byte[]>();
        var vectors = SharedData.ForCodec(family).ToList();
        foreach (var vector in vectors)
        {
            for (int length = 0; length < vector.Exi.Length; length++)
            {
                inputs.Add(vector.Exi.AsSpan(0, length).ToArray());
            }
        }

        int truncations = inputs.Count;
        var random = new Random(1311);
        for (int i = 0; i < MutationsPerFamily; i++)
        {
            inputs.Add(Mutate(vectors[random.Next(vectors.Count)].Exi, random));
        }

        var errors = new ExiError?[inputs.Count];
        int exceptions = CountExceptions(() =>
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                errors[i] = codec.TryDecode(inputs[i]);
            }
        });

        Assert.Equal(0, exceptions);
        Assert.True(truncations > 0);
        Assert.All(errors.Take(truncations), e => Assert.NotNull(e));
        int failed = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            ExiDecodeException? thrown = codec.Decode(inputs[i]);
            ExiError? error = errors[i];
            Assert.Equal(thrown is null, error is null);
            if (thrown is not null && error is not null)
            {
                failed++;
                Assert.Equal(ExiError.From(thrown).Kind, error.Kind);
                Assert.Equal(thrown.Message, error.Message);
                Assert.Equal(thrown.ElementPath, error.ElementPath);
                Assert.Equal(thrown.BitOffset, error.BitOffset);
                Assert.InRange(error.BitOffset, 0, inputs[i].Length * 8L);
            }
        }

        // Most mutations break the stream; those that do not decode in both APIs alike (checked above).
        Assert.True(failed > truncations + (MutationsPerFamily / 4), family + ": only " + failed + " inputs failed");
    }

    [Fact]
    public void A_stream_that_ends_after_the_header_reports_the_end_of_the_stream_at_bit_8()
    {
        byte[] header = [0x80];
        int exceptions = TryDecodeTests.CountExceptions(() => Assert.False(Iso2Codec.TryDecode(header, out _, out _)));
        Assert.False(Iso2Codec.TryDecode(header, out _, out var error));
        var thrown = Assert.Throws<ExiEndOfStreamException>(() => Iso2Codec.Decode(header));
        Assert.Equal(0, exceptions);
        Assert.Equal(ExiErrorKind.EndOfStream, error.Kind);
        Assert.Equal(8, error.BitOffset);
        Assert.Equal(string.Empty, error.ElementPath);
        Assert.Equal(thrown.Message, error.Message);
    }

    [Fact]
    public void A_cut_inside_a_value_reports_the_path_of_the_element_that_holds_it()
    {
        var vector = SharedData.Family("iso2").First(v => v.Name == "SessionSetupReq-min");
        byte[] cut = vector.Exi.AsSpan(0, vector.Exi.Length - 2).ToArray();
        Assert.False(Iso2Codec.TryDecode(cut, out _, out var error));
        var thrown = Assert.ThrowsAny<ExiDecodeException>(() => Iso2Codec.Decode(cut));
        Assert.Equal(ExiError.From(thrown).Kind, error.Kind);
        Assert.Equal(thrown.Message, error.Message);
        Assert.Equal("/V2G_Message/Body/SessionSetupReq/EVCCID", error.ElementPath);
    }

    [Fact]
    public void TryDecode_with_options_reports_the_bytes_consumed_and_ignores_trailing_bytes()
    {
        var vector = SharedData.Family("din").First();
        byte[] padded = [.. vector.Exi, 0xAA, 0x55];
        Assert.True(DinCodec.Documents.TryDecode(padded, ExiDecodeOptions.Default, out var document, out int used, out var error));
        Assert.Null(error);
        Assert.Equal(vector.Exi.Length, used);
        Assert.Equal(DinCodec.ToXml(DinCodec.Decode(vector.Exi)), DinCodec.ToXml(document));
    }

    [Fact]
    public void TryDecode_with_options_applies_a_tightened_string_limit_at_the_length_prefix()
    {
        var vector = SharedData.Family("app-protocol").First(v => v.Name == "supportedAppProtocolReq-max");
        var options = new ExiDecodeOptions { MaxStringLength = 3 };
        Assert.False(AppProtocolCodec.TryDecode(vector.Exi, options, out _, out int used, out var error));
        Assert.Equal(0, used);
        Assert.StartsWith("String length ", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("exceeds the limit 3 (ExiDecodeOptions.MaxStringLength)", error.Reason, StringComparison.Ordinal);
        Assert.Equal("/supportedAppProtocolReq/AppProtocol/ProtocolNamespace", error.ElementPath);
        Assert.Equal(13, error.BitOffset);
    }

    /// <summary>One of: a bit flipped, a byte replaced, the stream cut at a random point, a run of bytes set to 0xFF.</summary>
    private static byte[] Mutate(byte[] exi, Random random)
    {
        byte[] copy = (byte[])exi.Clone();
        int at = random.Next(copy.Length);
        switch (random.Next(4))
        {
            case 0:
                copy[at] ^= (byte)(1 << random.Next(8));
                return copy;
            case 1:
                copy[at] = (byte)random.Next(256);
                return copy;
            case 2:
                return copy.AsSpan(0, at).ToArray();
            default:
                copy.AsSpan(at, Math.Min(copy.Length - at, 1 + random.Next(8))).Fill(0xFF);
                return copy;
        }
    }

    /// <summary>Runs <paramref name="action"/> and counts the exceptions thrown on this thread (other tests run in parallel).</summary>
    internal static int CountExceptions(Action action)
    {
        int exceptions = 0;
        int thread = Environment.CurrentManagedThreadId;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e) =>
            exceptions += Environment.CurrentManagedThreadId == thread ? 1 : 0;
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            action();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        return exceptions;
    }

    /// <summary>The codecs by the vectors' codec key (see <see cref="Vector.CodecKey"/>).</summary>
    internal static IReadOnlyDictionary<string, TryCodec> Codecs { get; } = new[]
    {
        TryCodec.Create("app-protocol", AppProtocolCodec.Documents),
        TryCodec.Create("din", DinCodec.Documents),
        TryCodec.Create("iso2", Iso2Codec.Documents),
        TryCodec.Create("iso2-fragment", Iso2Codec.Fragments),
        TryCodec.Create("iso2-fragment/xmldsig", XmlDsigCodec.Fragments),
        TryCodec.Create("iso20-common", Iso20.CommonMessagesCodec.Documents),
        TryCodec.Create("iso20-ac", Iso20.AcCodec.Documents),
        TryCodec.Create("iso20-dc", Iso20.DcCodec.Documents),
        TryCodec.Create("iso20-wpt", Iso20.WptCodec.Documents),
        TryCodec.Create("iso20-acdp", Iso20.AcdpCodec.Documents),
        TryCodec.Create("iso20-fragment/CommonMessages", Iso20.CommonMessagesCodec.Fragments),
        TryCodec.Create("iso20-fragment/AC", Iso20.AcCodec.Fragments),
        TryCodec.Create("iso20-fragment/DC", Iso20.DcCodec.Fragments),
        TryCodec.Create("iso20-fragment/xmldsig", Iso20.XmlDsigCodec.Fragments),
    }.ToDictionary(c => c.Family);

    /// <summary>A codec's TryDecode and Decode, each giving the error (or null when the stream decodes).</summary>
    internal sealed class TryCodec
    {
        public required string Family { get; init; }

        public required Func<byte[], ExiError?> TryDecode { get; init; }

        public required Func<byte[], ExiDecodeException?> Decode { get; init; }

        public static TryCodec Create<T>(string family, IExiCodec<T> codec)
            where T : struct => new()
        {
            Family = family,
            TryDecode = bytes => codec.TryDecode(bytes, ExiDecodeOptions.Default, out _, out _, out var error) ? null : error,
            Decode = bytes =>
            {
                try
                {
                    codec.Decode(bytes, ExiDecodeOptions.Default, out _);
                    return null;
                }
                catch (ExiDecodeException e)
                {
                    return e;
                }
            },
        };
    }
}
