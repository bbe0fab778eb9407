namespace V2G.Security.Identifiers;

/// <summary>Which syntax rule an identifier broke.</summary>
public enum IdentifierErrorKind
{
    /// <summary>The text is empty.</summary>
    Empty,

    /// <summary>The text ends before every mandatory part was read.</summary>
    TooShort,

    /// <summary>Characters follow the last part the syntax allows.</summary>
    TooLong,

    /// <summary>The country code is not two letters A-Z.</summary>
    InvalidCountryCode,

    /// <summary>A character that the part at that position does not allow (not a letter or digit, or a letter where a digit is required).</summary>
    InvalidCharacter,

    /// <summary>The ID type letter is missing or wrong ('C' for an eMI3 eMAID, 'E' for an EVSEID).</summary>
    InvalidIdType,

    /// <summary>A separator character the identifier does not use ('*' in an eMAID, '-' in an EVSEID).</summary>
    InvalidSeparator,

    /// <summary>Separators between some parts but not between others.</summary>
    InconsistentSeparators,

    /// <summary>A check digit is present but is not the one the check digit algorithm gives.</summary>
    CheckDigitMismatch,

    /// <summary>The text is a placeholder meaning "no identifier available", not an identifier.</summary>
    Placeholder,

    /// <summary>The text is written in an older or different scheme that this parser deliberately does not accept.</summary>
    UnsupportedFormat,
}
