using System.Collections.Generic;

namespace V2G.Exi.Equality;

/// <summary>
/// The base of every generated message class: value equality over all members (inherited ones included) and the
/// concrete type, a hash code consistent with it, and a readable <see cref="ToString"/>. The classes are mutable:
/// as for records, the hash code changes when a member changes, so do not change an object while it is a key of a
/// dictionary or an item of a hash set.
/// </summary>
public abstract class ExiMessage
{
    /// <summary>
    /// True when <paramref name="obj"/> is a message of the same concrete type whose members are all equal: lists item
    /// by item (an absent list equals an empty one), binaries by content, strings ordinally, nested messages by value.
    /// </summary>
    public sealed override bool Equals(object? obj) =>
        ReferenceEquals(this, obj) || obj is ExiMessage other && other.GetType() == GetType() && MembersEqual(other);

    /// <summary>A hash over the concrete type and every member; it changes when a member changes.</summary>
    public sealed override int GetHashCode()
    {
        var hash = new ExiMemberHash();
        hash.Message(this);
        return hash.ToHashCode();
    }

    /// <summary>
    /// The type name and the members that are present, nested messages inline and lists in brackets, e.g.
    /// <c>SessionSetupReqType { EVCCID = 0x021A7DC4339F }</c>; long binaries and strings are shortened and show their length.
    /// </summary>
    public override string ToString()
    {
        var text = new ExiMemberText();
        text.Message(this);
        return text.ToString();
    }

    /// <summary>Compares by value (see <see cref="Equals(object?)"/>); two nulls are equal.</summary>
    public static bool operator ==(ExiMessage? left, ExiMessage? right) =>
        ReferenceEquals(left, right) || left is not null && right is not null && left.Equals(right);

    /// <summary>Compares by value (see <see cref="Equals(object?)"/>); two nulls are equal.</summary>
    public static bool operator !=(ExiMessage? left, ExiMessage? right) => !(left == right);

    /// <summary>
    /// Compares the members declared by this class and its bases with those of <paramref name="other"/>, which has the
    /// same concrete type. An override calls the base method first.
    /// </summary>
    /// <param name="other">A message of the same concrete type as this one.</param>
    protected virtual bool MembersEqual(ExiMessage other) => true;

    /// <summary>Hands the members declared by this class and its bases to <paramref name="members"/>, base members first.</summary>
    /// <param name="members">What hashes or prints the members.</param>
    /// <returns><paramref name="members"/>, for chaining.</returns>
    protected virtual ExiMembers WriteMembers(ExiMembers members) => members;

    /// <summary>Binary members compare by content (see <see cref="ExiEquality.Equal(byte[], byte[])"/>).</summary>
    /// <param name="left">A binary value or null.</param>
    /// <param name="right">A binary value or null.</param>
    protected static bool SameBytes(byte[]? left, byte[]? right) => ExiEquality.Equal(left, right);

    /// <summary>List members compare item by item (see <see cref="ExiEquality.Equal{T}(List{T}, List{T})"/>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="left">A list or null.</param>
    /// <param name="right">A list or null.</param>
    protected static bool SameItems<T>(List<T>? left, List<T>? right) => ExiEquality.Equal(left, right);

    // The member walkers of this assembly reach nested messages through this.
    internal void WriteTo(ExiMembers members) => WriteMembers(members);
}
