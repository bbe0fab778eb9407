using System.Globalization;

namespace V2G.Exi;

/// <content>
/// Decode errors of generated grammars, worded once here so that each state passes only what it expects (in the
/// schema's words); the exception adds the bit offset and the element path.
/// </content>
public ref partial struct ExiReader
{
    /// <summary>The error for an event code that selects no production of the state.</summary>
    /// <param name="position">Bit offset of the event code.</param>
    /// <param name="code">The event code read.</param>
    /// <param name="values">The number of first-level values of the state.</param>
    /// <param name="expected">What the state accepts, e.g. <c>Multiplier or the end of the element</c>.</param>
    /// <returns>The exception to throw.</returns>
    public readonly ExiDecodeException UnexpectedEventCodeError(long position, uint code, int values, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Unexpected content: expected {expected} (event code {code} of {values} values)"), position);

    /// <summary>
    /// The error for the escape to the second level: an element that ends before its required content when the
    /// second-level code is EE, otherwise undeclared content, xsi:type or xsi:nil.
    /// </summary>
    /// <param name="position">Bit offset of the event code.</param>
    /// <param name="width">Width of the second-level code still to read, or -1 when it is not to be read.</param>
    /// <param name="endElementCode">The state's second-level EE code, or -1.</param>
    /// <param name="expected">What the state accepts.</param>
    /// <returns>The exception to throw.</returns>
    public ExiDecodeException SecondLevelEventError(long position, int width, int endElementCode, string expected)
    {
        if (width >= 0 && endElementCode >= 0 && RemainingBits >= width && Take(width) == (uint)endElementCode)
        {
            return new ExiDecodeException(
                string.Concat("The element cannot end here: required content is missing; expected ", expected),
                position);
        }

        return new ExiDecodeException(
            string.Concat(
                "Second-level event: this is undeclared content, xsi:type or xsi:nil, which the V2G profile does not use; expected ",
                expected),
            position);
    }

    /// <summary>The error for a decoded number outside its type's range.</summary>
    /// <param name="start">Bit offset of the value.</param>
    /// <param name="value">The number read.</param>
    /// <param name="bound">The bound it breaks.</param>
    /// <param name="above">True if above the maximum, false if below the minimum.</param>
    /// <returns>The exception to throw.</returns>
    public readonly ExiDecodeException ValueOutOfRangeError(long start, string value, string bound, bool above) =>
        new(string.Concat("Value out of range: ", value, above ? " is above the maximum " : " is below the minimum ", bound), start);

    /// <summary>The error for a decoded value that breaks a facet while decoding is strict.</summary>
    /// <param name="start">Bit offset of the value.</param>
    /// <param name="value">The value read, as its XML lexical form (or its length, for long values).</param>
    /// <param name="rule">The facet and its bound, e.g. <c>maxLength 15</c>.</param>
    /// <returns>The exception to throw.</returns>
    public readonly ExiDecodeException FacetViolationError(long start, string value, string rule) =>
        new(string.Concat("Facet violation (strict decoding): ", value, " breaks ", rule), start);

    /// <summary>The error for an element that carries its abstract type's own content while decoding is strict.</summary>
    /// <param name="position">Bit offset where the element's content ended.</param>
    /// <param name="typeName">The abstract type.</param>
    /// <returns>The exception to throw.</returns>
    public readonly ExiDecodeException AbstractContentError(long position, string typeName) =>
        new(string.Concat("Abstract content (strict decoding): the type ", typeName, " is abstract; a schema-valid message uses a derived type"), position);

    /// <summary>
    /// Records the error for an event code that selects no production, unless the reader has already failed (then
    /// the code is <see cref="NoEventCode"/> and the earlier error is the cause).
    /// </summary>
    /// <param name="position">Bit offset of the event code.</param>
    /// <param name="code">The event code read.</param>
    /// <param name="values">The number of first-level values of the state.</param>
    /// <param name="expected">What the state accepts.</param>
    /// <exception cref="ExiDecodeException">The error, when the reader does not record errors.</exception>
    public void FailUnexpectedEventCode(long position, uint code, int values, string expected)
    {
        if (_error is null)
        {
            Fail(UnexpectedEventCodeError(position, code, values, expected));
        }
    }
}
