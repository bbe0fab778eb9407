using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace V2G.Exi.Equality;

/// <summary>Writes a message as <c>TypeName { Member = value, List = [a, b] }</c>, invariant culture, deterministic.</summary>
internal sealed class ExiMemberText : ExiMembers
{
    // Longer values are cut: a certificate or a signed payload would drown the members that matter.
    internal const int MaxFullBytes = 32;
    internal const int ShownBytes = 16;
    internal const int MaxStringChars = 128;

    private readonly StringBuilder _text = new();
    private bool _first = true;

    public override string ToString() => _text.ToString();

    private protected override void Member(string name)
    {
        _text.Append(_first ? " " : ", ").Append(name).Append(" = ");
        _first = false;
    }

    private protected override void Text(string value) => AppendString(_text, value);

    private protected override void Bytes(byte[] value) => AppendBytes(_text, value);

    private protected override void Scalar<T>(T value) => AppendScalar(_text, value);

    internal override void Message(ExiMessage value)
    {
        bool outer = _first;
        _first = true;
        _text.Append(value.GetType().Name).Append(" {");
        value.WriteTo(this);
        _text.Append(" }");
        _first = outer;
    }

    private protected override void List<T>(List<T> items)
    {
        _text.Append('[');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }

            Item(items[i]);
        }

        _text.Append(']');
    }

    /// <summary>Hex with a 0x prefix; beyond <see cref="MaxFullBytes"/> the length and the first bytes, e.g. <c>byte[700] 0x3082...</c>.</summary>
    internal static void AppendBytes(StringBuilder text, byte[] value)
    {
        if (value.Length > MaxFullBytes)
        {
            text.Append("byte[").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append("] 0x")
                .Append(Convert.ToHexString(value, 0, ShownBytes)).Append("...");
        }
        else
        {
            text.Append("0x").Append(Convert.ToHexString(value));
        }
    }

    /// <summary>Quoted, with quotes, backslashes and control characters escaped; cut after <see cref="MaxStringChars"/> characters.</summary>
    internal static void AppendString(StringBuilder text, string value)
    {
        int shown = Math.Min(value.Length, MaxStringChars);
        text.Append('"');
        for (int i = 0; i < shown; i++)
        {
            char c = value[i];
            if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (char.IsControl(c))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('"');
        if (shown < value.Length)
        {
            text.Append("... (").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        }
    }

    internal static void AppendScalar<T>(StringBuilder text, T value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case IFormattable f:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value.ToString());
                break;
        }
    }
}
