using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using V2G.Security.Authority;
using V2G.Security.Revocation;

namespace V2G.Services.Features.Admin;

/// <summary>
/// The body of <c>POST /v1/admin/revocations</c>: <c>{"certificate": PEM or base64 DER}</c> or
/// <c>{"caName": ..., "serialNumber": hex}</c>, with an optional <c>"reason"</c> (RFC 5280 name or code).
/// </summary>
internal sealed record RevocationRequest(X509Certificate2? Certificate, string? CaName, string? SerialNumberHex, RevocationReason Reason)
{
    /// <summary>Reads the JSON body, or says precisely what is wrong with it.</summary>
    public static bool TryRead(byte[] body, [NotNullWhen(true)] out RevocationRequest? request, [NotNullWhen(false)] out string? error)
    {
        request = null;
        try
        {
            using JsonDocument json = JsonDocument.Parse(body);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the body must be a JSON object";
                return false;
            }

            if (!TryReadReason(root, out RevocationReason reason, out error))
            {
                return false;
            }

            string? certificateText = String(root, "certificate", ref error);
            string? caName = String(root, "caName", ref error);
            string? serialText = String(root, "serialNumber", ref error);
            if (error is not null)
            {
                return false;
            }

            if (certificateText is not null)
            {
                if (caName is not null || serialText is not null)
                {
                    error = "give either \"certificate\" or \"caName\" with \"serialNumber\", not both";
                    return false;
                }

                if (!TryReadCertificate(certificateText, out X509Certificate2? certificate, out error))
                {
                    return false;
                }

                request = new RevocationRequest(certificate, null, null, reason);
                return true;
            }

            if (caName is null || serialText is null)
            {
                error = "the body needs \"certificate\" (PEM or base64 DER), or \"caName\" and \"serialNumber\" (hex)";
                return false;
            }

            if (!CertificateSerial.TryParse(serialText, out string serial))
            {
                error = $"\"serialNumber\" '{serialText}' is not a hex serial number";
                return false;
            }

            request = new RevocationRequest(null, caName, serial, reason);
            return true;
        }
        catch (JsonException e)
        {
            error = "the body is not JSON: " + e.Message;
            return false;
        }
    }

    private static string? String(JsonElement root, string name, ref string? error)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            error ??= $"\"{name}\" must be a non-empty string";
            return null;
        }

        return value.GetString();
    }

    private static bool TryReadReason(JsonElement root, out RevocationReason reason, [NotNullWhen(false)] out string? error)
    {
        reason = RevocationReason.Unspecified;
        error = null;
        if (!root.TryGetProperty("reason", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        bool known = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt32(out int code) && RevocationReasonNames.TryFromCode(code, out reason),
            JsonValueKind.String => RevocationReasonNames.TryParse(value.GetString()!, out reason),
            _ => false,
        };
        if (!known)
        {
            error = $"\"reason\" {value.GetRawText()} is not an RFC 5280 CRLReason (one of {string.Join(", ", RevocationReasonNames.All)}, "
                + "or its code)";
            return false;
        }

        if (reason == RevocationReason.RemoveFromCrl)
        {
            error = "\"reason\" removeFromCRL is only for delta CRLs (RFC 5280 5.3.1); this service does not un-revoke";
            return false;
        }

        return true;
    }

    private static bool TryReadCertificate(string text, [NotNullWhen(true)] out X509Certificate2? certificate, [NotNullWhen(false)] out string? error)
    {
        certificate = null;
        try
        {
            byte[] der = text.Contains("-----BEGIN", StringComparison.Ordinal)
                ? PemDer(text)
                : Convert.FromBase64String(text.Trim());
            certificate = X509CertificateLoader.LoadCertificate(der);
            error = null;
            return true;
        }
        catch (Exception e) when (e is FormatException or CryptographicException or ArgumentException)
        {
            error = "\"certificate\" is neither a CERTIFICATE PEM block nor base64 DER of a certificate: " + e.Message;
            return false;
        }
    }

    private static byte[] PemDer(string text)
    {
        if (!PemEncoding.TryFind(text, out PemFields fields) || text[fields.Label] != "CERTIFICATE")
        {
            throw new FormatException("no CERTIFICATE PEM block");
        }

        return Convert.FromBase64String(text[fields.Base64Data]);
    }
}
