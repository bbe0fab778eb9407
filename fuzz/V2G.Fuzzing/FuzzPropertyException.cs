using System;

namespace V2G.Fuzzing;

/// <summary>A target's property does not hold for an input: a real bug, reported to the fuzzer as a crash.</summary>
public sealed class FuzzPropertyException : Exception
{
    public FuzzPropertyException(string message)
        : base(message)
    {
    }

    public FuzzPropertyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
