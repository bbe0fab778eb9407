using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using V2G.Security.Revocation;
using V2G.Security.TestPki;

namespace V2G.Security.Authority;

/// <summary>
/// The signing CAs of a PKI folder, loaded once with their keys: every CA of <c>certs/</c> with a key in <c>keys/</c>, its
/// delegated OCSP responder when the folder holds one, and which of the folder's certificates it issued.
/// </summary>
public sealed class AuthorityKeyring : IDisposable
{
    private readonly Dictionary<string, SigningAuthority> _byName;

    private AuthorityKeyring(IReadOnlyList<SigningAuthority> authorities)
    {
        Authorities = authorities;
        _byName = authorities.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

    /// <summary>The signing CAs, ordered by name.</summary>
    public IReadOnlyList<SigningAuthority> Authorities { get; }

    /// <summary>The signing CA with this name, or null.</summary>
    /// <param name="name">The CA's name as in <c>certs/</c>.</param>
    public SigningAuthority? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Loads the keys of every signing CA of the folder, or says which one cannot be loaded.</summary>
    /// <param name="pki">The folder.</param>
    /// <param name="keyring">The loaded CAs.</param>
    /// <param name="error">Which key is unusable and why.</param>
    /// <returns>False when a CA or responder key of the folder cannot be read (a service must not start half-able).</returns>
    public static bool TryLoad(PkiDirectory pki, [NotNullWhen(true)] out AuthorityKeyring? keyring, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pki);
        keyring = null;
        var issuedBy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var responders = new Dictionary<string, PkiDirectoryEntry>(StringComparer.Ordinal);
        foreach (PkiDirectoryEntry entry in pki.Entries)
        {
            if (pki.FindIssuer(entry.Certificate) is not { } issuer)
            {
                continue;
            }

            if (!issuedBy.TryGetValue(issuer.Name, out HashSet<string>? serials))
            {
                issuedBy[issuer.Name] = serials = new HashSet<string>(StringComparer.Ordinal);
            }

            serials.Add(CertificateSerial.Of(entry.Certificate));
            if (!entry.IsCertificateAuthority && entry.HasPrivateKey
                && CertificateFacts.HasExtendedKeyUsage(entry.Certificate, OcspResponseVerifier.OcspSigningOid))
            {
                responders.TryAdd(issuer.Name, entry);
            }
        }

        var loaded = new List<SigningAuthority>();
        foreach (PkiDirectoryEntry ca in pki.SigningAuthorities)
        {
            if (!pki.TryLoadAuthority(ca.Name, out IssuedCertificate? authority, out error))
            {
                Release(loaded);
                return false;
            }

            IssuedCertificate? responder = null;
            if (responders.TryGetValue(ca.Name, out PkiDirectoryEntry? delegated)
                && !TryLoadResponder(pki, delegated.Name, out responder, out error))
            {
                authority.Dispose();
                Release(loaded);
                return false;
            }

            IReadOnlySet<string> serials = issuedBy.TryGetValue(ca.Name, out HashSet<string>? set) ? set : new HashSet<string>();
            loaded.Add(new SigningAuthority(authority, responder, serials));
        }

        keyring = new AuthorityKeyring(loaded);
        error = null;
        return true;
    }

    /// <summary>Disposes the loaded keys.</summary>
    public void Dispose() => Release(Authorities);

    private static void Release(IEnumerable<SigningAuthority> authorities)
    {
        foreach (SigningAuthority authority in authorities)
        {
            authority.Authority.Dispose();
            authority.Responder?.Dispose();
        }
    }

    /// <summary>A delegated responder is a leaf: loaded like a CA but without the basicConstraints requirement.</summary>
    private static bool TryLoadResponder(
        PkiDirectory pki, string name, [NotNullWhen(true)] out IssuedCertificate? responder, [NotNullWhen(false)] out string? error)
    {
        responder = null;
        string keyFile = Path.Combine(pki.FullPath, "keys", name + ".key.pem");
        try
        {
            string pem = File.ReadAllText(keyFile);
            if (!PemEncoding.TryFind(pem, out PemFields fields) || pem[fields.Label] != "PRIVATE KEY")
            {
                error = $"{keyFile} holds no PRIVATE KEY PEM block";
                return false;
            }

            PkiKeyPair? key = PkiKeyPair.FromPkcs8(Convert.FromBase64String(pem[fields.Base64Data]), pki.Profile, out error);
            if (key is null)
            {
                error = $"{keyFile}: {error}";
                return false;
            }

            byte[] der = File.ReadAllBytes(Path.Combine(pki.FullPath, "certs", name + ".der"));
            responder = CertificateFactory.Wrap(name, der, key);
            if (!responder.Certificate.PublicKey.EncodedKeyValue.RawData.AsSpan().SequenceEqual(key.PublicKeyInfo.PublicKey.GetOctets()))
            {
                responder.Dispose();
                responder = null;
                error = $"the OCSP responder {name} does not hold the key of {keyFile}";
                return false;
            }

            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or FormatException)
        {
            error = $"cannot load the OCSP responder {name}: {e.Message}";
            return false;
        }
    }
}
