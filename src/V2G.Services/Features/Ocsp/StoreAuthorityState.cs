using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using V2G.Services.Storage;

namespace V2G.Services.Features.Ocsp;

/// <summary>The store as the OCSP responder's and CRL publisher's state: nothing is copied, every read goes to the store.</summary>
/// <param name="store">The service's store.</param>
internal sealed class StoreAuthorityState(IPncStore store) : IAuthorityStateSource
{
    /// <inheritdoc />
    public Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default) => store.GetChangeVersionAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<AuthorityRevocations> GetRevocationsAsync(string caName, CancellationToken cancellationToken = default)
    {
        RevocationState state = await store.GetRevocationStateAsync(caName, cancellationToken).ConfigureAwait(false);
        return new AuthorityRevocations(
            state.Entries.Select(e => new AuthorityRevocation(e.SerialNumberHex, e.RevokedAt, ReasonOf(e.Reason))).ToArray(), state.CrlNumber);
    }

    /// <inheritdoc />
    public Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default) =>
        store.AdvanceCrlNumberAsync(caName, minimum, cancellationToken);

    public async Task<bool> IsIssuedAsync(string caName, string serialNumberHex, CancellationToken cancellationToken = default) =>
        await store.FindIssuedCertificateAsync(caName, serialNumberHex, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>A code the store holds but RFC 5280 does not define reads as unspecified (still revoked).</summary>
    private static RevocationReason ReasonOf(int code) =>
        RevocationReasonNames.TryFromCode(code, out RevocationReason reason) ? reason : RevocationReason.Unspecified;
}
