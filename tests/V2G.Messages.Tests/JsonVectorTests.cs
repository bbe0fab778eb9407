using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>
/// Every vector and capture of every family through JSON: decode, write JSON, read it back, encode to the same bytes;
/// the JSON written after the round trip is the same text (stable key order).
/// </summary>
public class JsonVectorTests
{
    public static IEnumerable<object[]> Vectors() =>
        SharedData.Vectors.Where(v => v.Family != "string-table" && JsonCodecs.All.ContainsKey(v.CodecKey)).Select(v => new object[] { v });

    public static IEnumerable<object[]> Captures() =>
        JsonCodecs.All.Keys.Where(f => !f.Contains("fragment")).SelectMany(f => SharedData.Captures(f).Select(n => new object[] { f, n }));

    [Fact]
    public void Every_codec_and_family_has_vectors()
    {
        var keys = Vectors().Select(v => ((Vector)v[0]).CodecKey).ToHashSet();
        Assert.Equal(JsonCodecs.All.Keys.OrderBy(k => k), keys.OrderBy(k => k));
        Assert.True(Vectors().Count() > 1000, "only " + Vectors().Count() + " vectors");
        Assert.NotEmpty(Captures());
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_round_trips_through_json_to_its_bytes(Vector vector)
    {
        var codec = JsonCodecs.All[vector.CodecKey];
        byte[] exi = vector.Exi;
        string json = codec.DecodeToJson(exi);
        Assert.Equal(exi, codec.EncodeJson(json));
        Assert.Equal(json, codec.Rewrite(json));
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Capture_round_trips_through_json_to_its_reference_bytes(string family, string name)
    {
        var codec = JsonCodecs.All[family];
        string folder = Path.Combine(SharedData.VectorsDirectory, "captures", family);
        byte[] captured = File.ReadAllBytes(Path.Combine(folder, name + ".exi"));
        string reexi = Path.Combine(folder, name + ".reexi");
        byte[] reference = File.Exists(reexi) ? File.ReadAllBytes(reexi) : captured;

        string json = codec.DecodeToJson(captured);
        Assert.Equal(reference, codec.EncodeJson(json));
        Assert.Equal(json, codec.Rewrite(json));
    }
}
