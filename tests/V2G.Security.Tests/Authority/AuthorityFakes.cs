using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Authority;

namespace V2G.Security.Tests.Authority;

/// <summary>An in-memory state source whose version the tests move.</summary>
internal sealed class FakeAuthorityState : IAuthorityStateSource
{
    private readonly Dictionary<string, List<AuthorityRevocation>> _revoked = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _issued = [];
    private readonly Dictionary<string, long> _crlNumbers = new(StringComparer.Ordinal);

    public long Version { get; set; }

    public int RevocationReads { get; private set; }

    public void Revoke(string ca, AuthorityRevocation revocation)
    {
        if (!_revoked.TryGetValue(ca, out var list))
        {
            _revoked[ca] = list = [];
        }

        list.Add(revocation);
        _crlNumbers[ca] = _crlNumbers.GetValueOrDefault(ca) + 1;
        Version++;
    }

    public void Issue(string ca, string serial)
    {
        _issued.Add((ca, serial));
        Version++;
    }

    public Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(Version);

    public Task<AuthorityRevocations> GetRevocationsAsync(string caName, CancellationToken cancellationToken = default)
    {
        RevocationReads++;
        IReadOnlyList<AuthorityRevocation> entries = _revoked.TryGetValue(caName, out var list) ? list.ToArray() : [];
        return Task.FromResult(new AuthorityRevocations(entries, _crlNumbers.GetValueOrDefault(caName)));
    }

    public Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default)
    {
        long number = Math.Max(_crlNumbers.GetValueOrDefault(caName) + 1, minimum);
        _crlNumbers[caName] = number;
        return Task.FromResult(number);
    }

    public Task<bool> IsIssuedAsync(string caName, string serialNumberHex, CancellationToken cancellationToken = default) =>
        Task.FromResult(_issued.Contains((caName, serialNumberHex)));
}

/// <summary>A clock the tests set.</summary>
internal sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The shared iso2 folder opened with its keys.</summary>
internal sealed class SharedAuthority : IDisposable
{
    public SharedAuthority(string set = "iso2")
    {
        Folder = PncData.Pki(set);
        if (!PkiDirectory.TryOpen(Folder, out PkiDirectory? pki, out string? error) || !AuthorityKeyring.TryLoad(pki, out var keyring, out error))
        {
            throw new InvalidOperationException(error);
        }

        Pki = pki;
        Keyring = keyring;
    }

    public string Folder { get; }

    public PkiDirectory Pki { get; }

    public AuthorityKeyring Keyring { get; }

    public X509Certificate2 Load(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Folder, "certs", name + ".der"));

    public void Dispose()
    {
        Keyring.Dispose();
        Pki.Dispose();
    }
}
