using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using V2G.Exi.Validation;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Xunit;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Messages.Tests;

/// <summary>
/// Streams that break a facet or carry an abstract head (built from a vector's XML with one value changed, encoded with
/// the relaxed encoder) decode by default, re-encode relaxed to the same bytes, are listed by Validate with the path and
/// the rule, and fail under the strict decode option and the default (strict) encoder.
/// </summary>
public class LenientDecodingTests
{
    /// <summary>One codec behind delegates: (xml) -> relaxed bytes, decode with options, relaxed/strict encode, Validate.</summary>
    private sealed record Codec(
        Func<string, object> FromXml,
        Func<byte[], ExiDecodeOptions, object> Decode,
        Func<object, ExiEncodeOptions, byte[]> Encode,
        Func<object, IReadOnlyList<ExiValidationIssue>> Validate);

    private static readonly Dictionary<string, Codec> Codecs = new()
    {
        ["din"] = new(x => DinCodec.FromXml(x), (b, o) => DinCodec.Decode(b, o, out _), (d, o) => DinCodec.Encode((DinDocument)d, o), d => DinCodec.Validate((DinDocument)d)),
        ["iso2"] = new(x => Iso2Codec.FromXml(x), (b, o) => Iso2Codec.Decode(b, o, out _), (d, o) => Iso2Codec.Encode((Iso2Document)d, o), d => Iso2Codec.Validate((Iso2Document)d)),
        ["iso20-common"] = new(
            x => Iso20.CommonMessagesCodec.FromXml(x),
            (b, o) => Iso20.CommonMessagesCodec.Decode(b, o, out _),
            (d, o) => Iso20.CommonMessagesCodec.Encode((Iso20.CommonMessagesDocument)d, o),
            d => Iso20.CommonMessagesCodec.Validate((Iso20.CommonMessagesDocument)d)),
        ["iso20-ac"] = new(
            x => Iso20.AcCodec.FromXml(x),
            (b, o) => Iso20.AcCodec.Decode(b, o, out _),
            (d, o) => Iso20.AcCodec.Encode((Iso20.AcDocument)d, o),
            d => Iso20.AcCodec.Validate((Iso20.AcDocument)d)),
        ["iso20-dc"] = new(
            x => Iso20.DcCodec.FromXml(x),
            (b, o) => Iso20.DcCodec.Decode(b, o, out _),
            (d, o) => Iso20.DcCodec.Encode((Iso20.DcDocument)d, o),
            d => Iso20.DcCodec.Validate((Iso20.DcDocument)d)),
    };

    public static IEnumerable<object[]> Cases() => new[]
    {
        // family, vector, text in the vector, replacement, path of the issue, rule
        new object[] { "iso2", "PaymentDetailsReq-min", ">Ssgj1_4s9wFuXf<", ">Ssgj1_4s9wFuXfABCDEF<", "/V2G_Message/Body/PaymentDetailsReq/eMAID", "maxLength 15" },
        new object[] { "iso2", "PaymentDetailsRes-min", ">Y7dbj4H2KoC4rI18SuE/Aw==<", ">Y7dbj4H2KoC4rA==<", "/V2G_Message/Body/PaymentDetailsRes/GenChallenge", "length 16" },
        // An empty GenChallenge: the empty element (second-level EE), which the fuzzer found the decoder refused.
        new object[] { "iso2", "PaymentDetailsRes-min", ">Y7dbj4H2KoC4rI18SuE/Aw==<", "><", "/V2G_Message/Body/PaymentDetailsRes/GenChallenge", "length 16" },
        new object[] { "iso2", "CurrentDemandReq-min", "<v2gci_t:Multiplier>-3<", "<v2gci_t:Multiplier>4<", "/Multiplier", "maxInclusive 3" },
        new object[] { "din", "CurrentDemandReq-min", "<v2gci_t:Multiplier>0<", "<v2gci_t:Multiplier>4<", "/Multiplier", "maxInclusive 3" },
        new object[] { "iso20-common", "AuthorizationSetupRes-min", ">2paGyoIZFlxg2OE8yT7Scg==<", ">2paGyoIZFlxg2OE8<", "/AuthorizationSetupRes/PnC_ASResAuthorizationMode/GenChallenge", "length 16" },
        new object[] { "iso20-ac", "AC_ChargeLoopReq-max", "<ct:TargetSOC>100<", "<ct:TargetSOC>127<", "/TargetSOC", "maxInclusive 100" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_facet_violation_decodes_reencodes_relaxed_is_listed_and_fails_strict(string family, string vector, string from, string to, string path, string rule)
    {
        var codec = Codecs[family];
        string xml = SharedData.Family(family).Single(v => v.Name == vector).Xml;
        Assert.Contains(from, xml, StringComparison.Ordinal);
        object built = codec.FromXml(xml.Replace(from, to, StringComparison.Ordinal));
        var strictEncode = Assert.ThrowsAny<ExiEncodeException>(() => codec.Encode(built, ExiEncodeOptions.Default));
        Assert.EndsWith(path.Split('/').Last(), strictEncode.ElementPath, StringComparison.Ordinal);
        byte[] stream = codec.Encode(built, ExiEncodeOptions.Relaxed);

        object decoded = codec.Decode(stream, ExiDecodeOptions.Default);
        Assert.Equal(Convert.ToHexString(stream), Convert.ToHexString(codec.Encode(decoded, ExiEncodeOptions.Relaxed)));
        var issue = Assert.Single(codec.Validate(decoded));
        Assert.EndsWith(path, issue.Path, StringComparison.Ordinal);
        Assert.Equal(rule, issue.Rule);
        Assert.Equal(issue.Path + ": " + rule + " (" + issue.Value + ")", issue.ToString());
        Assert.Empty(codec.Validate(codec.Decode(SharedData.Family(family).Single(v => v.Name == vector).Exi, ExiDecodeOptions.Default)));

        var strict = Assert.Throws<ExiDecodeException>(() => codec.Decode(stream, ExiDecodeOptions.Strict));
        Assert.Contains("breaks " + rule, strict.Message, StringComparison.Ordinal);
        Assert.EndsWith(path.Split('/').Last(), strict.ElementPath, StringComparison.Ordinal);
        Assert.InRange(strict.BitOffset, 8, stream.Length * 8L);
    }

    public static IEnumerable<object[]> Heads() => new[]
    {
        // family, vector, derived element to replace by the head, child elements the head's type does not have, head path, rule
        new object[] { "iso2", "PowerDeliveryRes-min", "v2gci_t:DC_EVSEStatus", "v2gci_t:EVSEStatusCode", "v2gci_t:EVSEStatus",
            "/V2G_Message/Body/PowerDeliveryRes/EVSEStatus", "abstract {urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusType" },
        new object[] { "iso2", "ChargeParameterDiscoveryRes-rand3", "v2gci_t:RelativeTimeInterval", "v2gci_t:start v2gci_t:duration", "v2gci_t:TimeInterval",
            "/TimeInterval", "abstract {urn:iso:15118:2:2013:MsgDataTypes}IntervalType" },
        new object[] { "din", "PowerDeliveryRes-min", "v2gci_t:AC_EVSEStatus", "v2gci_t:PowerSwitchClosed v2gci_t:RCD v2gci_t:NotificationMaxDelay v2gci_t:EVSENotification",
            "v2gci_t:EVSEStatus", "/V2G_Message/Body/PowerDeliveryRes/EVSEStatus", "abstract {urn:din:70121:2012:MsgDataTypes}EVSEStatusType" },
        // ISO 15118-20: the control-mode head of the charge loop, whose abstract type has no content of its own.
        new object[] { "iso20-dc", "DC_ChargeLoopRes-min", "dc:Scheduled_DC_CLResControlMode", "", "ct:CLResControlMode",
            "/DC_ChargeLoopRes/CLResControlMode", "abstract {urn:iso:std:iso:15118:-20:CommonTypes}CLResControlModeType" },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void An_abstract_head_with_its_own_content_decodes_reencodes_relaxed_is_listed_and_fails_strict(
        string family, string vector, string derived, string dropped, string head, string path, string rule)
    {
        var codec = Codecs[family];
        string xml = SharedData.Family(family).Single(v => v.Name == vector).Xml;
        foreach (string child in dropped.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            xml = System.Text.RegularExpressions.Regex.Replace(xml, "<" + child + ">[^<]*</" + child + ">", string.Empty);
        }

        xml = xml.Replace("<" + derived + ">", "<" + head + ">", StringComparison.Ordinal).Replace("</" + derived + ">", "</" + head + ">", StringComparison.Ordinal)
            .Replace("<" + derived + "/>", "<" + head + "/>", StringComparison.Ordinal);
        object built = codec.FromXml(xml);
        var refused = Assert.ThrowsAny<ExiEncodeException>(() => codec.Encode(built, ExiEncodeOptions.Default));
        Assert.Contains("abstract", refused.Message, StringComparison.Ordinal);
        byte[] stream = codec.Encode(built, ExiEncodeOptions.Relaxed);

        object decoded = codec.Decode(stream, ExiDecodeOptions.Default);
        Assert.Equal(Convert.ToHexString(stream), Convert.ToHexString(codec.Encode(decoded, ExiEncodeOptions.Relaxed)));
        var issues = codec.Validate(decoded);
        Assert.NotEmpty(issues);
        Assert.All(issues, i => Assert.Equal(rule, i.Rule));
        Assert.EndsWith(path, issues[0].Path, StringComparison.Ordinal);

        var strict = Assert.Throws<ExiDecodeException>(() => codec.Decode(stream, ExiDecodeOptions.Strict));
        Assert.Contains("abstract", strict.Message, StringComparison.Ordinal);
        Assert.EndsWith(path.Split('/').Last(), strict.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_class_holds_the_abstract_types_own_members_and_derives_from_it()
    {
        var head = new V2G.Messages.Iso2.EVSEStatusTypeHead { NotificationMaxDelay = 7, EVSENotification = V2G.Messages.Iso2.EVSENotificationType.None };
        Assert.IsAssignableFrom<V2G.Messages.Iso2.EVSEStatusType>(head);
        Assert.True(typeof(V2G.Messages.Iso2.EVSEStatusTypeHead).IsSealed);
    }

    [Fact]
    public void A_value_the_csharp_type_cannot_hold_is_refused_when_reading_xml()
    {
        // SAScheduleTupleID is 1..255 in 8 bits: the field carries 256, which a byte cannot hold.
        string xml = SharedData.Family("iso2").Single(v => v.Name == "PowerDeliveryReq-min").Xml;
        var error = Assert.Throws<ExiXmlException>(() => Iso2Codec.FromXml(System.Text.RegularExpressions.Regex.Replace(xml, "<v2gci_b:SAScheduleTupleID>\\d+<", "<v2gci_b:SAScheduleTupleID>256<")));
        Assert.Contains("at most 255", error.Message, StringComparison.Ordinal);
    }
}
