using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Security.KeyTransport;

namespace V2G.Cli.Security;

/// <summary>
/// Builds the ISO 15118-20 AAD PCID || SKI ([V2G20-2492]) from the command line: the PCID from <c>--pcid</c>, the CN of
/// <c>--recipient-cert</c>, or the certificate stored next to the recipient key in the shared test PKI layout; the SKI from
/// <c>--ski</c> or the contract certificate.
/// </summary>
internal static class TransportAad
{
    /// <summary>The AAD for a profile; empty for ISO 15118-2.</summary>
    /// <param name="arguments">The sub-command's arguments.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="keyPath">The recipient key's path, if any, for the PCID found next to it.</param>
    /// <param name="contractCertificate">The contract certificate, if known, for its SKI.</param>
    /// <param name="notes">Standard error, for a note on where the PCID came from.</param>
    /// <returns>The AAD bytes.</returns>
    /// <exception cref="UsageException">AAD options for ISO 15118-2, or no PCID / SKI source for ISO 15118-20.</exception>
    /// <exception cref="InputException">A certificate cannot be read, or the PCID / SKI are unusable.</exception>
    public static byte[] Build(
        ParsedArguments arguments, KeyTransportProfile profile, string? keyPath, X509Certificate2? contractCertificate, TextWriter notes)
    {
        string? pcid = arguments.Single(SecurityOptions.Pcid.Name);
        string? skiHex = arguments.Single(SecurityOptions.Ski.Name);
        string? recipientCert = arguments.Single(SecurityOptions.RecipientCert.Name);
        if (!KeyTransportNames.NeedsAad(profile))
        {
            if (pcid != null || skiHex != null)
            {
                throw new UsageException($"'{arguments.Command}': ISO 15118-2 key transport (AES-CBC) has no AAD; drop --pcid/--ski");
            }

            return [];
        }

        pcid ??= PcidFromCertificate(recipientCert, keyPath, notes, arguments.Command)
            ?? throw new UsageException(
                $"'{arguments.Command}' needs the PCID for the ISO 15118-20 AAD: --pcid PCID or --recipient-cert OEMProvCert.pem");
        byte[] ski = skiHex != null
            ? ParseSki(skiHex)
            : SkiOf(contractCertificate ?? throw new UsageException(
                $"'{arguments.Command}' needs the contract certificate SKI for the ISO 15118-20 AAD: --ski HEX or --contract-cert CERT"));
        return KeyTransportAad.TryCreate(pcid, ski, out byte[]? aad, out KeyTransportError? error)
            ? aad
            : throw new InputException($"{error.Kind}: {error.Message}");
    }

    private static string? PcidFromCertificate(string? recipientCert, string? keyPath, TextWriter notes, string command)
    {
        if (recipientCert != null)
        {
            return CertificateFiles.NameOf(CertificateFiles.Load(recipientCert)[0]);
        }

        if (keyPath is null || CertificateNextTo(keyPath) is not { } found)
        {
            return null;
        }

        string cn = CertificateFiles.NameOf(CertificateFiles.Load(found)[0]);
        Diagnostics.Note(notes, "v2g " + command, $"PCID '{cn}' taken from {found} (the certificate of the key; give --pcid to override)");
        return cn;
    }

    /// <summary>The test PKI layout: <c>keys/NAME[_X448].key.pem|.hex</c> belongs to <c>certs/NAME.pem</c>.</summary>
    private static string? CertificateNextTo(string keyPath)
    {
        string? keys = Path.GetDirectoryName(Path.GetFullPath(keyPath));
        string name = Path.GetFileName(keyPath);
        int dot = name.IndexOf(".key.", StringComparison.Ordinal);
        if (keys is null || dot <= 0 || !string.Equals(Path.GetFileName(keys), "keys", StringComparison.Ordinal))
        {
            return null;
        }

        string baseName = name[..dot];
        if (baseName.EndsWith("_X448", StringComparison.Ordinal))
        {
            baseName = baseName[..^"_X448".Length];
        }

        string candidate = Path.Combine(Path.GetDirectoryName(keys) ?? ".", "certs", baseName + ".pem");
        return File.Exists(candidate) ? candidate : null;
    }

    private static byte[] ParseSki(string hex)
    {
        try
        {
            return HexText.Parse(hex);
        }
        catch (InputException e)
        {
            throw new UsageException("option '--ski': " + e.Message);
        }
    }

    private static byte[] SkiOf(X509Certificate2 certificate)
    {
        foreach (X509Extension extension in certificate.Extensions)
        {
            if (extension is X509SubjectKeyIdentifierExtension ski)
            {
                return ski.SubjectKeyIdentifierBytes.ToArray();
            }
        }

        throw new InputException($"contract certificate '{CertificateFiles.NameOf(certificate)}' has no SubjectKeyIdentifier (give --ski)");
    }
}
