using System;
using System.Collections.Generic;
using System.Numerics;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace V2G.Security.Provisioning;

/// <summary>
/// One entry of ListOfRootCertificateIDs: the X509IssuerSerial of a root the vehicle trusts (issuer DN as an RFC 4514 string,
/// most significant RDN first, e.g. <c>DC=V2G,C=DE,O=...,CN=V2GRootCA</c>, and the serial number).
/// </summary>
/// <param name="IssuerName">The root's issuer DN (its own subject) in RFC 4514 form.</param>
/// <param name="SerialNumber">The root's serial number.</param>
public sealed record RootCertificateId(string IssuerName, BigInteger SerialNumber)
{
    private static readonly Dictionary<string, string> ShortNames = new()
    {
        ["2.5.4.3"] = "CN",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "ST",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["0.9.2342.19200300.100.1.25"] = "DC",
    };

    /// <summary>The ID of a root certificate.</summary>
    /// <param name="root">A trust anchor of the vehicle.</param>
    public static RootCertificateId From(X509Certificate2 root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var serial = new BigInteger(root.SerialNumberBytes.Span, isUnsigned: true, isBigEndian: true);
        return new RootCertificateId(Rfc4514(root.IssuerName), serial);
    }

    /// <summary>True when <paramref name="certificate"/> is the root this ID names (same issuer DN and serial number).</summary>
    /// <param name="certificate">A candidate root.</param>
    public bool Matches(X509Certificate2 certificate) => From(certificate) == this;

    /// <summary>RFC 4514: RDNs in reverse DER order, joined by ',', special characters escaped.</summary>
    private static string Rfc4514(X500DistinguishedName name)
    {
        var parts = new List<string>();
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames(reversed: true))
        {
            if (rdn.HasMultipleElements)
            {
                // A multi-valued RDN does not occur in the V2G PKI profiles; the BCL's own rendering is used for it.
                parts.Add(new X500DistinguishedName(rdn.RawData.ToArray()).Name);
                continue;
            }

            string oid = rdn.GetSingleElementType().Value ?? "?";
            string type = ShortNames.TryGetValue(oid, out string? shortName) ? shortName : oid;
            parts.Add(type + "=" + Escape(rdn.GetSingleElementValue() ?? string.Empty));
        }

        return string.Join(",", parts);
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool special = c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' or '='
                || (i == 0 && c is ' ' or '#')
                || (i == value.Length - 1 && c == ' ');
            if (special)
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
