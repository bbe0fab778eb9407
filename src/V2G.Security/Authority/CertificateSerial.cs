using System;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Authority;

/// <summary>
/// The one textual form of a serial number that services store and compare: upper-case hex of the DER INTEGER's magnitude
/// without leading zero bytes (so <c>00 9F</c> and <c>9F</c> are the same serial).
/// </summary>
public static class CertificateSerial
{
    /// <summary>The serial of a certificate in the canonical form.</summary>
    /// <param name="certificate">The certificate.</param>
    public static string Of(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return FromBigEndian(certificate.SerialNumberBytes.Span);
    }

    /// <summary>The canonical form of big-endian serial bytes.</summary>
    /// <param name="bigEndian">The serial's bytes, most significant first.</param>
    public static string FromBigEndian(ReadOnlySpan<byte> bigEndian)
    {
        int start = 0;
        while (start < bigEndian.Length - 1 && bigEndian[start] == 0)
        {
            start++;
        }

        return Convert.ToHexString(bigEndian[start..]);
    }

    /// <summary>Reads a serial given as hex (any case, optional <c>0x</c>, colons or spaces) into the canonical form.</summary>
    /// <param name="text">The hex text.</param>
    /// <param name="serial">The canonical form.</param>
    /// <returns>False if the text is not hex.</returns>
    public static bool TryParse(string text, out string serial)
    {
        ArgumentNullException.ThrowIfNull(text);
        string digits = text.Trim().Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        if (digits.Length == 0 || digits.Length > 80)
        {
            serial = "";
            return false;
        }

        if (digits.Length % 2 == 1)
        {
            digits = "0" + digits;
        }

        try
        {
            serial = FromBigEndian(Convert.FromHexString(digits));
            return true;
        }
        catch (FormatException)
        {
            serial = "";
            return false;
        }
    }
}
