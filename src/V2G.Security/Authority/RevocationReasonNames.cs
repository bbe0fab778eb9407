using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using V2G.Security.Revocation;

namespace V2G.Security.Authority;

/// <summary>The RFC 5280 5.3.1 names of CRLReason values (<c>keyCompromise</c>, <c>cACompromise</c>, ...).</summary>
public static class RevocationReasonNames
{
    /// <summary>The RFC 5280 name of a reason.</summary>
    /// <param name="reason">The reason.</param>
    public static string Name(RevocationReason reason) => reason switch
    {
        RevocationReason.Unspecified => "unspecified",
        RevocationReason.KeyCompromise => "keyCompromise",
        RevocationReason.CaCompromise => "cACompromise",
        RevocationReason.AffiliationChanged => "affiliationChanged",
        RevocationReason.Superseded => "superseded",
        RevocationReason.CessationOfOperation => "cessationOfOperation",
        RevocationReason.CertificateHold => "certificateHold",
        RevocationReason.RemoveFromCrl => "removeFromCRL",
        RevocationReason.PrivilegeWithdrawn => "privilegeWithdrawn",
        RevocationReason.AaCompromise => "aACompromise",
        _ => ((int)reason).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a reason given by its RFC 5280 name (any case) or its code (0-10 except 7).</summary>
    /// <param name="text">The name or the code.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>False when the text is neither.</returns>
    public static bool TryParse(string text, out RevocationReason reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            return TryFromCode(code, out reason);
        }

        foreach (RevocationReason candidate in Enum.GetValues<RevocationReason>())
        {
            if (string.Equals(Name(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                reason = candidate;
                return true;
            }
        }

        reason = default;
        return false;
    }

    /// <summary>The reason with this code, if RFC 5280 defines one (7 is unused).</summary>
    /// <param name="code">The CRLReason code.</param>
    /// <param name="reason">The reason.</param>
    public static bool TryFromCode(int code, out RevocationReason reason)
    {
        reason = (RevocationReason)code;
        return Enum.IsDefined(reason);
    }

    /// <summary>Every name, for messages.</summary>
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "a fresh copy each call")]
    public static string[] All => Array.ConvertAll(Enum.GetValues<RevocationReason>(), Name);
}
