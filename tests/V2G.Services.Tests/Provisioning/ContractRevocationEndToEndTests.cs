using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Pools;
using V2G.Services.Client.Revocation;
using V2G.Services.Security;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Provisioning;

/// <summary>
/// The last step of the provisioning story: the charger checks the contract chain of an AuthorizationReq with OCSP answers
/// from the running service; once the MO's contract is revoked through the admin endpoint, the same check fails.
/// </summary>
public sealed class ContractRevocationEndToEndTests
{
    private static readonly byte[] SessionId = Convert.FromHexString("2122232425262728");

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public async Task After_the_contract_is_revoked_the_chargers_ocsp_check_fails(string set)
    {
        var car = new Car(SharedData.Pki(set));
        await using TestService service = await TestService.StartAsync(SharedData.Pki(set));
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);
        MessageDef delivered = Assert.Single(
            await new ContractPoolClient(service.Client(ApiRole.Cpo)).ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace));
        byte[]? x448 = delivered.ContractKeyAgreementPublicKey is { } k ? Convert.FromBase64String(k) : null;
        var installed = car.Install(Convert.FromBase64String(delivered.CertificateInstallationRes!), x448);
        Assert.True(installed.IsSuccess, installed.ToString());
        using InstalledContract contract = installed.Value;
        if (car.Profile != SecurityProfile.Iso20Ed448)
        {
            ContractProvisioningEndToEndTests.AuthorizeWith(car, contract, contract.ContractChain.Leaf);
        }

        ChainValidationResult before = await ValidateWithOcspAsync(service, car, contract.ContractChain);
        Assert.True(before.IsValid, before.ToString());

        RevocationReceipt receipt = await new RevocationAdminClient(service.Client(ApiRole.Admin))
            .RevokeAsync(contract.ContractChain.Leaf, RevocationReason.KeyCompromise);
        Assert.Equal("MOSubCA2", receipt.CaName);

        ChainValidationResult after = await ValidateWithOcspAsync(service, car, contract.ContractChain);
        Assert.False(after.IsValid);
        ChainFailure failure = after.Failure!;
        Assert.Equal(ChainRule.Revoked, failure.Rule);
        Assert.Equal(0, failure.Position);
    }

    /// <summary>What a charger does with the chain of an AuthorizationReq: every link's status from the service's responder.</summary>
    private static async Task<ChainValidationResult> ValidateWithOcspAsync(TestService service, Car car, CertificateChainData chain)
    {
        var links = new List<(X509Certificate2 Subject, X509Certificate2 Issuer)>();
        X509Certificate2 root = car.Cert("MORootCA");
        var path = new List<X509Certificate2> { chain.Leaf };
        path.AddRange(chain.SubCertificates);
        path.Add(root);
        for (int i = 0; i + 1 < path.Count; i++)
        {
            links.Add((path[i], path[i + 1]));
        }

        var transport = new HttpOcspTransport(service.Client());
        var url = new Uri(service.BaseAddress, "ocsp");
        var sources = new RevocationSources();
        foreach ((X509Certificate2 subject, X509Certificate2 issuer) in links)
        {
            OcspRequest request = OcspRequestBuilder.Build(subject, issuer, nonce: OcspRequestBuilder.NewNonce());
            OcspFetchResult fetched = await transport.FetchAsync(url, request);
            Assert.True(fetched.Response is not null, fetched.Error);
            sources.AddOcspResponse(fetched.Response);
        }

        return CertificateChainValidator.Validate(chain.Leaf, chain.SubCertificates, [root], new ChainValidationOptions
        {
            Profile = car.Profile,
            Role = CertificateRole.Contract,
            ValidationTime = DateTimeOffset.UtcNow,
            RevocationChecker = new SourceRevocationChecker(sources),
            RevocationPolicy = RevocationPolicy.Require,
        });
    }
}
