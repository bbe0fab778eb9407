using System;
using System.Collections.Generic;

namespace V2G.Cli.Capture;

/// <summary>Collects the key fields of one message in the order they are added; absent (null) values are skipped.</summary>
internal sealed class KeyFieldList
{
    private readonly List<KeyField> fields = [];

    /// <summary>The fields added so far.</summary>
    public IReadOnlyList<KeyField> Fields => fields;

    /// <summary>Adds a quantity when it is present.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="number">The value, or null when the message lacks the element.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>This list.</returns>
    public KeyFieldList Quantity(string name, decimal? number, string? unit)
    {
        if (number is decimal value)
        {
            fields.Add(KeyField.Quantity(name, value, unit));
        }

        return this;
    }

    /// <summary>Adds a value printed as text (an enumeration, a flag, a string) when it is present.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="value">The value, or null.</param>
    /// <returns>This list.</returns>
    public KeyFieldList Text(string name, object? value)
    {
        string? text = value switch
        {
            null => null,
            bool flag => flag ? "true" : "false",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
        if (text is not null)
        {
            fields.Add(new KeyField(name, text));
        }

        return this;
    }

    /// <summary>Adds an identifier as upper-case hex when it is present.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="bytes">The bytes, or null.</param>
    /// <returns>This list.</returns>
    public KeyFieldList Hex(string name, byte[]? bytes)
    {
        if (bytes is not null)
        {
            fields.Add(new KeyField(name, Convert.ToHexString(bytes)));
        }

        return this;
    }
}
