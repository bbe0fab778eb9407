namespace V2G.Security.Signatures;

/// <summary>One Reference of a verified signature: the element it names and whether its digest matched.</summary>
/// <param name="Uri">The Reference URI (<c>#Id</c>).</param>
/// <param name="Element">The qualified name of the referenced element.</param>
/// <param name="DigestMatches">Whether the DigestValue equals the digest of the element's EXI fragment.</param>
public sealed record ReferenceCheck(string Uri, string Element, bool DigestMatches);
