using System;
using System.Linq;
using V2G.Exi;
using V2G.Exi.Tracing;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>
/// Crafted messages through TryDecode: each fails with its reason, bit offset and element path, raises no exception
/// and allocates less than 64 KiB.
/// </summary>
public class LimitsTests
{
    private const long AllocationBound = 64 * 1024;

    public static TheoryData<string> Families() => [.. TryDecodeTests.Codecs.Keys];

    [Fact]
    public void A_string_length_of_2_to_the_31_fails_at_its_prefix_in_ProtocolNamespace()
    {
        // Header, SE(supportedAppProtocolReq) 00, SE(AppProtocol) 0, SE(ProtocolNamespace) 0, CH 0, then the length + 2.
        byte[] exi = Splice([0x80], 8, (ref ExiWriter w) =>
        {
            w.WriteBits(0, 5);
            w.WriteUnsignedInteger((1UL << 31) + 2);
        });
        var error = FailsCheaply(exi, "app-protocol");
        Assert.StartsWith("String length 2147483648 exceeds the remaining input", error.Reason, StringComparison.Ordinal);
        Assert.Equal(13, error.BitOffset);
        Assert.Equal("/supportedAppProtocolReq/AppProtocol/ProtocolNamespace", error.ElementPath);
    }

    [Fact]
    public void A_binary_length_of_2_to_the_62_fails_at_its_prefix_in_EVCCID()
    {
        var vector = SharedData.Family("din").First(v => v.Name == "SessionSetupReq-min");
        var value = DinCodec.Explain(vector.Exi).Events.First(e => e.Datatype == "BINARY_HEX" && e.ElementPath.EndsWith("/EVCCID", StringComparison.Ordinal));
        byte[] exi = Splice(vector.Exi, value.ValueStart, (ref ExiWriter w) => w.WriteUnsignedInteger(1UL << 62));
        var error = FailsCheaply(exi, "din");
        Assert.StartsWith("Binary length 4611686018427387904 exceeds the remaining input", error.Reason, StringComparison.Ordinal);
        Assert.Equal(value.ValueStart, error.BitOffset);
        Assert.Equal("/V2G_Message/Body/SessionSetupReq/EVCCID", error.ElementPath);
    }

    [Fact]
    public void A_21st_AppProtocol_beyond_maxOccurs_20_is_undeclared_content_at_the_end_of_the_list()
    {
        var request = new SupportedAppProtocolReq();
        var template = AppProtocolCodec.Decode(SharedData.Family("app-protocol").First(v => v.Name == "supportedAppProtocolReq-max").Exi)
            .SupportedAppProtocolReq!.AppProtocol[0];
        for (int i = 0; i < 20; i++)
        {
            request.AppProtocol.Add(template);
        }

        byte[] twenty = AppProtocolCodec.Encode(AppProtocolDocument.FromSupportedAppProtocolReq(request));
        // After 20 repeats the grammar has only EE and the escape to the second level: a 21st item can only be the escape.
        var end = AppProtocolCodec.Explain(twenty).Events.Last(e => e.Kind == ExiEventKind.EndElement && e.ElementPath == "/supportedAppProtocolReq");
        int values = int.Parse(end.ValuesPerLevel, System.Globalization.CultureInfo.InvariantCulture);
        byte[] exi = Splice(twenty, end.CodeStart, (ref ExiWriter w) =>
        {
            w.WriteBits((uint)(values - 1), end.CodeWidth);
            w.WriteBits(0, 8);
        });
        var error = FailsCheaply(exi, "app-protocol");
        Assert.StartsWith("Second-level event: this is undeclared content", error.Reason, StringComparison.Ordinal);
        Assert.Equal(end.CodeStart, error.BitOffset);
        Assert.Equal("/supportedAppProtocolReq", error.ElementPath);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void A_stream_of_only_1_bits_fails_in_the_header_and_after_a_good_header_fails_positioned(string family)
    {
        byte[] ones = Enumerable.Repeat((byte)0xFF, 4096).ToArray();
        var header = FailsCheaply(ones, family);
        Assert.StartsWith("EXI distinguishing bits are '11'", header.Reason, StringComparison.Ordinal);
        Assert.Equal(0, header.BitOffset);

        ones[0] = 0x80;
        var content = FailsCheaply(ones, family);
        Assert.InRange(content.BitOffset, 8, ones.Length * 8L);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void An_empty_stream_and_a_stream_of_the_header_only_end_at_bit_0_and_bit_8(string family)
    {
        var empty = FailsCheaply([], family);
        Assert.Equal(ExiErrorKind.EndOfStream, empty.Kind);
        Assert.Equal(0, empty.BitOffset);
        Assert.Equal(string.Empty, empty.ElementPath);

        var header = FailsCheaply([0x80], family);
        Assert.Equal(ExiErrorKind.EndOfStream, header.Kind);
        Assert.Equal(8, header.BitOffset);
    }

    private delegate void WriteAction(ref ExiWriter writer);

    /// <summary>The first <paramref name="bits"/> bits of <paramref name="exi"/>, then what <paramref name="tail"/> writes.</summary>
    private static byte[] Splice(byte[] exi, long bits, WriteAction tail)
    {
        byte[] buffer = new byte[exi.Length + 64];
        var writer = new ExiWriter(buffer);
        for (long bit = 0; bit < bits; bit++)
        {
            writer.WriteBits((uint)(exi[bit >> 3] >> (7 - (int)(bit & 7))) & 1, 1);
        }

        tail(ref writer);
        return buffer.AsSpan(0, writer.Finish()).ToArray();
    }

    /// <summary>TryDecode fails without an exception and allocating under 64 KiB; Decode throws the same error.</summary>
    private static ExiError FailsCheaply(byte[] exi, string family)
    {
        var codec = TryDecodeTests.Codecs[family];
        codec.TryDecode(exi); // warm-up: first calls allocate for the runtime, not for the input
        ExiError? error = null;
        long allocated = 0;
        int exceptions = TryDecodeTests.CountExceptions(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            error = codec.TryDecode(exi);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        Assert.Equal(0, exceptions);
        Assert.NotNull(error);
        Assert.InRange(allocated, 0, AllocationBound);
        Assert.Equal(codec.Decode(exi)!.Message, error.Message);
        return error;
    }
}
