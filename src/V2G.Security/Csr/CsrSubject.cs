using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace V2G.Security.Csr;

/// <summary>
/// The subject of a Plug'n'Charge leaf request: CN, optional O and C, and DC, parsed from text such as
/// <c>CN=DE*V2G*E1234567,O=Example CPO,C=DE,DC=CPO</c> (keys in any case and order, <c>\,</c> escapes a comma).
/// It is encoded CN, O, C, DC in this DER order, as the test PKIs write their names.
/// </summary>
public sealed class CsrSubject
{
    /// <summary>The longest CN and O (RFC 5280 upper bounds ub-common-name and ub-organization-name).</summary>
    public const int MaxLength = 64;

    private CsrSubject(string commonName, string? organization, string? country, string domainComponent)
    {
        CommonName = commonName;
        Organization = organization;
        Country = country;
        DomainComponent = domainComponent;
    }

    /// <summary>The CN: SECC ID / EVSEID, eMAID or PCID, depending on the role.</summary>
    public string CommonName { get; }

    /// <summary>The O, or null when the text has none.</summary>
    public string? Organization { get; }

    /// <summary>The C (two upper-case letters), or null when the text has none.</summary>
    public string? Country { get; }

    /// <summary>The DC: CPO, CPS, MO or OEM for leaves.</summary>
    public string DomainComponent { get; }

    /// <summary>Parses subject text; CN and DC are required, O and C optional, nothing else allowed.</summary>
    /// <param name="text">The subject, e.g. <c>CN=DEV2GC12345678,O=Example MO,C=DE,DC=MO</c>.</param>
    /// <param name="subject">The parsed subject.</param>
    /// <param name="problem">What is wrong with the text (always <see cref="CsrProblemKind.InvalidSubject"/>).</param>
    /// <returns>True if the text is a usable subject.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CsrSubject? subject, [NotNullWhen(false)] out CsrProblem? problem)
    {
        subject = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = Invalid("the subject text is empty");
            return false;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string part in SplitUnescaped(text))
        {
            int equals = part.IndexOf('=');
            if (equals <= 0)
            {
                problem = Invalid($"'{part.Trim()}' is not KEY=VALUE (expected e.g. CN=...,O=...,C=..,DC=..)");
                return false;
            }

            string key = part[..equals].Trim().ToUpperInvariant();
            string value = part[(equals + 1)..].Trim();
            if (key is not ("CN" or "O" or "C" or "DC"))
            {
                problem = Invalid($"attribute '{part[..equals].Trim()}' is not allowed (only CN, O, C, DC)");
                return false;
            }

            if (!values.TryAdd(key, value))
            {
                problem = Invalid($"attribute {key} appears more than once");
                return false;
            }
        }

        problem = Check(values);
        if (problem != null)
        {
            return false;
        }

        subject = new CsrSubject(values["CN"], values.GetValueOrDefault("O"), values.GetValueOrDefault("C"), values["DC"]);
        return true;
    }

    /// <summary>The subject of a received request: CN, O, C, DC attributes only, each once, single-valued RDNs.</summary>
    internal static bool TryFromName(
        X500DistinguishedName name, [NotNullWhen(true)] out CsrSubject? subject, [NotNullWhen(false)] out CsrProblem? problem)
    {
        subject = null;
        var parts = new List<string>();
        foreach (X500RelativeDistinguishedName rdn in name.EnumerateRelativeDistinguishedNames())
        {
            string? key = rdn.HasMultipleElements ? null : rdn.GetSingleElementType().Value switch
            {
                "2.5.4.3" => "CN",
                "2.5.4.10" => "O",
                "2.5.4.6" => "C",
                "0.9.2342.19200300.100.1.25" => "DC",
                _ => null,
            };
            if (key is null || rdn.GetSingleElementValue() is not { } value)
            {
                problem = Invalid($"the requested subject '{name.Name}' has an attribute other than CN, O, C, DC (or a multi-valued RDN)");
                return false;
            }

            parts.Add(key + "=" + Escape(value));
        }

        return TryParse(string.Join(',', parts), out subject, out problem);
    }

    /// <summary>The DER name: CN, O, C, DC in this order (attributes the text did not give are left out).</summary>
    public X500DistinguishedName ToDistinguishedName()
    {
        // The builder encodes the RDNs in the reverse order of the Add calls.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddDomainComponent(DomainComponent);
        if (Country != null)
        {
            builder.AddCountryOrRegion(Country);
        }

        if (Organization != null)
        {
            builder.AddOrganizationName(Organization);
        }

        builder.AddCommonName(CommonName);
        return builder.Build();
    }

    /// <summary>The subject as text, CN first: <c>CN=..,O=..,C=..,DC=..</c> (commas in values escaped).</summary>
    public override string ToString()
    {
        var parts = new List<string> { "CN=" + Escape(CommonName) };
        if (Organization != null)
        {
            parts.Add("O=" + Escape(Organization));
        }

        if (Country != null)
        {
            parts.Add("C=" + Country);
        }

        parts.Add("DC=" + Escape(DomainComponent));
        return string.Join(',', parts);
    }

    private static CsrProblem? Check(Dictionary<string, string> values)
    {
        foreach (string required in new[] { "CN", "DC" })
        {
            if (!values.TryGetValue(required, out string? value) || value.Length == 0)
            {
                return Invalid($"{required} is required and must not be empty");
            }
        }

        foreach ((string key, string value) in values)
        {
            if (value.Length > MaxLength)
            {
                return Invalid($"{key} has {value.Length} characters, at most {MaxLength} are allowed");
            }

            if (value.Any(char.IsControl))
            {
                return Invalid($"{key} contains a control character");
            }
        }

        if (values.TryGetValue("O", out string? organization) && organization.Length == 0)
        {
            return Invalid("O is given but empty");
        }

        return values.TryGetValue("C", out string? country) && !(country.Length == 2 && country.All(char.IsAsciiLetterUpper))
            ? Invalid($"C '{country}' must be two upper-case letters (ISO 3166-1 alpha-2)")
            : null;
    }

    private static IEnumerable<string> SplitUnescaped(string text)
    {
        var current = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
            }
            else if (text[i] == ',')
            {
                yield return current.ToString();
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        yield return current.ToString();
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal);

    private static CsrProblem Invalid(string message) => new(CsrProblemKind.InvalidSubject, message);
}
