using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using V2G.Cli.Io;

namespace V2G.Cli.Security;

/// <summary>Reads certificates from files: DER, or PEM with one or more CERTIFICATE blocks (a bundle in file order).</summary>
internal static class CertificateFiles
{
    private static readonly string[] CertificateExtensions = [".pem", ".der", ".crt", ".cer"];

    /// <summary>Reads every certificate of a file.</summary>
    /// <param name="path">A PEM (bundle) or DER file.</param>
    /// <returns>The certificates in file order, at least one.</returns>
    /// <exception cref="InputException">The file cannot be read or holds no certificate.</exception>
    public static IReadOnlyList<X509Certificate2> Load(string path)
    {
        byte[] content = ReadFile(path);
        return TryParse(content, out IReadOnlyList<X509Certificate2> certificates, out string? error)
            ? certificates
            : throw new InputException($"{path}: {error}");
    }

    /// <summary>Reads the certificates of a file, or of every certificate file directly in a folder.</summary>
    /// <param name="path">A file, or a folder whose .pem/.der/.crt/.cer files are read (files without a certificate are skipped).</param>
    /// <returns>The certificates.</returns>
    /// <exception cref="InputException">The path cannot be read or yields no certificate.</exception>
    public static IReadOnlyList<X509Certificate2> LoadFileOrDirectory(string path)
    {
        if (!Directory.Exists(path))
        {
            return Load(path);
        }

        var found = new List<X509Certificate2>();
        IEnumerable<string> files = Directory.EnumerateFiles(path)
            .Where(f => CertificateExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (string file in files)
        {
            if (TryParse(ReadFile(file), out IReadOnlyList<X509Certificate2> certificates, out _))
            {
                found.AddRange(certificates);
            }
        }

        return found.Count > 0 ? found : throw new InputException($"{path}: the folder holds no certificate file");
    }

    /// <summary>The name a certificate is shown by: its subject common name, else the whole subject.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The name.</returns>
    public static string NameOf(X509Certificate2 certificate)
    {
        string cn = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        return string.IsNullOrEmpty(cn) ? certificate.Subject : cn;
    }

    /// <summary>Parses DER bytes as one certificate.</summary>
    /// <param name="der">The DER encoding.</param>
    /// <param name="what">What the bytes are, for the message.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="InputException">The bytes are no certificate.</exception>
    public static X509Certificate2 FromDer(byte[] der, string what)
    {
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException e)
        {
            throw new InputException($"{what} is not a DER certificate: {e.Message}", e);
        }
    }

    private static bool TryParse(byte[] content, out IReadOnlyList<X509Certificate2> certificates, out string? error)
    {
        certificates = [];
        if (!LooksLikePem(content))
        {
            try
            {
                certificates = [X509CertificateLoader.LoadCertificate(content)];
                error = null;
                return true;
            }
            catch (CryptographicException e)
            {
                error = "neither a PEM file nor a DER certificate: " + Diagnostics.OneLine(e.Message);
                return false;
            }
        }

        string text = Encoding.ASCII.GetString(content);
        var found = new List<X509Certificate2>();
        ReadOnlySpan<char> rest = text;
        while (PemEncoding.TryFind(rest, out PemFields fields))
        {
            if (rest[fields.Label].SequenceEqual("CERTIFICATE"))
            {
                try
                {
                    byte[] der = Convert.FromBase64String(rest[fields.Base64Data].ToString());
                    found.Add(X509CertificateLoader.LoadCertificate(der));
                }
                catch (Exception e) when (e is FormatException or CryptographicException)
                {
                    error = $"PEM certificate {found.Count + 1} cannot be read: " + Diagnostics.OneLine(e.Message);
                    return false;
                }
            }

            rest = rest[fields.Location.End..];
        }

        certificates = found;
        error = found.Count == 0 ? "the PEM file holds no CERTIFICATE block" : null;
        return found.Count > 0;
    }

    private static bool LooksLikePem(byte[] content) =>
        content.AsSpan().IndexOf("-----BEGIN "u8) >= 0;

    private static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", e);
        }
    }
}
