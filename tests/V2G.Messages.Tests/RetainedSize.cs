using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace V2G.Messages.Tests;

/// <summary>
/// Estimates the heap bytes an object graph keeps alive (64-bit CoreCLR layout), by reflection:
/// a class instance is a 16-byte header plus its instance fields (references 8 bytes, value types inline), at least
/// 24 bytes, rounded up to 8; a string is 22 + 2 × length rounded up to 8; a one-dimensional array is 24 + element
/// size × length rounded up to 8 (a <c>List&lt;T&gt;</c> is therefore its object plus its backing array at full capacity);
/// a boxed value is a header plus the value. Every object is counted once. Objects the decoder cannot have allocated
/// are not counted: interned strings (<c>string.Empty</c>, literals) and the shared <c>Array.Empty&lt;T&gt;()</c> arrays.
/// A value type passed as the root (a document struct) is not counted itself, only what it references.
/// </summary>
public sealed class RetainedSize
{
    private const int Header = 16;
    private const int Reference = 8;

    private static readonly ConcurrentDictionary<Type, FieldInfo[]> FieldCache = new();
    private static readonly ConcurrentDictionary<Type, int> ValueSizeCache = new();
    private static readonly ConcurrentDictionary<Type, bool> HasReferencesCache = new();
    private static readonly ConcurrentDictionary<Type, object> EmptyArrayCache = new();

    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (int Count, long Bytes)> _byType = new(StringComparer.Ordinal);

    private RetainedSize()
    {
    }

    /// <summary>Estimated bytes of every distinct object reachable from the root.</summary>
    public long Bytes { get; private set; }

    /// <summary>Number of objects counted.</summary>
    public int Objects { get; private set; }

    /// <summary>Count and bytes per type, largest first (for diagnostics).</summary>
    public IEnumerable<(string Type, int Count, long Bytes)> ByType =>
        _byType.Select(p => (p.Key, p.Value.Count, p.Value.Bytes)).OrderByDescending(p => p.Bytes);

    public static RetainedSize Of(object root)
    {
        var walker = new RetainedSize();
        Type type = root.GetType();
        if (type.IsValueType)
        {
            walker.VisitFields(root, type);
        }
        else
        {
            walker.Visit(root);
        }

        return walker;
    }

    public string Describe() =>
        Bytes + " bytes in " + Objects + " objects: " + string.Join(", ", ByType.Select(t => t.Type + " x" + t.Count + " = " + t.Bytes));

    /// <summary>Size of a class instance of this type, as the runtime allocates it.</summary>
    public static long InstanceSize(Type type) =>
        Math.Max(24, Align(Header + InstanceFields(type).Sum(f => FieldSize(f.FieldType))));

    private static long Align(long bytes) => (bytes + 7) & ~7L;

    private void Visit(object? value)
    {
        if (value is null || !_seen.Add(value) || IsShared(value))
        {
            return;
        }

        Type type = value.GetType();
        switch (value)
        {
            case string s:
                Count(type, Align(22 + (2L * s.Length)));
                return;
            case Array array:
            {
                Type element = type.GetElementType()!;
                if (array.Rank != 1)
                {
                    throw new NotSupportedException("multi-dimensional array " + type);
                }

                Count(type, Align(24 + ((long)FieldSize(element) * array.Length)));
                if (!element.IsValueType)
                {
                    foreach (object? item in array)
                    {
                        Visit(item);
                    }
                }
                else if (HasReferences(element))
                {
                    foreach (object? item in array)
                    {
                        VisitFields(item!, element);
                    }
                }

                return;
            }
        }

        if (type.IsValueType)
        {
            // A boxed value (e.g. an enum or struct stored in an object field).
            Count(type, Math.Max(24, Align(Header + ValueSize(type))));
            VisitFields(value, type);
            return;
        }

        Count(type, InstanceSize(type));
        VisitFields(value, type);
    }

    /// <summary>Follows the references held in the fields of an object or of a (boxed copy of a) value.</summary>
    private void VisitFields(object holder, Type type)
    {
        foreach (FieldInfo field in InstanceFields(type))
        {
            Type fieldType = field.FieldType;
            if (fieldType.IsPointer || (fieldType.IsValueType && !HasReferences(fieldType)))
            {
                continue;
            }

            object? value = field.GetValue(holder);
            if (!fieldType.IsValueType)
            {
                Visit(value);
            }
            else if (value is not null)
            {
                // Inline value: reflection hands out a boxed copy (a Nullable<T> boxes as its T), which is not counted.
                VisitFields(value, Nullable.GetUnderlyingType(fieldType) ?? fieldType);
            }
        }
    }

    private void Count(Type type, long bytes)
    {
        string name = TypeName(type);
        _byType[name] = _byType.TryGetValue(name, out var c) ? (c.Count + 1, c.Bytes + bytes) : (1, bytes);
        Bytes += bytes;
        Objects++;
    }

    private static string TypeName(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(",", type.GetGenericArguments().Select(TypeName)) + ">"
            : type.IsArray ? TypeName(type.GetElementType()!) + "[]" : type.Name;

    private static bool IsShared(object value) => value switch
    {
        string s => ReferenceEquals(string.IsInterned(s), s),
        Array { Length: 0 } a => ReferenceEquals(a, EmptyArray(a.GetType().GetElementType()!)),
        _ => false,
    };

    private static object EmptyArray(Type element) =>
        EmptyArrayCache.GetOrAdd(element, e => typeof(Array).GetMethod(nameof(Array.Empty))!.MakeGenericMethod(e).Invoke(null, null)!);

    private static int FieldSize(Type type) => type.IsValueType ? ValueSize(type) : Reference;

    private static int ValueSize(Type type) =>
        ValueSizeCache.GetOrAdd(type, t => (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(t).Invoke(null, null)!);

    private static bool HasReferences(Type type) =>
        HasReferencesCache.GetOrAdd(type, t => (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(t).Invoke(null, null)!);

    private static FieldInfo[] InstanceFields(Type type) =>
        FieldCache.GetOrAdd(type, t =>
        {
            var fields = new List<FieldInfo>();
            for (Type? current = t; current != null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
            {
                fields.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
            }

            return fields.ToArray();
        });
}
