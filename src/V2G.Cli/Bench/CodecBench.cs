using System;
using V2G.Exi;

namespace V2G.Cli.Bench;

/// <summary>Times one codec stream type (documents or fragments) on one message.</summary>
/// <typeparam name="T">The codec's document or fragment type.</typeparam>
internal sealed class CodecBench<T> : ICodecBench
    where T : struct
{
    private readonly IExiCodec<T> _codec;
    private readonly byte[] _input;
    private readonly T _value;
    private readonly byte[] _buffer;

    private CodecBench(IExiCodec<T> codec, byte[] input, T value, byte[] buffer)
    {
        _codec = codec;
        _input = input;
        _value = value;
        _buffer = buffer;
    }

    /// <summary>Decodes a message once and re-encodes it once, so that every timed call is known to succeed.</summary>
    /// <param name="codec">The codec's documents or fragments.</param>
    /// <param name="exi">The EXI stream (copied).</param>
    /// <returns>The bench.</returns>
    /// <exception cref="ExiException">The stream does not decode, or its value does not encode again.</exception>
    public static CodecBench<T> Create(IExiCodec<T> codec, ReadOnlySpan<byte> exi)
    {
        byte[] input = exi.ToArray();
        T value = codec.Decode(input, ExiDecodeOptions.Default, out _);

        // The encoded length sizes the reused buffer; one encode into it proves it is big enough.
        var buffer = new byte[codec.Encode(value).Length];
        codec.Encode(value, buffer);
        return new CodecBench<T>(codec, input, value, buffer);
    }

    /// <inheritdoc/>
    public int Decode(int calls)
    {
        int consumed = 0;
        for (int i = 0; i < calls; i++)
        {
            _codec.Decode(_input, ExiDecodeOptions.Default, out consumed);
        }

        return consumed;
    }

    /// <inheritdoc/>
    public int Encode(int calls)
    {
        int written = 0;
        for (int i = 0; i < calls; i++)
        {
            written = _codec.Encode(_value, _buffer);
        }

        return written;
    }
}
