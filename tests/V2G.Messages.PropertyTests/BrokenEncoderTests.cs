using CsCheck;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Xunit;

namespace V2G.Messages.PropertyTests;

/// <summary>The properties are not vacuous: an encoder that flips one bit of its output fails them.</summary>
public class BrokenEncoderTests
{
    [Fact]
    public void A_bit_flipping_ISO2_encoder_fails_the_round_trip_property() =>
        AssertCaught(Codecs.Pair("Iso2 (broken)", Iso2Codec.Schema, new BrokenCodec<Iso2Document>(Iso2Codec.Documents), Iso2Codec.Fragments).Item1);

    [Fact]
    public void A_bit_flipping_DIN_fragment_encoder_fails_the_round_trip_property() =>
        AssertCaught(Codecs.Pair("Din (broken)", DinCodec.Schema, DinCodec.Documents, new BrokenCodec<DinFragment>(DinCodec.Fragments)).Item2);

    [Fact]
    public void A_bit_flipping_AppProtocol_encoder_fails_the_round_trip_property() =>
        AssertCaught(Codecs.Pair("AppProtocol (broken)", AppProtocolCodec.Schema, new BrokenCodec<AppProtocolDocument>(AppProtocolCodec.Documents),
            AppProtocolCodec.Fragments).Item1);

    [Fact]
    public void The_same_check_passes_with_the_real_encoder()
    {
        var codec = Codecs.All["AppProtocol"].Documents;
        Sample.Of(codec).Sample(s => RoundTripProperties.Check(codec, s.Message), iter: 100);
    }

    private static void AssertCaught(IMessageCodec broken)
    {
        var failure = Assert.Throws<CsCheckException>(() =>
            Sample.Of(broken).Sample(s => RoundTripProperties.Check(broken, s.Message), iter: 100, threads: 1));
        Assert.Contains("seed", failure.Message, System.StringComparison.OrdinalIgnoreCase);
    }
}
