namespace V2G.Security.Certificates;

/// <summary>
/// Simple syntactic checks of the identifiers carried in leaf common names. They stand in for the full parsers of
/// V2G.Security.Identifiers, which these two methods should call once available.
/// </summary>
internal static class IdentifierSyntax
{
    /// <summary>An eMAID without separators: 14 or 15 ASCII letters and digits (15 with the check digit).</summary>
    public static bool LooksLikeEmaid(string? commonName) => IsAlphanumeric(commonName, 14, 15);

    /// <summary>A PCID (provisioning certificate identifier): 17 or 18 ASCII letters and digits.</summary>
    public static bool LooksLikePcid(string? commonName) => IsAlphanumeric(commonName, 17, 18);

    private static bool IsAlphanumeric(string? value, int minLength, int maxLength)
    {
        if (value is null || value.Length < minLength || value.Length > maxLength)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
