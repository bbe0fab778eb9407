using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>The JSON form checked by value: one vector per family, a few members each (kinds, exact digits, key order).</summary>
public class JsonGoldenTests
{
    [Theory]
    [InlineData("app-protocol", "supportedAppProtocolReq-min", "supportedAppProtocolReq.AppProtocol[0].VersionNumberMajor", "3630164891")]
    [InlineData("app-protocol", "supportedAppProtocolReq-min", "supportedAppProtocolReq.AppProtocol[0].ProtocolNamespace", "\"1\"")]
    [InlineData("din", "SessionSetupReq-min", "V2G_Message.Header.SessionID", "\"A5\"")]
    [InlineData("din", "SessionSetupReq-min", "V2G_Message.Body.SessionSetupReq.EVCCID", "\"59\"")]
    [InlineData("din", "SessionStopReq-min", "V2G_Message.Body.SessionStopReq", "{}")]
    [InlineData("din", "CableCheckReq-max", "V2G_Message.Header.Signature.SignatureValue.@Id", "\"IDdd_6\"")]
    [InlineData("din", "CableCheckReq-max", "V2G_Message.Header.Signature.SignatureValue.#text",
        "\"RKECtrClVkWyirivvtOwpqG8H3xvqn2VxV6Qjz/Bi+ZVLUeHO7TMEx1rdO2NPvRR\"")]
    [InlineData("din", "CableCheckReq-max", "V2G_Message.Header.Signature.KeyInfo.#items[0].MgmtData", "\"Sdd49_7IhzEcdgq9TfheUI9f5OiUzFq6\"")]
    [InlineData("din", "CableCheckReq-max", "V2G_Message.Header.Signature.KeyInfo.#items[1].KeyName", "\"Sdd50_2WgUvvxKoRVC1qEi8s6eecdWtf\"")]
    [InlineData("iso2", "CurrentDemandRes-min", "V2G_Message.Body.CurrentDemandRes.DC_EVSEStatus.NotificationMaxDelay", "49997")]
    [InlineData("iso2", "CurrentDemandRes-min", "V2G_Message.Body.CurrentDemandRes.ResponseCode", "\"FAILED_PowerDeliveryNotApplied\"")]
    [InlineData("iso2", "CurrentDemandRes-min", "V2G_Message.Body.CurrentDemandRes.EVSECurrentLimitAchieved", "true")]
    [InlineData("iso2", "CurrentDemandRes-min", "V2G_Message.Body.CurrentDemandRes.EVSEPresentCurrent.Multiplier", "-3")]
    [InlineData("iso2-fragment", "SignedInfo-min", "SignedInfo.Reference[0].DigestValue", "\"eQ==\"")]
    [InlineData("iso2-fragment", "SignedInfo-min", "SignedInfo.CanonicalizationMethod.@Algorithm", "\"1\"")]
    [InlineData("iso20-common", "SessionSetupReq-min", "SessionSetupReq.Header.TimeStamp", "3968247664537180813")]
    [InlineData("iso20-ac", "AC_ChargeLoopRes-min", "AC_ChargeLoopRes.Dynamic_AC_CLResControlMode.EVSETargetActivePower.Value", "25724")]
    [InlineData("iso20-dc", "DC_ChargeLoopReq-min", "DC_ChargeLoopReq.EVPresentVoltage.Exponent", "-69")]
    [InlineData("iso20-wpt", "WPT_ChargeLoopReq-min", "WPT_ChargeLoopReq.EVPCChargeDiagnostics", "\"EVPCNoIssue\"")]
    [InlineData("iso20-acdp", "ACDP_VehiclePositioningReq-min", "ACDP_VehiclePositioningReq.Header.TimeStamp", "13974188820972533332")]
    [InlineData("iso20-fragment", "DC.DC_ChargeParameterDiscoveryRes-min", "DC_ChargeParameterDiscoveryRes.Header.SessionID", "\"B1F732F2C8100A5C\"")]
    public void Member_has_its_value(string family, string name, string path, string expected)
    {
        using var json = JsonDocument.Parse(Json(family, name));
        Assert.Equal(expected, At(json.RootElement, path).GetRawText().Replace("\n", "").Replace(" ", ""));
    }

    [Fact]
    public void An_integer_beyond_64_bits_keeps_its_exact_digits()
    {
        string json = Json("din", "CertificateInstallationRes-rand3");
        Assert.Contains("\"X509SerialNumber\": -55464705289194296168771817", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_come_in_schema_order_with_the_substitution_member_present()
    {
        using var json = JsonDocument.Parse(Json("iso2", "CurrentDemandRes-min"));
        var keys = At(json.RootElement, "V2G_Message.Body.CurrentDemandRes").EnumerateObject().Select(p => p.Name);
        Assert.Equal(
            new[]
            {
                "ResponseCode", "DC_EVSEStatus", "EVSEPresentVoltage", "EVSEPresentCurrent", "EVSECurrentLimitAchieved",
                "EVSEVoltageLimitAchieved", "EVSEPowerLimitAchieved", "EVSEID", "SAScheduleTupleID",
            },
            keys);
        Assert.Equal(new[] { "Header", "Body" }, At(json.RootElement, "V2G_Message").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_text_is_indented_with_newlines_and_non_ascii_characters_as_themselves()
    {
        var vector = SharedData.Family("iso2").First(v => v.Name.EndsWith("-rand4", StringComparison.Ordinal) && v.Xml.Any(c => c > 0x7F));
        string json = JsonCodecs.All["iso2"].DecodeToJson(vector.Exi);
        Assert.StartsWith("{\n  \"V2G_Message\": {\n    \"Header\": {", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Contains(json, c => c > 0x7F);
    }

    private static string Json(string family, string name)
    {
        var vector = SharedData.Vectors.Single(v => v.Family == family && v.Name == name);
        return JsonCodecs.All[vector.CodecKey].DecodeToJson(vector.Exi);
    }

    /// <summary>A member by dotted path; <c>[i]</c> after a key takes an array item.</summary>
    private static JsonElement At(JsonElement root, string path)
    {
        var current = root;
        foreach (string segment in path.Split('.'))
        {
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string key = bracket < 0 ? segment : segment[..bracket];
            Assert.True(current.TryGetProperty(key, out current), "no key " + key + " on the way to " + path);
            if (bracket >= 0)
            {
                current = current[int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
            }
        }

        return current;
    }
}
