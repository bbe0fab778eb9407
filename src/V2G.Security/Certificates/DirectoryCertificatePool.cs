using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace V2G.Security.Certificates;

/// <summary>
/// A certificate pool read from a folder of .pem/.crt/.cer/.der files (PEM files may be bundles of several certificates).
/// Self-signed CA certificates whose self-signature verifies become trust anchors, of the group the caller states or else
/// of the group their Domain Component names (V2G, MO, OEM); every other certificate is available to issuer lookups only.
/// </summary>
public sealed class DirectoryCertificatePool : ICertificatePool
{
    private static readonly string[] Extensions = [".pem", ".crt", ".cer", ".der"];
    private readonly InMemoryCertificatePool pool = new();
    private readonly List<string> skipped = [];

    private DirectoryCertificatePool(string directory) => Directory = directory;

    /// <summary>The folder the pool was read from.</summary>
    public string Directory { get; }

    /// <summary>Files or certificates that were not taken into the pool, each with the reason.</summary>
    public IReadOnlyList<string> Skipped => skipped;

    /// <summary>Every certificate read, anchors included.</summary>
    public IReadOnlyList<X509Certificate2> Certificates => pool.Certificates;

    /// <summary>Reads the certificate files directly in <paramref name="directory"/> (not its subfolders).</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="group">The group of every root found there, or null to classify each root by its Domain Component.</param>
    /// <param name="result">The pool, when the folder could be read.</param>
    /// <param name="error">Why the folder could not be read.</param>
    public static bool TryLoad(
        string directory, TrustAnchorGroup? group,
        [NotNullWhen(true)] out DirectoryCertificatePool? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(directory) || !System.IO.Directory.Exists(directory))
        {
            error = $"certificate folder '{directory}' does not exist";
            return false;
        }

        var loaded = new DirectoryCertificatePool(directory);
        try
        {
            string[] files = System.IO.Directory.GetFiles(directory);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                if (Array.Exists(Extensions, e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                {
                    loaded.LoadFile(file, group);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"certificate folder '{directory}' cannot be read: {e.Message}";
            return false;
        }

        result = loaded;
        error = null;
        return true;
    }

    private void LoadFile(string file, TrustAnchorGroup? group)
    {
        byte[] content = File.ReadAllBytes(file);
        string name = Path.GetFileName(file);
        if (!LooksLikePem(content))
        {
            Add(content, name, group);
            return;
        }

        ReadOnlySpan<char> text = Encoding.ASCII.GetString(content);
        int count = 0;
        while (PemEncoding.TryFind(text, out PemFields fields))
        {
            if (text[fields.Label].SequenceEqual("CERTIFICATE"))
            {
                Add(Convert.FromBase64String(text[fields.Base64Data].ToString()), $"{name} #{++count}", group);
            }

            text = text[fields.Location.End..];
        }

        if (count == 0)
        {
            skipped.Add($"{name}: no CERTIFICATE block");
        }
    }

    private void Add(byte[] der, string origin, TrustAnchorGroup? group)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException e)
        {
            skipped.Add($"{origin}: not a certificate ({e.Message})");
            return;
        }

        if (!CertificateParser.TryParse(certificate, out ParsedCertificate? parsed, out string? error))
        {
            skipped.Add($"{origin}: {error}");
            return;
        }

        if (!parsed.IsSelfIssued || !parsed.IsCa)
        {
            pool.AddCertificate(certificate);
            return;
        }

        if (!CertificateSignatureVerifier.Verify(parsed, parsed, out string reason))
        {
            skipped.Add($"{origin}: self-issued CA '{parsed.DisplayName}' whose self-signature fails ({reason})");
            return;
        }

        string? domainComponent = parsed.DomainComponents.Count == 1 ? parsed.DomainComponents[0] : null;
        if ((group ?? TrustAnchorGroups.FromDomainComponent(domainComponent)) is not { } anchorGroup)
        {
            skipped.Add($"{origin}: root '{parsed.DisplayName}' has no DC of V2G, MO or OEM and no group was stated");
            return;
        }

        pool.AddTrustAnchor(certificate, anchorGroup);
    }

    private static bool LooksLikePem(byte[] content) =>
        Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 4096)).Contains("-----BEGIN", StringComparison.Ordinal);

    /// <inheritdoc/>
    public IReadOnlyList<X509Certificate2> GetTrustAnchors(TrustAnchorGroup group) => pool.GetTrustAnchors(group);

    /// <inheritdoc/>
    public IReadOnlyList<X509Certificate2> FindBySubject(X500DistinguishedName subject) => pool.FindBySubject(subject);

    /// <inheritdoc/>
    public IReadOnlyList<X509Certificate2> FindBySubjectKeyIdentifier(ReadOnlySpan<byte> keyIdentifier) =>
        pool.FindBySubjectKeyIdentifier(keyIdentifier);
}
