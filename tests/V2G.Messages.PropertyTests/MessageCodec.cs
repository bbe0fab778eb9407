using System;
using System.Collections.Generic;
using System.Reflection;
using V2G.Exi;
using V2G.Exi.Metadata;

namespace V2G.Messages.PropertyTests;

/// <summary>The documents or the fragments of one codec, over untyped content: what the properties need.</summary>
internal interface IMessageCodec
{
    string Name { get; }

    ExiSchemaInfo Schema { get; }

    IReadOnlyList<ExiRootInfo> Roots { get; }

    object Wrap(ExiRootInfo root, object content);

    byte[] Encode(object message);

    bool TryEncode(object message, Span<byte> destination, out int bytesWritten);

    object Decode(byte[] bytes);

    string ToXml(object message);

    object FromXml(string xml);

    string ToJson(object message);

    object FromJson(string json);
}

/// <summary>An <see cref="IExiCodec{T}"/> and the union factories (<c>From</c> + member name) of its root elements.</summary>
internal sealed class MessageCodec<T> : IMessageCodec
    where T : struct
{
    private readonly IExiCodec<T> codec;
    private readonly Dictionary<string, MethodInfo> factories = new(StringComparer.Ordinal);

    public MessageCodec(string name, ExiSchemaInfo schema, IReadOnlyList<ExiRootInfo> roots, IExiCodec<T> codec)
    {
        Name = name;
        Schema = schema;
        Roots = roots;
        this.codec = codec;
        foreach (var root in roots)
        {
            factories[root.MemberName] = typeof(T).GetMethod("From" + root.MemberName, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException(typeof(T).Name + " has no factory From" + root.MemberName);
        }
    }

    public string Name { get; }

    public ExiSchemaInfo Schema { get; }

    public IReadOnlyList<ExiRootInfo> Roots { get; }

    public object Wrap(ExiRootInfo root, object content) => factories[root.MemberName].Invoke(null, new[] { content })!;

    public byte[] Encode(object message) => codec.Encode((T)message);

    public bool TryEncode(object message, Span<byte> destination, out int bytesWritten) => codec.TryEncode((T)message, destination, out bytesWritten);

    public object Decode(byte[] bytes) => codec.Decode(bytes, ExiDecodeOptions.Default, out _);

    public string ToXml(object message) => codec.ToXml((T)message);

    public object FromXml(string xml) => codec.FromXml(xml);

    public string ToJson(object message) => codec.ToJson((T)message);

    public object FromJson(string json) => codec.FromJson(json);

    public override string ToString() => Name;
}
