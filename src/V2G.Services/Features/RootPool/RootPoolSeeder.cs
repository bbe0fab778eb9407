using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using V2G.Security.Authority;
using V2G.Services.Storage;

namespace V2G.Services.Features.RootPool;

/// <summary>
/// Fills the root pool with the PKI folder's roots at start (V2GRootCA as V2G, MORootCA as MO, OEMRootCA as OEM). A root
/// already in the pool is left as it is, so the ids are stable and several instances may start on one store.
/// </summary>
internal sealed class RootPoolSeeder(IPncStore store, PkiDirectory pki, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (PkiDirectoryEntry root in pki.Roots)
        {
            string? type = FolderRoots.TypeOf(root);
            if (type is null)
            {
                continue;
            }

            byte[] der = root.Certificate.RawData;
            string id = RootCertificates.IdOf(der);
            if (await store.GetRootCertificateAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                await store.PutRootCertificateAsync(new RootCertificateRecord(id, type, der, time.GetUtcNow()), cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
