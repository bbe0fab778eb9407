using System;
using System.Collections.Generic;

namespace V2G.Fuzzing;

/// <summary>
/// One fuzz target: a pure method over arbitrary bytes that throws only on a real bug (an unexpected exception or a
/// broken property, <see cref="FuzzPropertyException"/>). Expected refusals of bad input are caught inside the target
/// by their typed exception or Try result.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>The name used on the command line and as the folder name under fuzz/corpus and fuzz/findings.</summary>
    string Name { get; }

    /// <summary>Runs the target over one input.</summary>
    void Run(ReadOnlySpan<byte> input);

    /// <summary>Seed inputs built from the shared vectors (a few dozen at most, each under 4 KiB).</summary>
    IEnumerable<Seed> Seeds(SeedSource source);
}

/// <summary>One seed input and the file name it is stored under.</summary>
public sealed record Seed(string Name, byte[] Data);
