using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security;
using V2G.Security.Revocation;
using V2G.Services.Features.Provisioning;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Revocation;

/// <summary>
/// The service's own revocation answers speak only for CAs whose revocations all go through the store: a CA the service holds
/// the key of, or one whose folder CRL it imported. A keyless CA without a CRL is unknown (fail closed), never "good".
/// </summary>
public sealed class StoreRevocationCheckerTests
{
    [Theory]
    [InlineData(true, true, RevocationStatus.Revoked)]
    [InlineData(false, true, RevocationStatus.Revoked)]
    [InlineData(true, false, RevocationStatus.Revoked)]
    [InlineData(false, false, RevocationStatus.Unknown)]
    public async Task A_keyless_ca_counts_only_with_its_folder_crl(bool keepKey, bool keepCrl, RevocationStatus expected)
    {
        using TempPkiFolder folder = TempPkiFolder.Create(SecurityProfile.Iso2);
        if (!keepKey)
        {
            File.Delete(Path.Combine(folder.Path, "keys", "MOSubCA2.key.pem"));
        }

        if (!keepCrl)
        {
            File.Delete(Path.Combine(folder.Path, "crl", "MOSubCA2.crl.der"));
        }

        await using TestService service = await TestService.StartAsync(folder.Path);
        using X509Certificate2 revoked = Load(folder, "ContractCert2");
        using X509Certificate2 good = Load(folder, "ContractCert");
        using X509Certificate2 issuer = Load(folder, "MOSubCA2");
        if (keepKey && !keepCrl)
        {
            // Without its folder CRL the service's own CA has no revocation yet: revoke through the store as the admin route does.
            await service.Service.Store.RevokeAsync(new V2G.Services.Storage.RevocationEntry(
                "MOSubCA2", V2G.Security.Authority.CertificateSerial.Of(revoked), DateTimeOffset.UtcNow.AddMinutes(-1), 1));
        }

        StoreRevocationChecker checker = await StoreRevocationChecker.LoadAsync(service.Service.Store, service.Service.Pki, default);

        RevocationCheckResult forRevoked = checker.Check(revoked, issuer, DateTimeOffset.UtcNow);
        Assert.Equal(expected, forRevoked.Status);
        RevocationCheckResult forGood = checker.Check(good, issuer, DateTimeOffset.UtcNow);
        Assert.Equal(expected == RevocationStatus.Unknown ? RevocationStatus.Unknown : RevocationStatus.Good, forGood.Status);
        if (expected == RevocationStatus.Unknown)
        {
            Assert.Contains("no revocation state of the issuer", forGood.Reason, StringComparison.Ordinal);
        }
    }

    private static X509Certificate2 Load(TempPkiFolder folder, string name) =>
        X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder.Path, "certs", name + ".der"));
}
