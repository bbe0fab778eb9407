using V2G.Security.Identifiers;

namespace V2G.Security.Certificates;

/// <summary>
/// The identifiers a leaf's common name carries, checked with the parsers of <see cref="V2G.Security.Identifiers"/>:
/// a contract CN is an eMAID in the compact form the messages carry (ISO 15118-2 Annex H syntax, check digit verified
/// when present), a provisioning CN is a PCID.
/// </summary>
internal static class IdentifierSyntax
{
    /// <summary>Whether the CN is an eMAID without separators (14 characters, or 15 with a correct check digit).</summary>
    public static bool LooksLikeEmaid(string? commonName) => EmaidProblem(commonName) == null;

    /// <summary>Whether the CN is a PCID (17 or 18 letters and digits).</summary>
    public static bool LooksLikePcid(string? commonName) => PcidProblem(commonName) == null;

    /// <summary>Why the CN is not a compact eMAID, or null.</summary>
    public static string? EmaidProblem(string? commonName)
    {
        if (commonName == null)
        {
            return "there is no CN";
        }

        if (!EMaid.TryParse(commonName, EMaidSyntax.Iso15118, out var emaid, out var error))
        {
            return error.Message;
        }

        return emaid.ToCompactString() == commonName ? null : "an eMAID CN is written without separators, in upper case (" + emaid.ToCompactString() + ")";
    }

    /// <summary>Why the CN is not a PCID, or null.</summary>
    public static string? PcidProblem(string? commonName)
    {
        if (commonName == null)
        {
            return "there is no CN";
        }

        return Pcid.TryParse(commonName, out var pcid, out var error)
            ? pcid.ToString() == commonName ? null : "a PCID CN is written in upper case (" + pcid + ")"
            : error.Message;
    }
}
