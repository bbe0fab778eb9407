using System.Collections.Generic;
using V2G.Security.Certificates;
using V2G.Security.Identifiers;

namespace V2G.Cli.Security;

/// <summary>One identifier read from a certificate's common name: its kind, normalised forms, or why it does not parse.</summary>
/// <param name="Kind">eMAID, PCID or EVSEID.</param>
/// <param name="Valid">Whether the common name parses as this identifier.</param>
/// <param name="Text">The normalised forms, or the parse error.</param>
internal sealed record CertificateIdentifier(string Kind, bool Valid, string Text)
{
    /// <summary>
    /// Parses the common name with the identifier types: every kind that parses is listed; the kind the role expects
    /// (eMAID for a contract, PCID for an OEM provisioning, EVSEID for an SECC certificate) is listed with its error if it does not.
    /// </summary>
    /// <param name="commonName">The subject CN.</param>
    /// <param name="role">The likely role, if any.</param>
    /// <returns>The identifiers.</returns>
    public static IReadOnlyList<CertificateIdentifier> Read(string? commonName, CertificateRole? role)
    {
        var found = new List<CertificateIdentifier>();
        if (string.IsNullOrEmpty(commonName))
        {
            return found;
        }

        if (EMaid.TryParse(commonName, out EMaid? emaid, out IdentifierError? emaidError)
            || EMaid.TryParse(commonName, EMaidSyntax.Iso15118, out emaid, out _))
        {
            string check = emaid.CheckDigit is null ? $", with check digit {emaid.WithCheckDigit().ToCompactString()}" : ", check digit verified";
            found.Add(new("eMAID", true, $"{emaid.ToCompactString()} (separated {emaid.ToSeparatedString()}{check})"));
        }
        else if (role == CertificateRole.Contract)
        {
            found.Add(new("eMAID", false, emaidError!.Message));
        }

        if (Pcid.TryParse(commonName, out Pcid? pcid, out IdentifierError? pcidError))
        {
            string check = pcid.CheckCharacter is { } c ? $", check character {c} (not verified)" : ", no check character";
            found.Add(new("PCID", true, $"{pcid} (WMI {pcid.Wmi}, OEM unique ID {pcid.OemUniqueId}{check})"));
        }
        else if (role == CertificateRole.OemProvisioning)
        {
            found.Add(new("PCID", false, pcidError.Message));
        }

        if (EvseId.TryParse(commonName, out EvseId? evseId, out IdentifierError? evseError))
        {
            found.Add(new("EVSEID", true, $"{evseId.ToSeparatedString()} (compact {evseId.ToCompactString()})"));
        }
        else if (role == CertificateRole.Secc)
        {
            found.Add(new("EVSEID", false, evseError.Message));
        }

        return found;
    }
}
