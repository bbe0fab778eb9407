using System;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Services.Storage;

namespace V2G.Services.Features.Provisioning;

/// <summary>
/// Whether a contract of the contract pool may be delivered again: its contract certificate must be inside its validity period and
/// not listed in the store's revocation entries of its issuing CA (a CA of the PKI folder). A contract whose issuer is not a CA of
/// the folder cannot be checked and is not delivered (fail closed).
/// </summary>
internal static class PooledContractCheck
{
    /// <summary>Why the pooled contract must not be delivered, or null when it may be.</summary>
    /// <param name="record">The pooled contract.</param>
    /// <param name="pki">The PKI folder (the issuing CA's name).</param>
    /// <param name="store">The store (revocation entries).</param>
    /// <param name="now">The delivery time.</param>
    /// <param name="cancellationToken">Cancels the store read.</param>
    public static async Task<string?> ProblemAsync(
        ContractDataRecord record, PkiDirectory pki, IPncStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        X509Certificate2 leaf;
        try
        {
            leaf = X509CertificateLoader.LoadCertificate(record.ContractCertificate);
        }
        catch (CryptographicException)
        {
            return $"the pooled contract certificate of {record.Emaid} is not DER X.509";
        }

        using (leaf)
        {
            if (now < leaf.NotBefore.ToUniversalTime() || now > leaf.NotAfter.ToUniversalTime())
            {
                return $"the pooled contract certificate of {record.Emaid} is valid only from {leaf.NotBefore.ToUniversalTime():u} "
                    + $"to {leaf.NotAfter.ToUniversalTime():u}";
            }

            if (pki.FindIssuer(leaf) is not { } issuer)
            {
                return $"the issuer of the pooled contract certificate of {record.Emaid} ('{leaf.Issuer}') is not a CA of this service";
            }

            // Any listed entry counts, also one dated later: a contract about to be revoked is not handed out again.
            string serial = CertificateSerial.Of(leaf);
            RevocationState state = await store.GetRevocationStateAsync(issuer.Name, cancellationToken).ConfigureAwait(false);
            if (state.Entries.Any(e => CertificateSerial.TryParse(e.SerialNumberHex, out string listed) && listed == serial))
            {
                return $"the pooled contract certificate of {record.Emaid} (serial {serial}) is revoked by {issuer.Name}";
            }

            return null;
        }
    }
}
