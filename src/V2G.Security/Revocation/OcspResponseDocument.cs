using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Org.BouncyCastle.Ocsp;

namespace V2G.Security.Revocation;

/// <summary>A parsed OCSP response (RFC 6960 4.2.1). Parsing does not verify it: see <see cref="OcspResponseVerifier"/>.</summary>
public sealed class OcspResponseDocument
{
    private OcspResponseDocument(byte[] der, int responseStatus, BasicOcspResp? basic)
    {
        Der = der;
        ResponseStatus = responseStatus;
        Basic = basic;
        SerialNumbers = basic?.Responses.Select(r => r.GetCertID().SerialNumber.ToString(16).ToUpperInvariant()).ToArray() ?? [];
    }

    /// <summary>The DER encoding.</summary>
    public byte[] Der { get; }

    /// <summary>The OCSPResponseStatus (0 successful, 1 malformedRequest, 2 internalError, 3 tryLater, 5 sigRequired, 6 unauthorized).</summary>
    public int ResponseStatus { get; }

    /// <summary>The serial numbers (upper-case hex) the single responses are about; empty unless the response is a successful basic one.</summary>
    public IReadOnlyList<string> SerialNumbers { get; }

    internal BasicOcspResp? Basic { get; }

    /// <summary>Parses an OCSP response from DER bytes (or a PEM "OCSP RESPONSE" block).</summary>
    public static bool TryParse(
        ReadOnlySpan<byte> data, [NotNullWhen(true)] out OcspResponseDocument? response, [NotNullWhen(false)] out string? error)
    {
        response = null;
        if (!PemOrDer.TryGetDer(data, "OCSP RESPONSE", out byte[] der, out error))
        {
            error = "not an OCSP response: " + error;
            return false;
        }

        try
        {
            var parsed = new OcspResp(der);
            BasicOcspResp? basic = parsed.Status == OcspRespStatus.Successful ? parsed.GetResponseObject() as BasicOcspResp : null;
            response = new OcspResponseDocument(der, parsed.Status, basic);
            return true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or OcspException or FormatException)
        {
            error = "not an OCSP response: " + e.Message;
            return false;
        }
    }

    /// <summary>Reads and parses an OCSP response file.</summary>
    public static bool TryLoad(string path, [NotNullWhen(true)] out OcspResponseDocument? response, [NotNullWhen(false)] out string? error) =>
        PemOrDer.TryLoadFile(path, TryParse, out response, out error);
}
