using System;
using System.Collections;
using System.Linq;
using System.Numerics;
using System.Text;
using V2G.Exi.Metadata;

namespace V2G.Messages.PropertyTests;

/// <summary>
/// Builds a random valid instance of a schema type from the codec's metadata: optional members present or absent, one
/// alternative per choice, lists up to maxOccurs (capped at <see cref="ListCap"/> items), numbers and lengths at their facet
/// edges half of the time, strings of ASCII, BMP and astral code points (lengths counted in code points, as EXI counts them).
/// </summary>
internal sealed class MessageBuilder
{
    /// <summary>The most items of a list: maxOccurs up to 4 is reached, larger bounds (1024 in ISO-2 tariffs) stop at 4.</summary>
    public const int ListCap = 4;

    /// <summary>The longest unbounded string or binary.</summary>
    private const int UnboundedLength = 40;

    /// <summary>Below this nesting depth optional content is left out, so that recursive types end.</summary>
    private const int MaxDepth = 10;

    private static readonly int[] Astral = { 0x1F600, 0x10348, 0x1D11E, 0x20000 };
    private static readonly int[] Bmp = { 0xE9, 0x4E2D, 0x0416, 0x20AC, 0xFFFD, 0xD7FF, 0xE000 };

    private readonly ExiSchemaInfo schema;
    private readonly Random random;

    public MessageBuilder(ExiSchemaInfo schema, int seed)
    {
        this.schema = schema;
        random = new Random(seed);
    }

    public object Root(ExiRootInfo root) => root.Type != null ? Instance(Concrete(root.Type), 0) : Value(root.Value!);

    private object Instance(ExiTypeInfo type, int depth)
    {
        object instance = Activator.CreateInstance(type.ClrType)!;
        var chosen = type.AllChoices.ToDictionary(c => c, c => c.IsRequired || Coin() ? c.Alternatives[random.Next(c.Alternatives.Count)] : null);
        var present = type.AllMembers.Where(m => m.Choice == null ? Required(m) || (depth < MaxDepth && Coin()) : chosen[m.Choice] == m).ToHashSet();
        foreach (var member in present.ToList())
        {
            present.UnionWith(member.Requires);
        }

        foreach (var member in type.AllMembers.Where(present.Contains))
        {
            var property = type.ClrType.GetProperty(member.Name) ?? throw new InvalidOperationException(type + " has no property " + member.Name);
            if (!member.IsList)
            {
                property.SetValue(instance, Item(member, depth));
                continue;
            }

            var list = (IList)(property.GetValue(instance) ?? Activator.CreateInstance(property.PropertyType)!);
            int most = Math.Min(member.MaxOccurs ?? ListCap, ListCap);
            int fewest = Math.Max(member.MinOccurs, member.Choice != null ? 1 : 0);
            int count = depth >= MaxDepth ? fewest : Coin() ? (Coin() ? fewest : Math.Max(fewest, most)) : random.Next(fewest, Math.Max(fewest, most) + 1);
            for (int i = 0; i < count; i++)
            {
                list.Add(Item(member, depth));
            }

            property.SetValue(instance, list);
        }

        return instance;
    }

    private static bool Required(ExiMemberInfo m) => m.Kind != ExiMemberKind.Attribute ? m.MinOccurs > 0 : !m.IsOptional;

    private object Item(ExiMemberInfo member, int depth)
    {
        if (member.Value != null)
        {
            return Value(member.Value);
        }

        // The head element written with its abstract type is what decoding accepts, not a valid message: never chosen.
        var valid = member.Alternatives.Where(a => !a.Type.IsAbstractHead).ToList();
        var type = valid.Count > 0 ? valid[random.Next(valid.Count)].Type : member.Type!;
        return Instance(Concrete(type), depth + 1);
    }

    /// <summary>The class itself, or a random concrete class derived from an abstract one.</summary>
    private ExiTypeInfo Concrete(ExiTypeInfo type)
    {
        if (!type.IsAbstract)
        {
            return type;
        }

        // An abstract head (the abstract type's own content) is what decoding accepts, not a valid message.
        var derived = schema.Types.Where(t => !t.IsAbstract && !t.IsAbstractHead && DerivesFrom(t, type)).ToList();
        return derived.Count > 0 ? derived[random.Next(derived.Count)] : throw new InvalidOperationException(type + " has no concrete class");
    }

    private static bool DerivesFrom(ExiTypeInfo t, ExiTypeInfo ancestor)
    {
        for (var k = t.BaseType; k != null; k = k.BaseType)
        {
            if (k == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private bool Coin() => random.Next(2) == 0;

    private object Value(ExiValueInfo value) => value.Kind switch
    {
        ExiValueKind.Boolean => Coin(),
        ExiValueKind.Enumeration => Enumeration(value.ClrType),
        ExiValueKind.String => Text(value),
        ExiValueKind.Base64Binary or ExiValueKind.HexBinary => Bytes(value),
        _ => Number(value),
    };

    private object Enumeration(Type type)
    {
        var values = Enum.GetValues(type);
        return values.GetValue(random.Next(values.Length))!;
    }

    private int Length(ExiValueInfo value)
    {
        int min = value.MinLength ?? 0;
        int max = value.MaxLength ?? Math.Max(min, UnboundedLength);
        return random.Next(6) switch
        {
            0 => min,
            1 => max,
            2 => Math.Min(min + 1, max),
            3 => Math.Max(max - 1, min),
            _ => random.Next(min, max + 1),
        };
    }

    private string Text(ExiValueInfo value)
    {
        int length = Length(value);
        var text = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            int kind = random.Next(8);
            int codePoint = kind switch
            {
                0 => Astral[random.Next(Astral.Length)],
                1 => Bmp[random.Next(Bmp.Length)],
                _ => "abcXYZ019-_."[random.Next(12)],
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    private byte[] Bytes(ExiValueInfo value)
    {
        var bytes = new byte[Length(value)];
        random.NextBytes(bytes);
        return bytes;
    }

    private object Number(ExiValueInfo value)
    {
        var (typeMin, typeMax) = Bounds(value.ClrType);
        BigInteger min = value.MinValue ?? typeMin;
        BigInteger max = value.MaxValue ?? typeMax;
        BigInteger n = random.Next(7) switch
        {
            0 => min,
            1 => max,
            2 => BigInteger.Min(min + 1, max),
            3 => BigInteger.Max(max - 1, min),
            4 => BigInteger.Max(min, BigInteger.Min(max, BigInteger.Zero)),
            _ => min + Below(max - min + 1),
        };
        return Convert(n, value.ClrType);
    }

    private BigInteger Below(BigInteger bound)
    {
        var bytes = new byte[bound.GetByteCount() + 1];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes) % bound;
    }

    /// <summary>The range of the C# type; xs:integer (BigInteger) is drawn from ±2^100, beyond 64 bits.</summary>
    private static (BigInteger Min, BigInteger Max) Bounds(Type type) => type switch
    {
        _ when type == typeof(sbyte) => (sbyte.MinValue, sbyte.MaxValue),
        _ when type == typeof(byte) => (byte.MinValue, byte.MaxValue),
        _ when type == typeof(short) => (short.MinValue, short.MaxValue),
        _ when type == typeof(ushort) => (ushort.MinValue, ushort.MaxValue),
        _ when type == typeof(int) => (int.MinValue, int.MaxValue),
        _ when type == typeof(uint) => (uint.MinValue, uint.MaxValue),
        _ when type == typeof(long) => (long.MinValue, long.MaxValue),
        _ when type == typeof(ulong) => (ulong.MinValue, ulong.MaxValue),
        _ => (-BigInteger.Pow(2, 100), BigInteger.Pow(2, 100)),
    };

    private static object Convert(BigInteger n, Type type) => type switch
    {
        _ when type == typeof(sbyte) => (object)(sbyte)n,
        _ when type == typeof(byte) => (object)(byte)n,
        _ when type == typeof(short) => (object)(short)n,
        _ when type == typeof(ushort) => (object)(ushort)n,
        _ when type == typeof(int) => (object)(int)n,
        _ when type == typeof(uint) => (object)(uint)n,
        _ when type == typeof(long) => (object)(long)n,
        _ when type == typeof(ulong) => (object)(ulong)n,
        _ when type == typeof(BigInteger) => (object)n,
        _ => throw new NotSupportedException("No integer type " + type),
    };
}
