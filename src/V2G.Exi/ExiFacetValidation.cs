namespace V2G.Exi;

/// <summary>What a codec does with a value that its representation carries but its facets forbid.</summary>
public enum ExiFacetValidation
{
    /// <summary>
    /// The value is read or written as it is (an integer beyond its range but inside its n-bit field, a string longer
    /// than its maxLength); a generated <c>Validate</c> lists it afterwards.
    /// </summary>
    Relaxed = 0,

    /// <summary>The value is refused with an exception at its bit offset and element path.</summary>
    Strict = 1,
}
