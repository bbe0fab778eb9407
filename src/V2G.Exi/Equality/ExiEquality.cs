using System;
using System.Collections.Generic;
using System.Text;

namespace V2G.Exi.Equality;

/// <summary>Comparisons that the generated equality members share: binaries by content, lists item by item.</summary>
public static class ExiEquality
{
    /// <summary>True when both are null or hold the same bytes.</summary>
    /// <param name="left">A binary value or null.</param>
    /// <param name="right">A binary value or null.</param>
    public static bool Equal(byte[]? left, byte[]? right) =>
        ReferenceEquals(left, right) || left is not null && right is not null && left.AsSpan().SequenceEqual(right);

    /// <summary>
    /// True when both lists have the same items in the same order (binaries by content, messages by value); a null list
    /// equals an empty one, since the generated list properties create an empty list on first read.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="left">A list or null.</param>
    /// <param name="right">A list or null.</param>
    public static bool Equal<T>(List<T>? left, List<T>? right)
    {
        int count = left?.Count ?? 0;
        if (count != (right?.Count ?? 0))
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (!ItemEqual(left![i], right![i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Compares the content of a document or fragment union: a message by value, a binary by content, any other value
    /// with <see cref="object.Equals(object?, object?)"/>.
    /// </summary>
    /// <param name="left">A root's content or null.</param>
    /// <param name="right">A root's content or null.</param>
    public static bool ValueEqual(object? left, object? right) =>
        left is byte[] a && right is byte[] b ? Equal(a, b) : Equals(left, right);

    /// <summary>A hash consistent with <see cref="ValueEqual"/>.</summary>
    /// <param name="value">A root's content or null.</param>
    public static int ValueHash(object? value)
    {
        if (value is not byte[] bytes)
        {
            return value?.GetHashCode() ?? 0;
        }

        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    /// <summary>
    /// The text of a document or fragment union: the root element's local name and its content, e.g.
    /// <c>V2G_Message: V2G_Message { Header = ..., Body = ... }</c>; <c>(empty)</c> for a default instance.
    /// </summary>
    /// <param name="localName">The root element's local name.</param>
    /// <param name="value">The root's content: a message or a simple value.</param>
    public static string RootText(string? localName, object? value)
    {
        if (value is null)
        {
            return "(empty)";
        }

        var text = new StringBuilder(localName).Append(": ");
        switch (value)
        {
            case ExiMessage message:
                text.Append(message.ToString());
                break;
            case byte[] bytes:
                ExiMemberText.AppendBytes(text, bytes);
                break;
            case string s:
                ExiMemberText.AppendString(text, s);
                break;
            default:
                ExiMemberText.AppendScalar(text, value);
                break;
        }

        return text.ToString();
    }

    private static bool ItemEqual<T>(T left, T right) =>
        typeof(T) == typeof(byte[]) ? Equal((byte[]?)(object?)left, (byte[]?)(object?)right) : EqualityComparer<T>.Default.Equals(left, right);
}
