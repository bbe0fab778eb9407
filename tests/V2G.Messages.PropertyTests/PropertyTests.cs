using System;
using CsCheck;
using Xunit;

namespace V2G.Messages.PropertyTests;

/// <summary>
/// Random valid messages of every root element of every codec (documents and fragments) round-trip through EXI, XML and
/// JSON, encode deterministically, and TryEncode refuses a buffer one byte too small without an exception.
/// </summary>
public class PropertyTests
{
    /// <summary>Messages per codec and stream kind; V2G_PROPERTY_ITERATIONS raises it for a longer run.</summary>
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("V2G_PROPERTY_ITERATIONS"), out int n) ? n : 10_000;

    public static TheoryData<string> CodecNames() => new(Codecs.All.Keys);

    [Theory]
    [MemberData(nameof(CodecNames))]
    public void Random_documents_round_trip(string codec) => Run(Codecs.All[codec].Documents, Iterations);

    [Theory]
    [MemberData(nameof(CodecNames))]
    public void Random_fragments_round_trip(string codec) => Run(Codecs.All[codec].Fragments, Iterations);

    private static void Run(IMessageCodec codec, int iterations) =>
        Sample.Of(codec).Sample(s => RoundTripProperties.Check(codec, s.Message), iter: iterations, print: s => RoundTripProperties.Describe(codec, s));
}
