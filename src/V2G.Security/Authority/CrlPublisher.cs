using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using V2G.Security.Revocation;

namespace V2G.Security.Authority;

/// <summary>
/// Signs each signing CA's CRL (RFC 5280) from its revocation entries: authorityKeyIdentifier of the CA, thisUpdate now,
/// nextUpdate after the validity, and a CRLNumber taken from the state source for every CRL signed (so a CRL signed again,
/// after a restart or by another instance, never repeats a number). A CRL is kept and signed again only when the CA's
/// revocations changed or it reached half its validity. Thread-safe.
/// </summary>
public sealed class CrlPublisher
{
    private readonly AuthorityKeyring _keyring;
    private readonly IAuthorityStateSource _state;
    private readonly TimeSpan _validity;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, PublishedCrl> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signing = new(StringComparer.Ordinal);

    /// <summary>Creates the publisher.</summary>
    /// <param name="keyring">The CAs it signs for.</param>
    /// <param name="state">Where revocations and CRL numbers are read.</param>
    /// <param name="validity">nextUpdate - thisUpdate.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public CrlPublisher(AuthorityKeyring keyring, IAuthorityStateSource state, TimeSpan validity, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(keyring);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validity, TimeSpan.Zero);
        _keyring = keyring;
        _state = state;
        _validity = validity;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The current CRL of a CA, or null when the folder has no signing CA of this name.</summary>
    /// <param name="caName">The CA's name as in <c>certs/</c>.</param>
    /// <param name="cancellationToken">Cancels reading the state.</param>
    public async Task<PublishedCrl?> GetCrlAsync(string caName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caName);
        if (_keyring.Find(caName) is not { } ca)
        {
            return null;
        }

        AuthorityRevocations state = await _state.GetRevocationsAsync(caName, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds());
        if (IsCurrent(caName, state, now, out PublishedCrl? cached))
        {
            return cached;
        }

        SemaphoreSlim gate = _signing.GetOrAdd(caName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have signed while this one waited.
            state = await _state.GetRevocationsAsync(caName, cancellationToken).ConfigureAwait(false);
            if (IsCurrent(caName, state, now, out cached))
            {
                return cached;
            }

            // Number first, entries after: every revocation committed before this CRL's number was taken is in it (a
            // revocation moves the number in its own transaction).
            long number = await _state.AdvanceCrlNumberAsync(caName, 0, cancellationToken).ConfigureAwait(false);
            state = await _state.GetRevocationsAsync(caName, cancellationToken).ConfigureAwait(false);
            PublishedCrl crl = Sign(ca, state.Entries, number, now);
            return _cache.AddOrUpdate(caName, crl, (_, old) => old.CrlNumber > crl.CrlNumber ? old : crl);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Whether the kept CRL still stands: same revocations (they are never withdrawn, so the count tells) and fresh.</summary>
    private bool IsCurrent(string caName, AuthorityRevocations state, DateTimeOffset now, [NotNullWhen(true)] out PublishedCrl? cached) =>
        _cache.TryGetValue(caName, out cached) && cached.EntryCount == state.Entries.Count && now < cached.ThisUpdate + _validity / 2;

    private PublishedCrl Sign(SigningAuthority ca, IReadOnlyList<AuthorityRevocation> entries, long number, DateTimeOffset now)
    {
        DateTimeOffset nextUpdate = now + _validity;
        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(new X509Certificate(ca.Certificate.RawData).SubjectDN);
        generator.SetThisUpdate(now.UtcDateTime);
        generator.SetNextUpdate(nextUpdate.UtcDateTime);
        foreach (AuthorityRevocation entry in entries.OrderBy(e => e.RevokedAt))
        {
            var serial = new BigInteger(entry.SerialNumberHex, 16);
            // RFC 5280 5.3.1: reasonCode unspecified SHOULD be absent; BouncyCastle omits it for reason 0.
            generator.AddCrlEntry(serial, entry.RevokedAt.UtcDateTime, (int)entry.Reason);
        }

        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyIdentifier(ca)));
        generator.AddExtension(X509Extensions.CrlNumber, false, new CrlNumber(BigInteger.ValueOf(number)));
        byte[] der = generator.Generate(ca.Authority.Key.Signer()).GetEncoded();
        return new PublishedCrl(ca.Name, number, der, now, nextUpdate, entries.Count);
    }

    /// <summary>The CA's own subjectKeyIdentifier (what its certificates' AKI say), else the SHA-1 of its key.</summary>
    private static byte[] KeyIdentifier(SigningAuthority ca) =>
        CertificateFacts.SubjectKeyIdentifier(ca.Certificate) ?? SHA1.HashData(CertificateFacts.SubjectPublicKeyBits(ca.Certificate));
}
