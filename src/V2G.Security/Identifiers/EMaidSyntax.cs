namespace V2G.Security.Identifiers;

/// <summary>Which eMAID grammar <see cref="EMaid"/> parses with.</summary>
public enum EMaidSyntax
{
    /// <summary>
    /// eMI3 contract ID: the eMA instance starts with the ID type 'C' followed by 8 letters or digits.
    /// The default, and what the test PKI's contract certificates carry.
    /// </summary>
    Emi3,

    /// <summary>
    /// ISO 15118-2 Annex H as quoted by public Plug'n'Charge ecosystems (Hubject OPCP): the eMA instance is any 9 letters or digits.
    /// <see cref="EMaid.IdType"/> is then simply the first of them.
    /// </summary>
    Iso15118,
}
