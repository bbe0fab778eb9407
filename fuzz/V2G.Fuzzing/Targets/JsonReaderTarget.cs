using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using V2G.Exi;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// The JSON reader of one codec: the input as UTF-8 JSON goes to FromJson, which refuses with
/// <see cref="ExiJsonException"/> only; an accepted value writes JSON that reads back to the same JSON text.
/// </summary>
public sealed class JsonReaderTarget<T> : IFuzzTarget
    where T : struct
{
    private readonly IExiCodec<T> codec;
    private readonly string seedFamily;

    public JsonReaderTarget(string name, IExiCodec<T> codec, string seedFamily)
    {
        Name = name;
        this.codec = codec;
        this.seedFamily = seedFamily;
    }

    public string Name { get; }

    public void Run(ReadOnlySpan<byte> input)
    {
        string json = Encoding.UTF8.GetString(input);
        T value;
        string written;
        try
        {
            value = codec.FromJson(json);
            written = codec.ToJson(value);
        }
        catch (ExiJsonException)
        {
            return;
        }

        string again;
        try
        {
            again = codec.ToJson(codec.FromJson(written));
        }
        catch (ExiJsonException e)
        {
            throw new FuzzPropertyException($"{Name}: JSON the codec wrote does not read back: {e.Message}\n{written}", e);
        }

        if (again != written)
        {
            throw new FuzzPropertyException($"{Name}: JSON does not round-trip:\n{written}\n---\n{again}");
        }
    }

    /// <summary>The JSON form of decoded vectors (the JSON writer's own output).</summary>
    public IEnumerable<Seed> Seeds(SeedSource source)
    {
        foreach (string path in source.VectorFiles(seedFamily, ".exi"))
        {
            if (codec.TryDecode(File.ReadAllBytes(path), out T value, out _))
            {
                byte[] json = Encoding.UTF8.GetBytes(codec.ToJson(value));
                if (json.Length < SeedSource.MaxSeedBytes)
                {
                    yield return new Seed(Path.GetFileNameWithoutExtension(path) + ".json", json);
                }
            }
        }
    }
}
