using System;
using System.Diagnostics.CodeAnalysis;
using V2G.Exi;

namespace V2G.Messages.PropertyTests;

/// <summary>A test-only mutation: the real codec, but every encoded stream has the first bit after the header byte flipped.</summary>
internal sealed class BrokenCodec<T> : IExiCodec<T>
    where T : struct
{
    private readonly IExiCodec<T> inner;

    public BrokenCodec(IExiCodec<T> inner) => this.inner = inner;

    public int Encode(T value, Span<byte> destination)
    {
        int length = inner.Encode(value, destination);
        Flip(destination[..length]);
        return length;
    }

    public bool TryEncode(T value, Span<byte> destination, out int bytesWritten)
    {
        bool ok = inner.TryEncode(value, destination, out bytesWritten);
        Flip(destination[..bytesWritten]);
        return ok;
    }

    public byte[] Encode(T value, ExiEncodeOptions options)
    {
        var bytes = inner.Encode(value, options);
        Flip(bytes);
        return bytes;
    }

    public bool TryDecode(ReadOnlySpan<byte> source, ExiDecodeOptions options, out T value, out int bytesConsumed, [NotNullWhen(false)] out ExiError? error) =>
        inner.TryDecode(source, options, out value, out bytesConsumed, out error);

    public System.Collections.Generic.IReadOnlyList<V2G.Exi.Validation.ExiValidationIssue> Validate(T value) => inner.Validate(value);

    public byte[] Encode(T value)
    {
        var bytes = inner.Encode(value);
        Flip(bytes);
        return bytes;
    }

    public T Decode(ReadOnlySpan<byte> source, ExiDecodeOptions options, out int bytesConsumed) => inner.Decode(source, options, out bytesConsumed);

    public bool TryDecode(ReadOnlySpan<byte> source, out T value, [NotNullWhen(false)] out ExiError? error) => inner.TryDecode(source, out value, out error);

    public string ToXml(T value) => inner.ToXml(value);

    public T FromXml(string xml) => inner.FromXml(xml);

    public string ToJson(T value) => inner.ToJson(value);

    public void WriteJson(System.Text.Json.Utf8JsonWriter writer, T value) => inner.WriteJson(writer, value);

    public T FromJson(string json) => inner.FromJson(json);

    private static void Flip(Span<byte> bytes)
    {
        if (bytes.Length > 1)
        {
            bytes[1] ^= 0x80;
        }
    }
}
