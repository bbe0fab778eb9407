using System.Globalization;

namespace V2G.Cli.Capture;

/// <summary>
/// One field of a message worth showing on a timeline line, e.g. <c>EVTargetVoltage=420 V</c>. Physical quantities keep
/// their number and unit so that the HTML report can plot them.
/// </summary>
/// <param name="Name">The schema's element name (<c>EVRESSSOC</c>, <c>ResponseCode</c>, ...).</param>
/// <param name="Text">The value as printed: a number with its unit, an enumeration value, hex for identifiers.</param>
/// <param name="Number">The numeric value (Value x 10^Multiplier or Value x 10^Exponent), for quantities; null otherwise.</param>
/// <param name="Unit">The unit of <paramref name="Number"/> (<c>V</c>, <c>A</c>, <c>W</c>, <c>%</c>, ...), or null.</param>
internal sealed record KeyField(string Name, string Text, decimal? Number = null, string? Unit = null)
{
    /// <summary>A quantity: the number printed with its unit.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="number">The value.</param>
    /// <param name="unit">The unit, or null for a plain number.</param>
    /// <returns>The field.</returns>
    public static KeyField Quantity(string name, decimal number, string? unit) =>
        new(name, unit is null ? Format(number) : $"{Format(number)} {unit}", number, unit);

    /// <summary>Formats a decimal without exponent or trailing zeros, in the invariant culture.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The text, e.g. <c>386.2</c>.</returns>
    public static string Format(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>The field as the timeline prints it.</summary>
    /// <returns><c>Name=Text</c>.</returns>
    public override string ToString() => $"{Name}={Text}";
}
