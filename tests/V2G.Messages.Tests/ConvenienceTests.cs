using System;
using V2G.Exi;
using Xunit;
using Din = V2G.Messages.Din;
using Iso2 = V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Messages.Tests;

/// <summary>The hand-written helpers beside the generated message types.</summary>
public class ConvenienceTests
{
    [Fact]
    public void Iso2_message_built_with_Create_round_trips_and_reads_back_its_body()
    {
        var message = Iso2.V2G_Message.Create(new byte[8], new Iso2.SessionSetupReqType { EVCCID = new byte[] { 0x00, 0x1B, 0x2C, 0x3D, 0x4E, 0x5F } });
        byte[] exi = Iso2.Iso2Codec.Encode(message);
        var decoded = Iso2.Iso2Codec.Decode(exi).V2G_Message!;

        Assert.True(decoded.TryGetBody<Iso2.SessionSetupReqType>(out var request));
        Assert.Equal(message.Body.BodyElement is Iso2.SessionSetupReqType s ? s.EVCCID : null, request!.EVCCID);
        Assert.False(decoded.TryGetBody<Iso2.SessionSetupResType>(out _));
    }

    [Fact]
    public void Din_message_built_with_Create_round_trips()
    {
        var message = Din.V2G_Message.Create(new byte[8], new Din.SessionStopType());
        var decoded = Din.DinCodec.Decode(Din.DinCodec.Encode(message)).V2G_Message!;
        Assert.True(decoded.TryGetBody<Din.SessionStopType>(out _));
    }

    [Theory]
    [InlineData((short)4000, (sbyte)-1, "400.0")]
    [InlineData((short)-125, (sbyte)2, "-12500")]
    [InlineData((short)7, (sbyte)0, "7")]
    public void Physical_values_and_rational_numbers_scale_exactly(short value, sbyte exponent, string expected)
    {
        decimal number = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(number, Iso2.PhysicalValueType.Of(value, exponent, Iso2.UnitSymbolType.V).ToDecimal());
        Assert.Equal(number, Din.PhysicalValueType.Of(value, exponent, null).ToDecimal());
        Assert.Equal(number, Iso20.RationalNumberType.Of(value, exponent).ToDecimal());
    }

    [Fact]
    public void Exponent_beyond_what_a_decimal_holds_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Iso20.RationalNumberType.Of(1, 100).ToDecimal());
        Assert.Equal(0.001m, PowerOfTen.Apply(1, -3));
    }
}
