using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace V2G.Security.KeyTransport;

/// <summary>The AES-GCM AAD of ISO 15118-20 [V2G20-2492]: PCID (ASCII) || SKI of the contract certificate as upper-case hex ASCII.</summary>
public static class KeyTransportAad
{
    /// <summary>Builds the AAD from a PCID and the contract certificate's SubjectKeyIdentifier bytes.</summary>
    /// <param name="pcid">The PCID (the OEM provisioning certificate's CN), printable ASCII.</param>
    /// <param name="subjectKeyIdentifier">The SKI bytes (8 bytes in the -20 test PKI, giving a 16-character hex string).</param>
    /// <param name="aad">The AAD bytes on success.</param>
    /// <param name="error">Why the AAD could not be built.</param>
    /// <returns>True on success.</returns>
    public static bool TryCreate(
        string pcid,
        ReadOnlySpan<byte> subjectKeyIdentifier,
        [NotNullWhen(true)] out byte[]? aad,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        aad = null;
        if (string.IsNullOrEmpty(pcid) || !IsPrintableAscii(pcid))
        {
            error = new(KeyTransportErrorKind.InvalidAssociatedData, "the PCID must be non-empty printable ASCII");
            return false;
        }

        if (subjectKeyIdentifier.IsEmpty)
        {
            error = new(KeyTransportErrorKind.InvalidAssociatedData, "the contract certificate SKI must not be empty");
            return false;
        }

        aad = Encoding.ASCII.GetBytes(pcid + Convert.ToHexString(subjectKeyIdentifier));
        error = null;
        return true;
    }

    /// <summary>Builds the AAD from a PCID and the SubjectKeyIdentifier extension of the contract certificate.</summary>
    /// <param name="pcid">The PCID, printable ASCII.</param>
    /// <param name="contractCertificate">The contract certificate (new one for CertificateInstallation/Update).</param>
    /// <param name="aad">The AAD bytes on success.</param>
    /// <param name="error">Why the AAD could not be built (e.g. the certificate has no SKI).</param>
    /// <returns>True on success.</returns>
    public static bool TryCreate(
        string pcid,
        X509Certificate2 contractCertificate,
        [NotNullWhen(true)] out byte[]? aad,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        foreach (X509Extension extension in contractCertificate.Extensions)
        {
            if (extension is X509SubjectKeyIdentifierExtension ski)
            {
                return TryCreate(pcid, ski.SubjectKeyIdentifierBytes.Span, out aad, out error);
            }
        }

        aad = null;
        error = new(KeyTransportErrorKind.InvalidAssociatedData,
            $"contract certificate '{contractCertificate.Subject}' has no SubjectKeyIdentifier extension");
        return false;
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (char c in text)
        {
            if (c < 0x21 || c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }
}
