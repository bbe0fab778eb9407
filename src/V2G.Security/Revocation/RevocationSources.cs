using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Revocation;

/// <summary>
/// The CRLs and OCSP responses a <see cref="SourceRevocationChecker"/> answers from. Sources are stored as parsed, unverified:
/// each is verified against the issuer at check time. Fill it before sharing it between threads.
/// </summary>
public sealed class RevocationSources
{
    private readonly List<CrlDocument> crls = [];
    private readonly List<OcspResponseDocument> ocspResponses = [];

    /// <summary>The CRLs held.</summary>
    public IReadOnlyList<CrlDocument> Crls => crls;

    /// <summary>The OCSP responses held.</summary>
    public IReadOnlyList<OcspResponseDocument> OcspResponses => ocspResponses;

    /// <summary>Adds a parsed CRL.</summary>
    public void AddCrl(CrlDocument crl) => crls.Add(crl ?? throw new ArgumentNullException(nameof(crl)));

    /// <summary>Adds a parsed OCSP response.</summary>
    public void AddOcspResponse(OcspResponseDocument response) =>
        ocspResponses.Add(response ?? throw new ArgumentNullException(nameof(response)));

    /// <summary>Parses and adds a CRL (DER or PEM).</summary>
    public bool TryAddCrl(ReadOnlySpan<byte> data, [NotNullWhen(false)] out string? error)
    {
        if (!CrlDocument.TryParse(data, out CrlDocument? crl, out error))
        {
            return false;
        }

        crls.Add(crl);
        return true;
    }

    /// <summary>Reads, parses and adds a CRL file (DER or PEM).</summary>
    public bool TryAddCrlFile(string path, [NotNullWhen(false)] out string? error)
    {
        if (!CrlDocument.TryLoad(path, out CrlDocument? crl, out error))
        {
            return false;
        }

        crls.Add(crl);
        return true;
    }

    /// <summary>Parses and adds an OCSP response (DER).</summary>
    public bool TryAddOcspResponse(ReadOnlySpan<byte> data, [NotNullWhen(false)] out string? error)
    {
        if (!OcspResponseDocument.TryParse(data, out OcspResponseDocument? response, out error))
        {
            return false;
        }

        ocspResponses.Add(response);
        return true;
    }

    /// <summary>Reads, parses and adds an OCSP response file (DER).</summary>
    public bool TryAddOcspResponseFile(string path, [NotNullWhen(false)] out string? error)
    {
        if (!OcspResponseDocument.TryLoad(path, out OcspResponseDocument? response, out error))
        {
            return false;
        }

        ocspResponses.Add(response);
        return true;
    }

    /// <summary>The CRLs whose issuer name is the certificate's issuer name.</summary>
    internal IEnumerable<CrlDocument> CrlsFor(X509Certificate2 certificate) =>
        crls.Where(c => CrlChecker.NamesEqual(c.Issuer, certificate.IssuerName));

    /// <summary>The OCSP responses with a single response for the certificate's serial (issuer checked at verification).</summary>
    internal IEnumerable<OcspResponseDocument> OcspFor(X509Certificate2 certificate)
    {
        string serial = CertificateFacts.SerialHex(certificate);
        return ocspResponses.Where(r => r.SerialNumbers.Contains(serial));
    }
}
