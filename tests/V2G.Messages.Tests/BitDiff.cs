using System;
using System.IO;
using System.Linq;

namespace V2G.Messages.Tests;

/// <summary>Explains a byte mismatch: the first differing bit and the trace line (event) it belongs to.</summary>
public static class BitDiff
{
    public static string? Explain(byte[] expected, byte[] actual, string? tracePath)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }

        long bit = 0;
        int n = Math.Min(expected.Length, actual.Length);
        while (bit < n * 8L && Bit(expected, bit) == Bit(actual, bit))
        {
            bit++;
        }

        string message = "bytes differ at bit " + bit + " (expected " + expected.Length + " bytes " + Convert.ToHexString(expected)
            + ", got " + actual.Length + " bytes " + Convert.ToHexString(actual) + ")";
        if (tracePath != null && File.Exists(tracePath))
        {
            string? line = File.ReadLines(tracePath).Where(l => l.StartsWith('@')).LastOrDefault(l => Start(l) <= bit);
            message += "; reference event: " + line;
        }

        return message;
    }

    private static int Bit(byte[] data, long bit) => (data[bit / 8] >> (7 - (int)(bit % 8))) & 1;

    private static long Start(string traceLine) => long.Parse(traceLine.AsSpan(1, traceLine.IndexOf('+') - 1), System.Globalization.CultureInfo.InvariantCulture);
}
