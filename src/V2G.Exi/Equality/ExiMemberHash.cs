using System;
using System.Collections.Generic;

namespace V2G.Exi.Equality;

/// <summary>Hashes what <see cref="ExiMessage.Equals(object?)"/> compares: concrete types, present members, binary content.</summary>
internal sealed class ExiMemberHash : ExiMembers
{
    private HashCode _hash;

    public int ToHashCode() => _hash.ToHashCode();

    // Names are fixed by the type, which is hashed already.
    private protected override void Member(string name)
    {
    }

    private protected override void Text(string value) => _hash.Add(value, StringComparer.Ordinal);

    private protected override void Bytes(byte[] value)
    {
        _hash.Add(value.Length);
        _hash.AddBytes(value);
    }

    private protected override void Scalar<T>(T value) => _hash.Add(value);

    internal override void Message(ExiMessage value)
    {
        _hash.Add(value.GetType());
        value.WriteTo(this);
    }

    private protected override void List<T>(List<T> items)
    {
        _hash.Add(items.Count);
        foreach (var item in items)
        {
            Item(item);
        }
    }
}
