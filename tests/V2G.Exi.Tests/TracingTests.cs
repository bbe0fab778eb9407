using System;
using V2G.Exi.Tracing;
using Xunit;

namespace V2G.Exi.Tests;

/// <summary>The reader's trace: nothing recorded or allocated without a recorder; events, value bits and details with one.</summary>
public class TracingTests
{
    // Event code 1 (2 bits) = 01, then a string literal "ab" (prefix 4, then 'a' 'b'), a binary of 2 bytes, an unsigned 300.
    private static byte[] Stream()
    {
        byte[] buffer = new byte[64];
        var writer = new ExiWriter(buffer);
        writer.WriteHeader();
        writer.WriteBits(1, 2);
        writer.WriteString("ab");
        writer.WriteBinary(new byte[] { 0xCA, 0xFE });
        writer.WriteUnsignedInteger(300UL);
        return buffer.AsSpan(0, writer.Finish()).ToArray();
    }

    private static ulong ReadAll(ref ExiReader reader)
    {
        reader.ReadHeader();
        long position = reader.BitPosition;
        uint code = reader.ReadBits(2);
        reader.TraceEvent(position, 2, ExiEventKind.StartElement, "{urn:x}A", "Start", (int)code, 3);
        reader.TraceEvent(reader.BitPosition, 0, ExiEventKind.Characters, null, "Start", 0, 1);
        long start = reader.BitPosition;
        string text = reader.ReadString(1);
        reader.TraceValue(start, "STRING", null, text);
        start = reader.BitPosition;
        byte[] bytes = reader.ReadBinary();
        reader.TraceValue(start, "BINARY_HEX", null, "CAFE");
        start = reader.BitPosition;
        ulong number = reader.ReadUnsignedInteger();
        reader.TraceValue(start, "UNSIGNED_INTEGER", "unsigned 7-bit groups", "300");
        return number + (ulong)text.Length + (ulong)bytes.Length;
    }

    [Fact]
    public void Without_a_recorder_trace_calls_allocate_nothing_beyond_the_values_read()
    {
        byte[] stream = Stream();
        var warm = new ExiReader(stream, ExiDecodeOptions.Default, null);
        Assert.False(warm.Tracing);
        ReadAll(ref warm);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var reader = new ExiReader(stream, ExiDecodeOptions.Default, null);
        ReadAll(ref reader);
        long traced = GC.GetAllocatedBytesForCurrentThread() - before;

        // The same reads without any trace call: the string "ab" and the 2-byte array.
        before = GC.GetAllocatedBytesForCurrentThread();
        var plain = new ExiReader(stream);
        plain.ReadHeader();
        plain.ReadBits(2);
        string text = plain.ReadString(1);
        byte[] bytes = plain.ReadBinary();
        plain.ReadUnsignedInteger();
        long untraced = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("ab", text);
        Assert.Equal(2, bytes.Length);
        Assert.Equal(untraced, traced);
    }

    [Fact]
    public void A_recorder_gets_each_event_with_its_path_and_the_bits_and_representation_of_each_value()
    {
        byte[] stream = Stream();
        var recorder = new ExiTraceRecorder();
        var reader = new ExiReader(stream, ExiDecodeOptions.Default, recorder);
        Assert.True(reader.Tracing);
        Assert.Equal(300UL + 4, ReadAll(ref reader));

        var events = recorder.Events;
        Assert.Equal(2, events.Count);
        Assert.Equal("/A", events[0].ElementPath);
        Assert.Equal("{urn:x}A", events[1].QualifiedName); // CH names the open element
        Assert.Equal("1", events[0].EventCode);
        Assert.Equal("3", events[0].ValuesPerLevel);

        // The last TraceValue wins for the event: the unsigned after the string (8 + 2 + 24) and binary (8 + 16).
        Assert.Equal(58, events[1].ValueStart);
        Assert.Equal(74, events[1].ValueEnd);
        Assert.Equal("unsigned 7-bit groups", events[1].Representation);

        var trace = recorder.Complete(stream, reader.BitPosition);
        Assert.True(trace.Succeeded);
        Assert.Equal(74, trace.EndBit);
        Assert.Equal("000000", trace.PaddingBits);
        Assert.Equal("# end: last event ends at bit 74; padding bits 74..80 (6) = 000000; bytes after the EXI body: 0", ExiTraceText.EndLine(trace));
    }

    [Fact]
    public void Strings_and_binaries_report_their_length_prefix()
    {
        byte[] stream = Stream();
        var recorder = new ExiTraceRecorder();
        var reader = new ExiReader(stream, ExiDecodeOptions.Default, recorder);
        reader.ReadHeader();
        reader.ReadBits(2);
        reader.TraceEvent(10, 0, ExiEventKind.Characters, null, "Start", 0, 1);
        reader.TraceValue(10, "STRING", null, reader.ReadString(1));
        Assert.Equal("string literal length 2", recorder.Events[0].Representation);
        Assert.Equal(10, recorder.Events[0].ValueStart);
        Assert.Equal(34, recorder.Events[0].ValueEnd);

        reader.TraceEvent(34, 0, ExiEventKind.Characters, null, "Start", 0, 1);
        reader.TraceValue(34, "BINARY_HEX", null, Convert.ToHexString(reader.ReadBinary()));
        Assert.Equal("binary length 2", recorder.Events[1].Representation);
        Assert.Equal("@34+0 CH - state=Start code=0/1 bits=34..58 type=BINARY_HEX (binary length 2) value=\"CAFE\"", recorder.Events[1].ToString());
    }
}
