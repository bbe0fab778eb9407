using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Security.Certificates;
using Org.BouncyCastle.X509;

namespace V2G.Security.Revocation;

/// <summary>A parsed certificate revocation list (RFC 5280 section 5). Parsing does not verify it: see <see cref="CrlChecker"/>.</summary>
public sealed class CrlDocument
{
    private CrlDocument(X509Crl crl, byte[] der)
    {
        Crl = crl;
        Der = der;
        Issuer = new X500DistinguishedName(crl.CertificateList.Issuer.GetDerEncoded());
        ThisUpdate = new DateTimeOffset(DateTime.SpecifyKind(crl.ThisUpdate, DateTimeKind.Utc));
        NextUpdate = crl.NextUpdate is { } next ? new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc)) : null;
        Asn1OctetString? number = crl.GetExtensionValue(X509Extensions.CrlNumber);
        CrlNumber = number is null ? null : DerInteger.GetInstance(number.GetOctets()).Value.ToString(16).ToUpperInvariant();
        Name = $"CRL of {CertificateFacts.DisplayName(Issuer)}" + (CrlNumber is null ? "" : $" (CRLNumber {CrlNumber})");
    }

    /// <summary>The DER encoding.</summary>
    public byte[] Der { get; }

    /// <summary>The CRL issuer name.</summary>
    public X500DistinguishedName Issuer { get; }

    /// <summary>thisUpdate.</summary>
    public DateTimeOffset ThisUpdate { get; }

    /// <summary>nextUpdate, or null when the CRL has none.</summary>
    public DateTimeOffset? NextUpdate { get; }

    /// <summary>The CRLNumber as hex, or null when absent.</summary>
    public string? CrlNumber { get; }

    /// <summary>A name for messages, e.g. "CRL of MOSubCA2 (CRLNumber 1)".</summary>
    public string Name { get; }

    internal X509Crl Crl { get; }

    /// <summary>Parses a CRL from DER or PEM ("X509 CRL") bytes.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, [NotNullWhen(true)] out CrlDocument? crl, [NotNullWhen(false)] out string? error)
    {
        crl = null;
        if (!PemOrDer.TryGetDer(data, "X509 CRL", out byte[] der, out error))
        {
            error = "not a CRL: " + error;
            return false;
        }

        try
        {
            X509Crl? parsed = new X509CrlParser().ReadCrl(der);
            if (parsed is null)
            {
                error = "not a CRL: no CertificateList found";
                return false;
            }

            crl = new CrlDocument(parsed, der);
            return true;
        }
        catch (Exception e) when (e is CrlException or IOException or ArgumentException or InvalidCastException or FormatException)
        {
            error = "not a CRL: " + e.Message;
            return false;
        }
    }

    /// <summary>Reads and parses a CRL file (DER or PEM).</summary>
    public static bool TryLoad(string path, [NotNullWhen(true)] out CrlDocument? crl, [NotNullWhen(false)] out string? error) =>
        PemOrDer.TryLoadFile(path, TryParse, out crl, out error);
}
