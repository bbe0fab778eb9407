using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.TestPki;

namespace V2G.Security.Authority;

/// <summary>
/// A PKI folder as <c>v2g pki init</c> writes it (and as the shared test PKI is laid out): <c>manifest.json</c> naming the
/// profile, <c>certs/&lt;name&gt;.der</c> and, for the CAs a service signs with, <c>keys/&lt;name&gt;.key.pem</c> (PKCS#8).
/// Only <c>certs/</c> is read: the <c>broken/</c> variants are not certificates of the PKI.
/// </summary>
public sealed class PkiDirectory : IDisposable
{
    private readonly Dictionary<string, PkiDirectoryEntry> _byName;

    private PkiDirectory(string path, SecurityProfile profile, IReadOnlyList<PkiDirectoryEntry> entries)
    {
        FullPath = path;
        Profile = profile;
        Entries = entries;
        _byName = entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
    }

    /// <summary>The folder's full path.</summary>
    public string FullPath { get; }

    /// <summary>The security profile the manifest names.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>Every certificate of <c>certs/</c>, ordered by name.</summary>
    public IReadOnlyList<PkiDirectoryEntry> Entries { get; }

    /// <summary>The CAs whose private key the folder holds (the ones a service can sign CRLs, OCSP answers and certificates with).</summary>
    public IEnumerable<PkiDirectoryEntry> SigningAuthorities => Entries.Where(e => e.IsCertificateAuthority && e.HasPrivateKey);

    /// <summary>The self-signed CA certificates (V2G, MO, OEM roots).</summary>
    public IEnumerable<PkiDirectoryEntry> Roots => Entries.Where(e => e.IsCertificateAuthority && e.IsSelfSigned);

    /// <summary>Reads a PKI folder, or says why it cannot.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="directory">The folder's certificates.</param>
    /// <param name="error">Why the folder is not a PKI folder.</param>
    /// <returns>True if the manifest names a known profile and every <c>certs/*.der</c> parses.</returns>
    public static bool TryOpen(string path, [NotNullWhen(true)] out PkiDirectory? directory, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        directory = null;
        string full = Path.GetFullPath(path);
        if (!TestPkiFolderIssuer.TryReadProfile(full, out SecurityProfile profile, out TestPkiProblem? problem))
        {
            error = problem.Message;
            return false;
        }

        string certs = Path.Combine(full, "certs");
        var entries = new List<PkiDirectoryEntry>();
        try
        {
            foreach (string file in Directory.GetFiles(certs, "*.der").Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(file);
                X509Certificate2 certificate = X509CertificateLoader.LoadCertificateFromFile(file);
                bool isCa = certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);
                bool selfSigned = certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);
                bool hasKey = File.Exists(Path.Combine(full, "keys", name + ".key.pem"));
                entries.Add(new PkiDirectoryEntry(name, certificate, isCa, selfSigned, hasKey));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            entries.ForEach(x => x.Certificate.Dispose());
            error = $"cannot read the certificates of '{certs}': {e.Message}";
            return false;
        }

        if (entries.Count == 0)
        {
            error = $"'{certs}' holds no .der certificate";
            return false;
        }

        directory = new PkiDirectory(full, profile, entries);
        error = null;
        return true;
    }

    /// <summary>The certificate with this name, or null.</summary>
    /// <param name="name">The file name without extension.</param>
    public PkiDirectoryEntry? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The CA of this folder that issued <paramref name="certificate"/>: its subject is the certificate's issuer name and its key
    /// verifies the certificate's signature. Null when no CA of the folder issued it (a foreign certificate).
    /// </summary>
    /// <param name="certificate">Any certificate.</param>
    public PkiDirectoryEntry? FindIssuer(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!CertificateParser.TryParse(certificate, out ParsedCertificate? subject, out _))
        {
            return null;
        }

        foreach (PkiDirectoryEntry candidate in Entries)
        {
            if (candidate.IsCertificateAuthority
                && candidate.Certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData)
                && CertificateParser.TryParse(candidate.Certificate, out ParsedCertificate? issuer, out _)
                && CertificateSignatureVerifier.Verify(subject, issuer, out _))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Loads a CA's certificate with its private key (for signing inside this library).</summary>
    internal bool TryLoadAuthority(string name, [NotNullWhen(true)] out IssuedCertificate? authority, [NotNullWhen(false)] out string? error)
    {
        if (TestPkiFolderIssuer.TryLoad(FullPath, name, Profile, out authority, out TestPkiProblem? problem))
        {
            error = null;
            return true;
        }

        error = problem.Message;
        return false;
    }

    /// <summary>Disposes the loaded certificates.</summary>
    public void Dispose()
    {
        foreach (PkiDirectoryEntry entry in Entries)
        {
            entry.Certificate.Dispose();
        }
    }
}
