using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using V2G.Security.Certificates;

namespace V2G.Cli.Security;

/// <summary>Writes a <see cref="CertificateInspection"/> for people (text) or programs (JSON).</summary>
internal static class InspectionReport
{
    /// <summary>Writes the readable text of one certificate.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="source">The file (and index within a bundle) the certificate came from.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="identifiers">The identifiers read from its CN.</param>
    public static void WriteText(TextWriter output, string source, CertificateInspection inspection, IReadOnlyList<CertificateIdentifier> identifiers)
    {
        var text = new StringBuilder();
        text.Append(source).Append('\n');
        Line(text, "subject", inspection.Subject);
        Line(text, "issuer", inspection.Issuer);
        Line(text, "serial", inspection.SerialNumber);
        Line(text, "validity", $"{ValidationTime.Format(inspection.NotBefore)} .. {ValidationTime.Format(inspection.NotAfter)}");
        Line(text, "kind", inspection.Kind.ToString());
        Line(text, "role guess", inspection.LikelyRole?.ToString() ?? (inspection.Kind == CertificateKind.Leaf ? "unknown" : "none (CA)"));
        foreach (CertificateIdentifier id in identifiers)
        {
            Line(text, id.Kind, id.Valid ? id.Text : "invalid: " + id.Text);
        }

        Line(text, "key", inspection.Curve is null ? inspection.KeyAlgorithm : $"{inspection.KeyAlgorithm}, curve {inspection.Curve}");
        Line(text, "signature", inspection.SignatureAlgorithm);
        Line(text, "SHA-256", inspection.Sha256Fingerprint);
        Line(text, "SKI", inspection.SubjectKeyIdentifier ?? "(none)");
        Line(text, "AKI", inspection.AuthorityKeyIdentifier ?? "(none)");
        Line(text, "OCSP", inspection.OcspUrls.Count == 0 ? "(none)" : string.Join(", ", inspection.OcspUrls));
        Line(text, "CRL", inspection.CrlDistributionPoints.Count == 0 ? "(none)" : string.Join(", ", inspection.CrlDistributionPoints));
        Line(text, "profile", inspection.Profile?.ToString() ?? "none fits the key");
        foreach (ProfileCheckResult check in inspection.Checks)
        {
            text.Append("  check ").Append(check.Passed ? "pass " : "FAIL ").Append(check.Rule);
            text.Append(check.Passed ? string.Empty : ": " + check.Message).Append('\n');
        }

        output.Write(text.ToString());
    }

    /// <summary>Writes one JSON object for one certificate.</summary>
    /// <param name="writer">The JSON writer (inside an array).</param>
    /// <param name="source">The file the certificate came from.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="identifiers">The identifiers read from its CN.</param>
    public static void WriteJson(
        Utf8JsonWriter writer, string source, CertificateInspection inspection, IReadOnlyList<CertificateIdentifier> identifiers)
    {
        writer.WriteStartObject();
        writer.WriteString("file", source);
        writer.WriteString("subject", inspection.Subject);
        writer.WriteString("issuer", inspection.Issuer);
        writer.WriteString("serial", inspection.SerialNumber);
        writer.WriteString("notBefore", ValidationTime.Format(inspection.NotBefore));
        writer.WriteString("notAfter", ValidationTime.Format(inspection.NotAfter));
        writer.WriteString("kind", inspection.Kind.ToString());
        writer.WriteString("roleGuess", inspection.LikelyRole?.ToString());
        writer.WriteStartArray("identifiers");
        foreach (CertificateIdentifier id in identifiers)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", id.Kind);
            writer.WriteBoolean("valid", id.Valid);
            writer.WriteString("text", id.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("keyAlgorithm", inspection.KeyAlgorithm);
        writer.WriteString("curve", inspection.Curve);
        writer.WriteString("signatureAlgorithm", inspection.SignatureAlgorithm);
        writer.WriteString("sha256", inspection.Sha256Fingerprint);
        writer.WriteString("ski", inspection.SubjectKeyIdentifier);
        writer.WriteString("aki", inspection.AuthorityKeyIdentifier);
        Strings(writer, "ocsp", inspection.OcspUrls);
        Strings(writer, "crl", inspection.CrlDistributionPoints);
        writer.WriteString("profile", inspection.Profile?.ToString());
        writer.WriteStartArray("checks");
        foreach (ProfileCheckResult check in inspection.Checks)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", check.Rule.ToString());
            writer.WriteBoolean("passed", check.Passed);
            writer.WriteString("message", check.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values.ToArray())
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append("  ").Append((label + ":").PadRight(12)).Append(value).Append('\n');
}
