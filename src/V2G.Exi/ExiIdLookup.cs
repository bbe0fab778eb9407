namespace V2G.Exi;

/// <summary>What looking up an Id in a document found.</summary>
public enum ExiIdLookup
{
    /// <summary>Exactly one element carries the Id.</summary>
    Found,

    /// <summary>No element carries the Id.</summary>
    NotFound,

    /// <summary>
    /// Several elements carry the Id. XML Schema forbids it (xs:ID values are unique in a document); a signature
    /// verifier must refuse the document, since the element it would digest is ambiguous (signature wrapping).
    /// </summary>
    Duplicate,
}
