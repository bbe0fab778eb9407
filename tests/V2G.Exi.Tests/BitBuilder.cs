using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace V2G.Exi.Tests;

/// <summary>
/// A deliberately naive, bit-by-bit reference encoder written straight from the EXI §7 rules, used as an oracle
/// independent of <see cref="ExiWriter"/>.
/// </summary>
internal sealed class BitBuilder
{
    private readonly List<bool> _bits = new();

    public int Count => _bits.Count;

    /// <summary>Appends bits given as '0'/'1' characters; spaces and underscores are ignored.</summary>
    public BitBuilder Bits(string pattern)
    {
        foreach (char c in pattern)
        {
            if (c == '0' || c == '1')
            {
                _bits.Add(c == '1');
            }
            else if (c != ' ' && c != '_')
            {
                throw new ArgumentException($"Bad bit character '{c}'.", nameof(pattern));
            }
        }

        return this;
    }

    public BitBuilder Value(ulong value, int bitCount)
    {
        for (int i = bitCount - 1; i >= 0; i--)
        {
            _bits.Add(((value >> i) & 1) != 0);
        }

        return this;
    }

    public BitBuilder Unsigned(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value));
        }

        do
        {
            int group = (int)(value % 128);
            value /= 128;
            Value((ulong)(group | (value.IsZero ? 0 : 0x80)), 8);
        }
        while (!value.IsZero);
        return this;
    }

    public BitBuilder Integer(BigInteger value)
    {
        if (value.Sign < 0)
        {
            Value(1, 1);
            return Unsigned(-value - 1);
        }

        Value(0, 1);
        return Unsigned(value);
    }

    public BitBuilder String(string value)
    {
        var runes = new List<Rune>();
        foreach (Rune rune in value.EnumerateRunes())
        {
            runes.Add(rune);
        }

        Unsigned(runes.Count + 2);
        foreach (Rune rune in runes)
        {
            Unsigned(rune.Value);
        }

        return this;
    }

    public BitBuilder Binary(byte[] value)
    {
        Unsigned(value.Length);
        foreach (byte b in value)
        {
            Value(b, 8);
        }

        return this;
    }

    public byte[] ToArray()
    {
        byte[] result = new byte[(_bits.Count + 7) / 8];
        for (int i = 0; i < _bits.Count; i++)
        {
            if (_bits[i])
            {
                result[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return result;
    }
}
