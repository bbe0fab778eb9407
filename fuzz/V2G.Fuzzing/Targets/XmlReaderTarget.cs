using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using V2G.Exi;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// The XML reader of one codec: the input as UTF-8 XML goes to FromXml, which refuses with <see cref="ExiXmlException"/>
/// only; what it accepts either encodes or is refused by the encoder with <see cref="ExiEncodeException"/> (the XML
/// reader does not check every facet), and an encoded value decodes again.
/// </summary>
public sealed class XmlReaderTarget<T> : IFuzzTarget
    where T : struct
{
    private readonly IExiCodec<T> codec;
    private readonly string[] seedFamilies;

    public XmlReaderTarget(string name, IExiCodec<T> codec, params string[] seedFamilies)
    {
        Name = name;
        this.codec = codec;
        this.seedFamilies = seedFamilies;
    }

    public string Name { get; }

    public void Run(ReadOnlySpan<byte> input)
    {
        string xml = Encoding.UTF8.GetString(input);
        T value;
        try
        {
            value = codec.FromXml(xml);
        }
        catch (ExiXmlException)
        {
            return;
        }

        byte[] encoded;
        try
        {
            encoded = codec.Encode(value);
        }
        catch (ExiEncodeException)
        {
            return;
        }

        if (!codec.TryDecode(encoded, out _, out ExiError? error))
        {
            throw new FuzzPropertyException($"{Name}: the encoding {Convert.ToHexString(encoded)} of accepted XML does not decode: {error.Message}");
        }
    }

    public IEnumerable<Seed> Seeds(SeedSource source) =>
        seedFamilies.SelectMany(f => source.VectorFiles(f, ".xml", SeedSource.MaxSeedsPerTarget / seedFamilies.Length))
            .Select(SeedSource.FromFile);
}
