using System.Collections.Generic;

namespace V2G.Exi.Equality;

/// <summary>
/// Receives the members of a message, in declaration order, to hash or print them (see
/// <see cref="ExiMessage.GetHashCode"/> and <see cref="ExiMessage.ToString"/>). Absent members (null, or an empty
/// list) are skipped, so that a list that was never created and an empty one look the same.
/// </summary>
public abstract class ExiMembers
{
    private protected ExiMembers()
    {
    }

    /// <summary>A string member.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="value">Its value; null when absent.</param>
    /// <returns>This instance, for chaining.</returns>
    public ExiMembers Add(string name, string? value)
    {
        if (value is not null)
        {
            Member(name);
            Text(value);
        }

        return this;
    }

    /// <summary>A binary member (hexBinary or base64Binary).</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="value">Its value; null when absent.</param>
    /// <returns>This instance, for chaining.</returns>
    public ExiMembers Add(string name, byte[]? value)
    {
        if (value is not null)
        {
            Member(name);
            Bytes(value);
        }

        return this;
    }

    /// <summary>A nested message.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="value">Its value; null when absent.</param>
    /// <returns>This instance, for chaining.</returns>
    public ExiMembers Add(string name, ExiMessage? value)
    {
        if (value is not null)
        {
            Member(name);
            Message(value);
        }

        return this;
    }

    /// <summary>A number, Boolean or enum member.</summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="name">The member's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This instance, for chaining.</returns>
    public ExiMembers Add<T>(string name, T value)
        where T : struct
    {
        Member(name);
        Scalar(value);
        return this;
    }

    /// <summary>An optional number, Boolean or enum member.</summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="name">The member's name.</param>
    /// <param name="value">Its value; null when absent.</param>
    /// <returns>This instance, for chaining.</returns>
    public ExiMembers Add<T>(string name, T? value)
        where T : struct
    {
        if (value is { } present)
        {
            Member(name);
            Scalar(present);
        }

        return this;
    }

    /// <summary>A list member.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="name">The member's name.</param>
    /// <param name="items">Its items; null or empty when absent.</param>
    /// <returns>This instance, for chaining.</returns>
    public ExiMembers Add<T>(string name, List<T>? items)
    {
        if (items is { Count: > 0 })
        {
            Member(name);
            List(items);
        }

        return this;
    }

    /// <summary>Starts a member that is present.</summary>
    private protected abstract void Member(string name);

    private protected abstract void Text(string value);

    private protected abstract void Bytes(byte[] value);

    private protected abstract void Scalar<T>(T value);

    /// <summary>A nested message: its concrete type, then its members.</summary>
    internal abstract void Message(ExiMessage value);

    private protected abstract void List<T>(List<T> items);

    /// <summary>One list item, by its runtime kind (items are never null in a decoded message).</summary>
    private protected void Item<T>(T item)
    {
        switch (item)
        {
            case string s:
                Text(s);
                break;
            case byte[] b:
                Bytes(b);
                break;
            case ExiMessage m:
                Message(m);
                break;
            default:
                Scalar(item);
                break;
        }
    }
}
