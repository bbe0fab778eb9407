using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// EXI decoding of one codec (documents or fragments): TryDecode never throws; whatever decodes re-encodes, the
/// re-encoding decodes to the same content (same XML text) and encodes to the same bytes again (idempotence).
/// </summary>
/// <remarks>
/// The content is compared by re-encoded bytes and XML text: that is exact whether or not the generated types have
/// value equality. Encoding uses the codec's default options; a decoded value the encoder refuses is reported, since
/// what the decoder accepts the encoder must be able to reproduce.
/// </remarks>
public sealed class RoundTripTarget<T> : IFuzzTarget
    where T : struct
{
    private readonly IExiCodec<T> codec;
    private readonly string[] seedFamilies;

    public RoundTripTarget(string name, IExiCodec<T> codec, params string[] seedFamilies)
    {
        Name = name;
        this.codec = codec;
        this.seedFamilies = seedFamilies;
    }

    public string Name { get; }

    public void Run(ReadOnlySpan<byte> input)
    {
        if (!codec.TryDecode(input, out T first, out _))
        {
            return;
        }

        byte[] encoded = Reencode(first, "the decoded value");
        if (!codec.TryDecode(encoded, out T second, out ExiError? error))
        {
            throw new FuzzPropertyException($"{Name}: the re-encoding {Convert.ToHexString(encoded)} does not decode: {error.Message}");
        }

        byte[] again = Reencode(second, "the value decoded from the re-encoding");
        if (!encoded.AsSpan().SequenceEqual(again))
        {
            throw new FuzzPropertyException(
                $"{Name}: encoding is not idempotent: {Convert.ToHexString(encoded)} decodes and re-encodes to {Convert.ToHexString(again)}");
        }

        if (!first.Equals(second))
        {
            throw new FuzzPropertyException($"{Name}: decode(encode(m)) is not equal to m: {first} --- {second}");
        }

        // XML 1.0 cannot carry every string EXI can (control characters): ToXml refuses those with ExiXmlException,
        // and must then refuse both values alike.
        string? firstXml = XmlOrNull(first);
        string? secondXml = XmlOrNull(second);
        if (firstXml != secondXml)
        {
            throw new FuzzPropertyException($"{Name}: decode(encode(m)) differs from m in XML:\n{firstXml}\n---\n{secondXml}");
        }
    }

    public IEnumerable<Seed> Seeds(SeedSource source) =>
        seedFamilies.SelectMany(f => source.VectorFiles(f, ".exi", SeedSource.MaxSeedsPerTarget / seedFamilies.Length))
            .Select(SeedSource.FromFile);

    private string? XmlOrNull(T value)
    {
        try
        {
            return codec.ToXml(value);
        }
        catch (ExiXmlException)
        {
            return null;
        }
    }

    private byte[] Reencode(T value, string what)
    {
        try
        {
            // Relaxed: decoding keeps facet violations (as other stacks do); what decoded must encode back as it is.
            return codec.Encode(value, ExiEncodeOptions.Relaxed);
        }
        catch (ExiEncodeException e)
        {
            throw new FuzzPropertyException($"{Name}: {what} decodes but does not encode: {e.Message}", e);
        }
    }
}
