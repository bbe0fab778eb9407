using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using V2G.Exi.Equality;
using V2G.Messages.AppProtocol;
using V2G.Messages.Iso2;
using ResponseCodeType = V2G.Messages.Iso2.ResponseCodeType;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>What breaks value equality of the generated types (a member, a list item, a byte, the concrete type), and their text.</summary>
public class EqualityTests
{
    [Fact]
    public void A_changed_member_breaks_equality_and_restoring_it_mends_it()
    {
        var (left, right) = DecodeTwice<V2G_Message>("iso2/ChargeParameterDiscoveryRes-min");
        var limit = ((DC_EVSEChargeParameterType)((ChargeParameterDiscoveryResType)right.Body.BodyElement!).EVSEChargeParameter).EVSEMaximumCurrentLimit;
        short original = limit.Value;

        limit.Value++;
        Assert.NotEqual(left, right);
        Assert.True(left != right);

        limit.Value = original;
        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void A_changed_byte_breaks_equality()
    {
        var (left, right) = DecodeTwice<V2G_Message>("iso2/SessionSetupReq-max");
        var request = (SessionSetupReqType)right.Body.BodyElement!;
        Assert.NotSame(((SessionSetupReqType)left.Body.BodyElement!).EVCCID, request.EVCCID);

        request.EVCCID[^1] ^= 1;
        Assert.False(left.Equals(right));
        Assert.False(left.Equals((object)right));
    }

    [Fact]
    public void A_changed_removed_or_moved_list_item_breaks_equality()
    {
        var (left, right) = DecodeTwice<SupportedAppProtocolReq>("app-protocol/supportedAppProtocolReq-max");
        Assert.Equal(3, right.AppProtocol.Count);

        right.AppProtocol[1].Priority++;
        Assert.NotEqual(left, right);
        right.AppProtocol[1].Priority--;
        Assert.Equal(left, right);

        (right.AppProtocol[0], right.AppProtocol[1]) = (right.AppProtocol[1], right.AppProtocol[0]);
        Assert.NotEqual(left, right);
        (right.AppProtocol[0], right.AppProtocol[1]) = (right.AppProtocol[1], right.AppProtocol[0]);

        right.AppProtocol.RemoveAt(2);
        Assert.NotEqual(left, right);
    }

    [Fact]
    public void Binary_list_items_compare_by_content()
    {
        var left = new SubCertificatesType { Certificate = [[1, 2, 3], [4]] };
        var right = new SubCertificatesType { Certificate = [[1, 2, 3], [4]] };
        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());

        right.Certificate[0][2] = 9;
        Assert.NotEqual(left, right);
    }

    [Fact]
    public void An_absent_list_equals_an_empty_one()
    {
        var absent = new SupportedAppProtocolReq { AppProtocol = null };
        var empty = new SupportedAppProtocolReq { AppProtocol = [] };
        Assert.Equal(absent, empty);
        Assert.Equal(absent.GetHashCode(), empty.GetHashCode());
        Assert.Equal("SupportedAppProtocolReq { }", absent.ToString());
    }

    [Fact]
    public void The_concrete_type_is_compared()
    {
        var derived = new DC_EVSEStatusType { NotificationMaxDelay = 5, EVSENotification = EVSENotificationType.None, EVSEStatusCode = DC_EVSEStatusCodeType.EVSE_Ready };
        var head = new EVSEStatusTypeHead { NotificationMaxDelay = 5, EVSENotification = EVSENotificationType.None };
        Assert.False(derived.Equals(head));
        Assert.False(head.Equals(derived));
        Assert.True((EVSEStatusType)head != derived);

        // Neither has a member: only the type tells them apart.
        Assert.NotEqual<BodyBaseType>(new ChargingStatusReqType(), new BodyBaseTypeHead());
        Assert.Equal<BodyBaseType>(new BodyBaseTypeHead(), new BodyBaseTypeHead());
    }

    [Fact]
    public void Inherited_members_are_compared()
    {
        var left = new EVSEStatusTypeHead { NotificationMaxDelay = 5, EVSENotification = EVSENotificationType.None };
        var right = new EVSEStatusTypeHead { NotificationMaxDelay = 5, EVSENotification = EVSENotificationType.StopCharging };
        Assert.NotEqual(left, right);
        right.EVSENotification = EVSENotificationType.None;
        Assert.Equal(left, right);
    }

    [Fact]
    public void Strings_compare_ordinally_and_an_absent_optional_member_differs_from_a_present_one()
    {
        var left = new SessionSetupResType { ResponseCode = ResponseCodeType.OK, EVSEID = "DE*ABC" };
        var right = new SessionSetupResType { ResponseCode = ResponseCodeType.OK, EVSEID = "DE*abc" };
        Assert.NotEqual(left, right);
        right.EVSEID = "DE*ABC";
        Assert.Equal(left, right);
        right.EVSETimeStamp = 0;
        Assert.NotEqual(left, right);
        Assert.False(left.Equals(null));
        Assert.False(left == null);
        Assert.True((SessionSetupResType?)null == null);
    }

    [Fact]
    public void Documents_compare_their_content_by_value()
    {
        var (left, right) = DecodeTwice<V2G_Message>("iso2/SessionSetupReq-min");
        Assert.True(Iso2Document.FromV2G_Message(left) == Iso2Document.FromV2G_Message(right));
        Assert.Equal(Iso2Document.FromV2G_Message(left).GetHashCode(), Iso2Document.FromV2G_Message(right).GetHashCode());
        right.Header.SessionID = [0];
        Assert.True(Iso2Document.FromV2G_Message(left) != Iso2Document.FromV2G_Message(right));
        Assert.Equal("(empty)", default(Iso2Document).ToString());
    }

    [Theory]
    [InlineData("app-protocol/supportedAppProtocolReq-min", "supportedAppProtocolReq: SupportedAppProtocolReq { AppProtocol = [AppProtocolType { " +
        "ProtocolNamespace = \"1\", VersionNumberMajor = 3630164891, VersionNumberMinor = 330, SchemaID = 255, Priority = 4 }] }")]
    [InlineData("din/SessionSetupReq-min", "V2G_Message: V2G_Message { Header = MessageHeaderType { SessionID = 0xA5 }, " +
        "Body = BodyType { BodyElement = SessionSetupReqType { EVCCID = 0x59 } } }")]
    [InlineData("iso2/CertificateInstallationReq-min", "V2G_Message: V2G_Message { Header = MessageHeaderType { SessionID = 0x29 }, " +
        "Body = BodyType { BodyElement = CertificateInstallationReqType { Id = \"IDw18_1\", OEMProvisioningCert = 0x4F, ListOfRootCertificateIDs = " +
        "ListOfRootCertificateIDsType { RootCertificateID = [X509IssuerSerialType { X509IssuerName = \"1\", X509SerialNumber = 394 }] } } } }")]
    [InlineData("iso2-fragment/AuthorizationReq-min", "AuthorizationReq: AuthorizationReqType { }")]
    [InlineData("iso20-common/SessionSetupReq-min", "SessionSetupReq: SessionSetupReqType { Header = MessageHeaderType { " +
        "SessionID = 0xCC05C516B82385F2, TimeStamp = 3968247664537180813 }, EVCCID = \"1\" }")]
    [InlineData("iso20-fragment/AC.AC_ChargeParameterDiscoveryRes-min", "AC_ChargeParameterDiscoveryRes: AC_ChargeParameterDiscoveryResType { " +
        "Header = MessageHeaderType { SessionID = 0x89EC7E357A9F70E3, TimeStamp = 0 }, ResponseCode = OK, AC_CPDResEnergyTransferMode = " +
        "BPT_AC_CPDResEnergyTransferModeType { EVSEMaximumChargePower = RationalNumberType { Exponent = 81, Value = -23581 }, " +
        "EVSEMinimumChargePower = RationalNumberType { Exponent = 90, Value = -4927 }, EVSENominalFrequency = RationalNumberType { " +
        "Exponent = -53, Value = -26700 }, EVSEMaximumDischargePower = RationalNumberType { Exponent = -115, Value = 945 }, " +
        "EVSEMinimumDischargePower = RationalNumberType { Exponent = 104, Value = 16639 } } }")]
    public void ToString_shows_the_element_the_type_and_the_members(string vector, string expected)
    {
        var v = SharedData.Vectors.Single(x => x.ToString() == vector);
        Assert.Equal(expected, FamilyCodec.For(v).DecodeDocument(v.Exi, ExiDecodeOptions.Default).Document.ToString());
    }

    [Fact]
    public void ToString_shortens_long_binaries_and_strings_and_escapes_control_characters()
    {
        byte[] certificate = Enumerable.Range(0, 64).Select(i => (byte)i).ToArray();
        Assert.Equal("SessionSetupReqType { EVCCID = byte[64] 0x000102030405060708090A0B0C0D0E0F... }", new SessionSetupReqType { EVCCID = certificate }.ToString());
        Assert.Equal("SessionSetupReqType { EVCCID = 0x" + new string('0', 64) + " }", new SessionSetupReqType { EVCCID = new byte[32] }.ToString());

        var text = new SessionSetupResType { ResponseCode = ResponseCodeType.OK, EVSEID = new string('x', 200), EVSETimeStamp = -1 }.ToString();
        Assert.Equal("SessionSetupResType { ResponseCode = OK, EVSEID = \"" + new string('x', 128) + "\"... (200 chars), EVSETimeStamp = -1 }", text);

        var quoted = new SessionSetupResType { ResponseCode = ResponseCodeType.OK, EVSEID = "a\"b\\c\nd" }.ToString();
        Assert.Equal("SessionSetupResType { ResponseCode = OK, EVSEID = \"a\\\"b\\\\c\\u000Ad\" }", quoted);
    }

    [Fact]
    public void Hash_codes_are_usable_as_keys_while_the_objects_are_unchanged()
    {
        var (left, right) = DecodeTwice<V2G_Message>("iso2/ChargeParameterDiscoveryRes-min");
        var set = new HashSet<V2G_Message> { left };
        Assert.Contains(right, set);
        Assert.False(set.Add(right));
    }

    /// <summary>Two independent decodes of one vector, as the root's class.</summary>
    private static (T Left, T Right) DecodeTwice<T>(string vector)
        where T : ExiMessage
    {
        var v = SharedData.Vectors.Single(x => x.ToString() == vector);
        var codec = FamilyCodec.For(v);
        return (Content<T>(codec.DecodeDocument(v.Exi, ExiDecodeOptions.Default).Document), Content<T>(codec.DecodeDocument(v.Exi, ExiDecodeOptions.Default).Document));
    }

    private static T Content<T>(object union) => (T)union.GetType().GetProperty("Value")!.GetValue(union)!;
}
