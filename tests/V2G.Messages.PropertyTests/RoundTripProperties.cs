using System;
using System.Runtime.ExceptionServices;
using V2G.Exi;
using Xunit;

namespace V2G.Messages.PropertyTests;

/// <summary>The properties every valid message has; each check throws with what broke.</summary>
internal static class RoundTripProperties
{
    [ThreadStatic]
    private static int firstChanceExceptions;

    static RoundTripProperties()
    {
        // Counted per thread: CsCheck runs samples on several threads, and other tests run in parallel.
        AppDomain.CurrentDomain.FirstChanceException += static (object? _, FirstChanceExceptionEventArgs _) => firstChanceExceptions++;
    }

    public static void Check(IMessageCodec codec, object message)
    {
        byte[] bytes = codec.Encode(message);
        Assert.Equal(bytes, codec.Encode(message));

        object decoded = codec.Decode(bytes);
        Assert.Equal(bytes, codec.Encode(decoded));
        Assert.Equal(codec.ToXml(message), codec.ToXml(decoded));

        int before = firstChanceExceptions;
        var buffer = new byte[bytes.Length];
        bool tooSmall = codec.TryEncode(message, buffer.AsSpan(0, bytes.Length - 1), out int none);
        Assert.True(before == firstChanceExceptions, "TryEncode into a buffer one byte too small raised an exception");
        Assert.False(tooSmall, "TryEncode into a buffer one byte too small succeeded");
        Assert.Equal(0, none);
        Assert.True(codec.TryEncode(message, buffer, out int written));
        Assert.Equal(bytes, buffer.AsSpan(0, written).ToArray());

        Assert.Equal(bytes, codec.Encode(codec.FromXml(codec.ToXml(message))));
        Assert.Equal(bytes, codec.Encode(codec.FromJson(codec.ToJson(message))));
    }

    /// <summary>What a failing sample looks like in the report: root, seed, and the message as XML.</summary>
    public static string Describe(IMessageCodec codec, Sample sample)
    {
        string xml;
        try
        {
            xml = codec.ToXml(sample.Message);
        }
        catch (ExiException e)
        {
            xml = "(no XML: " + e.Message + ")";
        }

        return codec.Name + " root " + sample.Root + " builder seed " + sample.Seed + ":\n" + xml;
    }
}
