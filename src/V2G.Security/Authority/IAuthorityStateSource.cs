using System.Threading;
using System.Threading.Tasks;

namespace V2G.Security.Authority;

/// <summary>
/// Where an <see cref="OcspResponder"/> and a <see cref="CrlPublisher"/> read the revocation state of the folder's CAs
/// (a service's store). Every call goes to the source: answers must follow revocations made elsewhere at once.
/// </summary>
public interface IAuthorityStateSource
{
    /// <summary>A number that moves whenever a revocation or an issued certificate was recorded (cheap; read per request).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The revoked certificates of a CA and the number of its current CRL.</summary>
    /// <param name="caName">The CA's name as in the folder's <c>certs/</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<AuthorityRevocations> GetRevocationsAsync(string caName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the next CRL number of a CA (past its current one and at least <paramref name="minimum"/>): every CRL signed gets
    /// its own number, so no two CRLs of one CA share one (RFC 5280 5.2.3), also across restarts and instances.
    /// </summary>
    /// <param name="caName">The CA's name.</param>
    /// <param name="minimum">The least number to take (1 past a folder CRL's number, or 0).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default);

    /// <summary>Whether the service issued a certificate with this serial under this CA (then OCSP answers good for it).</summary>
    /// <param name="caName">The CA's name.</param>
    /// <param name="serialNumberHex">The serial in the form of <see cref="CertificateSerial"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<bool> IsIssuedAsync(string caName, string serialNumberHex, CancellationToken cancellationToken = default);
}
