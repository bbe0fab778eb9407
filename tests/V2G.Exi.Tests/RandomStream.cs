using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;
using Xunit;

namespace V2G.Exi.Tests;

/// <summary>A random sequence of EXI values, written by <see cref="ExiWriter"/> and by the reference <see cref="BitBuilder"/>.</summary>
internal sealed class RandomStream
{
    private enum Kind
    {
        Bits,
        Boolean,
        Unsigned,
        Integer,
        BigUnsigned,
        BigInteger,
        NBit,
        String,
        Binary,
    }

    private readonly List<(Kind Kind, BigInteger Number, int Width, string? Text, byte[]? Data)> _items = new();

    public RandomStream(int seed, int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var kind = (Kind)random.Next(9);
            switch (kind)
            {
                case Kind.Bits:
                {
                    int width = random.Next(33);
                    _items.Add((kind, RandomBits(random, width), width, null, null));
                    break;
                }

                case Kind.Boolean:
                    _items.Add((kind, random.Next(2), 1, null, null));
                    break;
                case Kind.Unsigned:
                    _items.Add((kind, RandomBits(random, random.Next(65)), 0, null, null));
                    break;
                case Kind.Integer:
                {
                    BigInteger magnitude = RandomBits(random, random.Next(64));
                    _items.Add((kind, random.Next(2) == 0 ? magnitude : -magnitude - 1, 0, null, null));
                    break;
                }

                case Kind.BigUnsigned:
                    _items.Add((kind, RandomBits(random, random.Next(200)), 0, null, null));
                    break;
                case Kind.BigInteger:
                {
                    BigInteger magnitude = RandomBits(random, random.Next(200));
                    _items.Add((kind, random.Next(2) == 0 ? magnitude : -magnitude - 1, 0, null, null));
                    break;
                }

                case Kind.NBit:
                {
                    int width = random.Next(65);
                    _items.Add((kind, RandomBits(random, width), width, null, null));
                    break;
                }

                case Kind.String:
                    _items.Add((kind, 0, 0, RandomText(random), null));
                    break;
                default:
                {
                    byte[] data = new byte[random.Next(40)];
                    random.NextBytes(data);
                    _items.Add((kind, 0, 0, null, data));
                    break;
                }
            }
        }
    }

    public byte[] Reference()
    {
        var builder = new BitBuilder();
        foreach (var item in _items)
        {
            switch (item.Kind)
            {
                case Kind.Bits:
                case Kind.Boolean:
                case Kind.NBit:
                    builder.Value((ulong)item.Number, item.Width);
                    break;
                case Kind.Unsigned:
                case Kind.BigUnsigned:
                    builder.Unsigned(item.Number);
                    break;
                case Kind.Integer:
                case Kind.BigInteger:
                    builder.Integer(item.Number);
                    break;
                case Kind.String:
                    builder.String(item.Text!);
                    break;
                default:
                    builder.Binary(item.Data!);
                    break;
            }
        }

        return builder.ToArray();
    }

    public void Write(ref ExiWriter writer)
    {
        foreach (var item in _items)
        {
            switch (item.Kind)
            {
                case Kind.Bits:
                    writer.WriteBits((uint)item.Number, item.Width);
                    break;
                case Kind.Boolean:
                    writer.WriteBoolean(!item.Number.IsZero);
                    break;
                case Kind.NBit:
                    writer.WriteNBitUnsignedInteger((ulong)item.Number, item.Width);
                    break;
                case Kind.Unsigned:
                    writer.WriteUnsignedInteger((ulong)item.Number);
                    break;
                case Kind.BigUnsigned:
                    writer.WriteUnsignedInteger(item.Number);
                    break;
                case Kind.Integer:
                    writer.WriteInteger((long)item.Number);
                    break;
                case Kind.BigInteger:
                    writer.WriteInteger(item.Number);
                    break;
                case Kind.String:
                    writer.WriteString(item.Text);
                    break;
                default:
                    writer.WriteBinary(item.Data);
                    break;
            }
        }
    }

    /// <summary>Reads the sequence back; asserts every value when <paramref name="verify"/> is set.</summary>
    public void Read(ref ExiReader reader, bool verify)
    {
        foreach (var item in _items)
        {
            switch (item.Kind)
            {
                case Kind.Bits:
                    Check(verify, item.Number, reader.ReadBits(item.Width));
                    break;
                case Kind.Boolean:
                    Check(verify, !item.Number.IsZero, reader.ReadBoolean());
                    break;
                case Kind.NBit:
                    Check(verify, item.Number, reader.ReadNBitUnsignedInteger(item.Width));
                    break;
                case Kind.Unsigned:
                    Check(verify, item.Number, reader.ReadUnsignedInteger());
                    break;
                case Kind.BigUnsigned:
                    Check(verify, item.Number, reader.ReadUnsignedBigInteger());
                    break;
                case Kind.Integer:
                    Check(verify, item.Number, reader.ReadInteger());
                    break;
                case Kind.BigInteger:
                    Check(verify, item.Number, reader.ReadBigInteger());
                    break;
                case Kind.String:
                    Check(verify, item.Text, reader.ReadString(0));
                    break;
                default:
                    byte[] data = reader.ReadBinary();
                    if (verify)
                    {
                        Assert.Equal(item.Data, data);
                    }

                    break;
            }
        }
    }

    private static void Check<T>(bool verify, T expected, T actual)
    {
        if (verify)
        {
            Assert.Equal(expected, actual);
        }
    }

    private static void Check(bool verify, BigInteger expected, ulong actual) => Check(verify, expected, (BigInteger)actual);

    private static void Check(bool verify, BigInteger expected, long actual) => Check(verify, expected, (BigInteger)actual);

    private static BigInteger RandomBits(Random random, int width)
    {
        if (width == 0)
        {
            return BigInteger.Zero;
        }

        byte[] bytes = new byte[(width + 7) / 8 + 1];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        BigInteger value = new BigInteger(bytes) & ((BigInteger.One << width) - 1);

        // Bias towards the edges: all ones, or the top bit set.
        return random.Next(4) switch
        {
            0 => (BigInteger.One << width) - 1,
            1 => value | (BigInteger.One << (width - 1)),
            _ => value,
        };
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        int length = random.Next(12);
        for (int i = 0; i < length; i++)
        {
            int cp = random.Next(4) switch
            {
                0 => random.Next(0, 0x80),
                1 => random.Next(0x80, 0xD800),
                2 => random.Next(0xE000, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            text.Append(char.ConvertFromUtf32(cp));
        }

        return text.ToString();
    }
}
