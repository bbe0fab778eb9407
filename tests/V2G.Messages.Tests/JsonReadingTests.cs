using System;
using System.Linq;
using System.Text.Json.Nodes;
using V2G.Exi;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Iso2 = V2G.Messages.Iso2;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>Reading the JSON form: every refusal is an <see cref="ExiJsonException"/> naming the reason and the JSON path.</summary>
public class JsonReadingTests
{
    private const string SessionSetup = "V2G_Message.Body.SessionSetupReq";

    [Fact]
    public void An_unknown_key_is_refused_with_the_keys_the_object_has()
    {
        var e = Refused(Din("SessionSetupReq-min", SessionSetup, o => o["Bogus"] = 1));
        Assert.Equal("$.V2G_Message.Body.SessionSetupReq.Bogus", e.JsonPath);
        Assert.StartsWith("Unknown key 'Bogus': ", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith("has the keys EVCCID", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_for_a_number_is_refused()
    {
        var e = Refused(App(o => o["AppProtocol"]![0]!["Priority"] = "4"));
        Assert.Equal("Expected an integer (a JSON number), found a string at $.supportedAppProtocolReq.AppProtocol[0].Priority", e.Message);
    }

    [Fact]
    public void An_object_for_an_array_is_refused()
    {
        var e = Refused(App(o => o["AppProtocol"] = new JsonObject()));
        Assert.Equal("Expected an array (AppProtocol may repeat), found an object at $.supportedAppProtocolReq.AppProtocol", e.Message);
    }

    [Fact]
    public void A_number_for_an_object_is_refused()
    {
        var e = Refused(Din("SessionSetupReq-min", "V2G_Message", o => o["Header"] = 5));
        Assert.Equal("$.V2G_Message.Header", e.JsonPath);
        Assert.StartsWith("Expected an object (the content of ", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith("found the number 5", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_member_is_refused_at_its_object()
    {
        var e = Refused(Din("SessionSetupReq-min", SessionSetup, o => o.Remove("EVCCID")));
        Assert.Equal("The required key 'EVCCID' is missing at $.V2G_Message.Body.SessionSetupReq", e.Message);
    }

    [Fact]
    public void A_value_out_of_its_range_is_read_as_sent_listed_by_validate_and_refused_by_the_strict_encoder()
    {
        // As the decoder and the XML reader do, the JSON reader keeps a facet violation: it is the encoder's to refuse.
        string json = Mutate(
            AppProtocolCodec.ToJson(Decode(AppProtocolCodec.Documents, "app-protocol", "supportedAppProtocolReq-min")),
            "supportedAppProtocolReq",
            o => o["AppProtocol"]![0]!["Priority"] = 21);
        var document = AppProtocolCodec.FromJson(json);
        var issue = Assert.Single(AppProtocolCodec.Validate(document));
        Assert.EndsWith("Priority", issue.Path, StringComparison.Ordinal);
        Assert.Equal("maxInclusive 20", issue.Rule);
        var e = Assert.Throws<ExiEncodeException>(() => AppProtocolCodec.Encode(document));
        Assert.Contains("Priority", e.Message, StringComparison.Ordinal);
        byte[] relaxed = AppProtocolCodec.Encode(document, ExiEncodeOptions.Relaxed);
        Assert.Equal(AppProtocolCodec.ToJson(document), AppProtocolCodec.ToJson(AppProtocolCodec.Decode(relaxed)));
    }

    [Fact]
    public void A_value_longer_than_its_facet_is_read_as_sent_listed_by_validate_and_refused_by_the_strict_encoder()
    {
        string json = Mutate(DinCodec.ToJson(Decode(DinCodec.Documents, "din", "SessionSetupReq-min")), SessionSetup,
            o => o["EVCCID"] = "00112233445566778899");
        var document = DinCodec.FromJson(json);
        var issue = Assert.Single(DinCodec.Validate(document));
        Assert.EndsWith("EVCCID", issue.Path, StringComparison.Ordinal);
        Assert.Equal("maxLength 8", issue.Rule);
        var e = Assert.Throws<ExiEncodeException>(() => DinCodec.Encode(document));
        Assert.Contains("EVCCID", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_is_not_an_integer()
    {
        var e = Refused(App(o => o["AppProtocol"]![0]!["SchemaID"] = 1.5));
        Assert.Equal("'1.5' is not an integer at $.supportedAppProtocolReq.AppProtocol[0].SchemaID", e.Message);
    }

    [Fact]
    public void Text_that_is_not_hex_is_refused_for_hexBinary()
    {
        var e = Refused(Din("SessionSetupReq-min", "V2G_Message.Header", o => o["SessionID"] = "XY"));
        Assert.Equal("'XY' is not hexBinary at $.V2G_Message.Header.SessionID", e.Message);
    }

    [Fact]
    public void A_duplicate_key_is_refused()
    {
        string json = AppProtocolCodec.ToJson(Decode(AppProtocolCodec.Documents, "app-protocol", "supportedAppProtocolReq-min"));
        string twice = json.Replace("\"AppProtocol\": [", "\"AppProtocol\": [], \"AppProtocol\": [", StringComparison.Ordinal);
        var e = Assert.Throws<ExiJsonException>(() => AppProtocolCodec.FromJson(twice));
        Assert.Equal("The key 'AppProtocol' occurs more than once at $.supportedAppProtocolReq.AppProtocol", e.Message);
    }

    [Fact]
    public void Too_few_items_are_refused()
    {
        var e = Refused(App(o => o["AppProtocol"] = new JsonArray()));
        Assert.Equal("The array 'AppProtocol' has 0 items; the schema requires at least 1 (minOccurs) at $.supportedAppProtocolReq", e.Message);
    }

    [Fact]
    public void Two_members_of_one_substitution_group_are_refused()
    {
        var e = Refused(Din("SessionSetupReq-min", "V2G_Message.Body", o => o["SessionStopReq"] = new JsonObject()));
        Assert.Equal("$.V2G_Message.Body.SessionStopReq", e.JsonPath);
        Assert.StartsWith("The key 'SessionStopReq' stands for the same element as another key present: only one of ", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_repetition_of_a_group_is_refused()
    {
        const string KeyInfo = "V2G_Message.Header.Signature.KeyInfo";
        var e = Refused(Din("CableCheckReq-max", KeyInfo, o => o["#items"]!.AsArray().Insert(1, new JsonObject())));
        Assert.Equal("$.V2G_Message.Header.Signature.KeyInfo.#items[1]", e.JsonPath);
        Assert.StartsWith("A repetition of the group holds no element", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"supportedAppProtocolReq\": ", "The JSON is not well-formed")]
    [InlineData("[]", "Expected an object with one key, the root element's name, found an array")]
    [InlineData("{}", "The object is empty; a document has one key, the root element's name")]
    [InlineData("{\"a\": {}, \"b\": {}}", "A document has one key, the root element's name; found 'a' and 'b'")]
    [InlineData("{\"V2G_Message\": {}}", "The key 'V2G_Message' is not a document root of this schema set")]
    public void The_document_object_is_checked_at_the_root(string json, string reason)
    {
        var e = Assert.Throws<ExiJsonException>(() => AppProtocolCodec.FromJson(json));
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal("$", e.JsonPath);
    }

    [Fact]
    public void Keys_in_any_order_are_read_and_written_back_in_schema_order()
    {
        string json = DinCodec.ToJson(Decode(DinCodec.Documents, "din", "SessionSetupReq-min"));
        var node = JsonNode.Parse(json)!["V2G_Message"]!.AsObject();
        var reversed = new JsonObject { ["V2G_Message"] = new JsonObject { ["Body"] = node["Body"]!.DeepClone(), ["Header"] = node["Header"]!.DeepClone() } };
        Assert.Equal(json, DinCodec.ToJson(DinCodec.FromJson(reversed.ToJsonString())));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_when_writing()
    {
        // EXI strings are code points, so a decoded string never holds one; a caller's object may.
        var document = Decode(AppProtocolCodec.Documents, "app-protocol", "supportedAppProtocolReq-min");
        document.SupportedAppProtocolReq!.AppProtocol[0].ProtocolNamespace = "urn:\uD800";
        var e = Assert.Throws<ExiJsonException>(() => AppProtocolCodec.ToJson(document));
        Assert.Equal("The string holds a lone surrogate U+D800 at index 4, which JSON text cannot carry", e.Reason);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_refused_when_reading()
    {
        string json = AppProtocolCodec.ToJson(Decode(AppProtocolCodec.Documents, "app-protocol", "supportedAppProtocolReq-min"))
            .Replace("\"ProtocolNamespace\": \"1\"", "\"ProtocolNamespace\": \"urn:\\uD800\"", StringComparison.Ordinal);
        var e = Assert.Throws<ExiJsonException>(() => AppProtocolCodec.FromJson(json));
        Assert.Equal("$.supportedAppProtocolReq.AppProtocol[0].ProtocolNamespace", e.JsonPath);
        Assert.StartsWith("The string is not valid UTF-16 (an escaped lone surrogate)", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_key_names_its_element_and_a_shared_local_name_takes_its_prefix()
    {
        // ISO-2 declares DC_EVSEStatus in its body namespace and in its data types namespace; a fragment may hold either.
        var fragment = Iso2Fragment.FromBodyDC_EVSEStatus(new Iso2.DC_EVSEStatusType
        {
            NotificationMaxDelay = 1,
            EVSENotification = Iso2.EVSENotificationType.None,
            EVSEStatusCode = Iso2.DC_EVSEStatusCodeType.EVSE_Ready,
        });
        string json = Iso2Codec.FragmentToJson(fragment);
        Assert.Equal("body:DC_EVSEStatus", JsonNode.Parse(json)!.AsObject().Single().Key);
        Assert.Equal(Iso2Codec.EncodeFragment(fragment), Iso2Codec.EncodeFragment(Iso2Codec.FragmentFromJson(json)));
    }

    private static ExiJsonException Refused(Func<ExiJsonException> read) => read();

    private static Func<ExiJsonException> App(Action<JsonObject> change)
    {
        string json = Mutate(AppProtocolCodec.ToJson(Decode(AppProtocolCodec.Documents, "app-protocol", "supportedAppProtocolReq-min")), "supportedAppProtocolReq", change);
        return () => Assert.Throws<ExiJsonException>(() => AppProtocolCodec.FromJson(json));
    }

    private static Func<ExiJsonException> Din(string name, string path, Action<JsonObject> change)
    {
        string json = Mutate(DinCodec.ToJson(Decode(DinCodec.Documents, "din", name)), path, change);
        return () => Assert.Throws<ExiJsonException>(() => DinCodec.FromJson(json));
    }

    private static T Decode<T>(IExiCodec<T> codec, string family, string name)
        where T : struct =>
        codec.Decode(SharedData.Vectors.Single(v => v.Family == family && v.Name == name).Exi, ExiDecodeOptions.Default, out _);

    private static string Mutate(string json, string path, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(json)!;
        var target = path.Split('.').Aggregate(root, (node, key) => node[key]!);
        change(target.AsObject());
        return root.ToJsonString();
    }
}
