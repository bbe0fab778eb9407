using System;
using System.Collections.Generic;
using System.Globalization;

namespace V2G.Cli.Bench;

/// <summary>
/// The output lines of <c>v2g bench</c>, in a fixed form that scripts parse: one per message, then the means.
/// </summary>
internal static class BenchReport
{
    /// <summary>One message: <c>NAME decode NS ns encode NS ns alloc BYTES B</c>.</summary>
    /// <param name="result">The message's figures.</param>
    /// <returns>The line, without a line end.</returns>
    public static string Line(MessageResult result) =>
        $"{result.Name} decode {Nanoseconds(result.DecodeNanoseconds)} ns encode {Nanoseconds(result.EncodeNanoseconds)} ns "
        + $"alloc {result.AllocatedBytes.ToString(CultureInfo.InvariantCulture)} B";

    /// <summary>The last line: <c>decode NS ns/msg encode NS ns/msg alloc BYTES B/msg</c>, means over the messages.</summary>
    /// <param name="results">Every message's figures, at least one.</param>
    /// <returns>The line, without a line end.</returns>
    /// <exception cref="ArgumentException">No results.</exception>
    public static string Summary(IReadOnlyList<MessageResult> results)
    {
        if (results.Count == 0)
        {
            throw new ArgumentException("A summary needs at least one message", nameof(results));
        }

        double decode = 0;
        double encode = 0;
        double allocated = 0;
        foreach (MessageResult result in results)
        {
            decode += result.DecodeNanoseconds;
            encode += result.EncodeNanoseconds;
            allocated += result.AllocatedBytes;
        }

        long meanAllocated = (long)Math.Round(allocated / results.Count, MidpointRounding.AwayFromZero);
        return $"decode {Nanoseconds(decode / results.Count)} ns/msg encode {Nanoseconds(encode / results.Count)} ns/msg "
            + $"alloc {meanAllocated.ToString(CultureInfo.InvariantCulture)} B/msg";
    }

    private static string Nanoseconds(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
