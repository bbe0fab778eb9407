using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security.Revocation;
using V2G.Services.Client.Revocation;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage.Postgres;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Storage;

/// <summary>Two running services on one PostgreSQL database: a revocation made through one changes the other's answers at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServiceTests(PostgresServer server)
{
    private static readonly string Pki = SharedData.Pki("iso2");

    [PostgresFact]
    public async Task A_revocation_through_one_instance_changes_the_ocsp_answer_and_the_crl_of_the_other()
    {
        string database = await server.CreateDatabaseAsync();
        await using var storeA = new PostgresPncStore(database);
        await using var storeB = new PostgresPncStore(database);
        await using TestService a = await TestService.StartAsync(Pki, storeA, o => o with { Store = StoreKind.Postgres });
        await using TestService b = await TestService.StartAsync(Pki, storeB, o => o with { Store = StoreKind.Postgres });
        using X509Certificate2 contract = Load("ContractCert");
        using X509Certificate2 issuer = Load("MOSubCA2");
        var ocspOnB = new OcspClient(b.Client());
        Uri urlB = new(b.BaseAddress, "ocsp");
        Assert.Equal(RevocationStatus.Good, (await ocspOnB.CheckAsync(contract, issuer, urlB, useNonce: false)).Status);
        CrlDocument crlBefore = await new CrlClient(b.Client()).GetCrlAsync("MOSubCA2");

        RevocationReceipt receipt = await new RevocationAdminClient(a.Client(ApiRole.Admin)).RevokeAsync(contract);

        Assert.True(receipt.Added);
        Assert.Equal(RevocationStatus.Revoked, (await ocspOnB.CheckAsync(contract, issuer, urlB, useNonce: false)).Status);
        Assert.Equal(RevocationStatus.Revoked, (await ocspOnB.CheckAsync(contract, issuer, urlB, useNonce: true)).Status);
        CrlDocument crlAfter = await new CrlClient(b.Client()).GetCrlAsync("MOSubCA2");
        Assert.True(Number(crlAfter) > Number(crlBefore), $"{crlAfter.CrlNumber} after {crlBefore.CrlNumber}");
        Assert.Equal(RevocationStatus.Revoked, CrlChecker.Check(crlAfter, contract, issuer, DateTimeOffset.UtcNow).Status);
        Assert.Equal(RevocationStatus.Good, CrlChecker.Check(crlBefore, contract, issuer, DateTimeOffset.UtcNow).Status);
    }

    private static long Number(CrlDocument crl) => long.Parse(crl.CrlNumber!, System.Globalization.NumberStyles.HexNumber);

    private static X509Certificate2 Load(string name) =>
        X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Pki, "certs", name + ".der"));
}
