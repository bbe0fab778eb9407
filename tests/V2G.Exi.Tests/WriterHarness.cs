using System;

namespace V2G.Exi.Tests;

internal delegate void WriteAction(ref ExiWriter writer);

internal static class WriterHarness
{
    /// <summary>Runs <paramref name="write"/> on a writer over a buffer pre-filled with 0xFF, finishes, returns the bytes.</summary>
    public static byte[] Write(WriteAction write, int capacity = 1024)
    {
        byte[] buffer = new byte[capacity];
        buffer.AsSpan().Fill(0xFF);
        var writer = new ExiWriter(buffer);
        write(ref writer);
        int length = writer.Finish();
        return buffer.AsSpan(0, length).ToArray();
    }

    public static string WriteHex(WriteAction write, int capacity = 1024) => Hex.Of(Write(write, capacity));
}
