using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V2G.Security.Authority;
using V2G.Services.Hosting;
using V2G.Services.Storage;

namespace V2G.Services.Features.Ocsp;

/// <summary>The singletons the OCSP, CRL and admin features share: the folder's signing keys and the store as their state.</summary>
internal static class AuthorityServices
{
    /// <summary>Registers the keyring and the state source (once, whichever feature asks first).</summary>
    public static void Add(IServiceCollection services)
    {
        services.TryAddSingleton(provider =>
        {
            PkiDirectory pki = provider.GetRequiredService<PkiDirectory>();
            return AuthorityKeyring.TryLoad(pki, out AuthorityKeyring? keyring, out string? error)
                ? keyring
                : throw new PncServiceConfigurationException($"--pki {pki.FullPath}: {error}");
        });
        services.TryAddSingleton<IAuthorityStateSource>(provider => new StoreAuthorityState(provider.GetRequiredService<IPncStore>()));
    }
}
