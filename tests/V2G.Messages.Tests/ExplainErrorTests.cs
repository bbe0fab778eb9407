using System;
using V2G.Exi;
using V2G.Exi.Tracing;
using V2G.Messages.AppProtocol;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>
/// Decode errors name what the element expected and what was found, at the right bit and path, without grammar-state
/// or generated type names; an explain of a broken stream returns the events up to the failure and the error.
/// </summary>
public class ExplainErrorTests
{
    // The well-known DIN supportedAppProtocolReq: the root's EE code (2 bits) is at bit 264, in byte 33 (0x40: code 1 of 3).
    private const string Request = "8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040";

    private static byte[] WithByte(int index, byte value)
    {
        byte[] bytes = Convert.FromHexString(Request);
        bytes[index] = value;
        return bytes;
    }

    [Fact]
    public void An_event_code_beyond_the_state_names_what_the_element_expected()
    {
        var e = Assert.Throws<ExiDecodeException>(() => AppProtocolCodec.Decode(WithByte(33, 0xC0)));
        Assert.Equal("Unexpected content: expected AppProtocol or the end of the element (event code 3 of 3 values)", e.Reason);
        Assert.Equal(264, e.BitOffset);
        Assert.Equal("/supportedAppProtocolReq", e.ElementPath);
    }

    [Fact]
    public void A_second_level_event_says_what_it_stands_for_without_state_names()
    {
        var e = Assert.Throws<ExiDecodeException>(() => AppProtocolCodec.Decode(WithByte(33, 0x80)));
        Assert.StartsWith("Second-level event: this is undeclared content, xsi:type or xsi:nil, which the V2G profile does not use; expected AppProtocol", e.Reason, StringComparison.Ordinal);
        Assert.Equal(264, e.BitOffset);
        Assert.DoesNotContain("Repeating", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Grammar", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_above_its_maximum_names_the_value_and_the_bound()
    {
        // Priority (n-bit 5, offset 1, 1..20) at bits 257..262: 11111 is 32, which the field carries: strict decoding refuses it.
        var e = Assert.Throws<ExiDecodeException>(() => AppProtocolCodec.Decode(WithByte(32, 0x7E), ExiDecodeOptions.Strict, out _));
        Assert.Equal("Facet violation (strict decoding): '32' breaks maxInclusive 20", e.Reason);
        Assert.Equal(257, e.BitOffset);
        Assert.Equal("/supportedAppProtocolReq/AppProtocol/Priority", e.ElementPath);
        Assert.DoesNotContain("Value of", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_a_broken_stream_returns_the_events_up_to_the_failure_and_the_error()
    {
        var trace = AppProtocolCodec.Explain(WithByte(32, 0x7E), ExiDecodeOptions.Strict);
        Assert.False(trace.Succeeded);
        Assert.Equal(ExiErrorKind.Decode, trace.Error!.Kind);
        Assert.Equal(257, trace.Error.BitOffset);
        var last = trace.Events[^1];
        Assert.Equal(ExiEventKind.Characters, last.Kind);
        Assert.Equal("/supportedAppProtocolReq/AppProtocol/Priority", last.ElementPath);
        Assert.Equal(256, last.CodeStart);
        Assert.StartsWith("# error after bit 257: Facet violation (strict decoding): '32' breaks maxInclusive 20 at bit 257", ExiTraceText.EndLine(trace), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_a_truncated_stream_reports_the_end_of_input()
    {
        byte[] bytes = Convert.FromHexString(Request)[..28];
        var trace = AppProtocolCodec.Explain(bytes);
        Assert.Equal(ExiErrorKind.EndOfStream, trace.Error!.Kind);
        Assert.Equal(ExiEventKind.Characters, trace.Events[^1].Kind);
        Assert.Equal(8, trace.Events.Count);
        Assert.Equal(224, trace.EndBit);
    }

    [Fact]
    public void Decode_with_the_listener_off_allocates_the_same_before_and_after_an_explain()
    {
        byte[] exi = Convert.FromHexString(Request);
        long Measure()
        {
            AppProtocolCodec.Decode(exi);
            long before = GC.GetAllocatedBytesForCurrentThread();
            AppProtocolCodec.Decode(exi);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        long first = Measure();
        AppProtocolCodec.Explain(exi);
        Assert.Equal(first, Measure());
    }
}
