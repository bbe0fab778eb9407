using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Transport.Tests.V2gtp;

public sealed class V2gtpPayloadTypeTests
{
    [Theory]
    [InlineData(0x8001, "Exi")]
    [InlineData(0x8002, "Iso20CommonMessages")]
    [InlineData(0x8003, "Iso20Ac")]
    [InlineData(0x8004, "Iso20Dc")]
    [InlineData(0x8005, "Iso20Acdp")]
    [InlineData(0x8006, "Iso20Wpt")]
    [InlineData(0x8101, "Iso20ScheduleRenegotiation")]
    [InlineData(0x8102, "Iso20MeteringConfirmation")]
    [InlineData(0x8103, "Iso20AcdpSystemStatus")]
    [InlineData(0x8104, "Iso20ParkingStatus")]
    [InlineData(0x9000, "SdpRequest")]
    [InlineData(0x9001, "SdpResponse")]
    [InlineData(0x9002, "SdpRequestWireless")]
    [InlineData(0x9003, "SdpResponseWireless")]
    public void Every_standard_payload_type_has_its_name(int value, string name)
    {
        var type = new V2gtpPayloadType((ushort)value);

        Assert.True(type.IsKnown);
        Assert.Equal(name, type.Name);
        Assert.Equal($"0x{value:X4} ({name})", type.ToString());
    }

    [Fact]
    public void The_named_constants_carry_the_values_of_the_standards()
    {
        Assert.Equal(0x8001, V2gtpPayloadType.Exi.Value);
        Assert.Equal(0x8002, V2gtpPayloadType.Iso20CommonMessages.Value);
        Assert.Equal(0x8004, V2gtpPayloadType.Iso20Dc.Value);
        Assert.Equal(0x8006, V2gtpPayloadType.Iso20Wpt.Value);
        Assert.Equal(0x9000, V2gtpPayloadType.SdpRequest.Value);
        Assert.Equal(0x9003, V2gtpPayloadType.SdpResponseWireless.Value);
    }

    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x8000)]
    [InlineData(0x8007)]
    [InlineData(0x8100)]
    [InlineData(0x8105)]
    [InlineData(0x9004)]
    [InlineData(0xA000)]
    [InlineData(0xFFFF)]
    public void Reserved_and_manufacturer_values_are_not_known(int value)
    {
        var type = new V2gtpPayloadType((ushort)value);

        Assert.False(type.IsKnown);
        Assert.Null(type.Name);
        Assert.Equal($"0x{value:X4}", type.ToString());
        Assert.Equal(value >= 0xA000, type.IsManufacturerSpecific);
    }

    [Theory]
    [InlineData(0x8001, true, false)]
    [InlineData(0x8006, true, false)]
    [InlineData(0x8101, false, false)]
    [InlineData(0x9000, false, true)]
    [InlineData(0x9003, false, true)]
    [InlineData(0x9004, false, false)]
    public void Exi_and_sdp_payloads_are_told_apart(int value, bool exi, bool sdp)
    {
        var type = new V2gtpPayloadType((ushort)value);

        Assert.Equal(exi, type.IsExiMessage);
        Assert.Equal(sdp, type.IsSdp);
    }
}
