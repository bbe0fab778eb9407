using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Revocation;
using V2G.Services.Client.Revocation;
using V2G.Services.Security;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Revocation;

/// <summary>The library's chain validation with OCSP required, its answers fetched from the running responder.</summary>
public class ChainValidationOverOcspTests
{
    [Theory]
    [InlineData("iso2", SecurityProfile.Iso2)]
    [InlineData("iso20", SecurityProfile.Iso20Secp521)]
    [InlineData("iso20_ed448", SecurityProfile.Iso20Ed448)]
    public async Task ContractChain_ValidatesWithOcspFromTheService_UntilTheContractIsRevoked(string set, SecurityProfile profile)
    {
        string pki = SharedData.Pki(set);
        X509Certificate2 Load(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(pki, "certs", name + ".der"));
        await using TestService service = await TestService.StartAsync(pki);
        using X509Certificate2 contract = Load("ContractCert");
        using X509Certificate2 revoked = Load("ContractCert2");
        using X509Certificate2 subCa2 = Load("MOSubCA2");
        using X509Certificate2 subCa1 = Load("MOSubCA1");
        using X509Certificate2 root = Load("MORootCA");
        var transport = new HttpOcspTransport(service.Client());
        var url = new Uri(service.BaseAddress, "ocsp");

        async Task<ChainValidationResult> ValidateAsync(X509Certificate2 leaf)
        {
            var sources = new RevocationSources();
            foreach ((X509Certificate2 certificate, X509Certificate2 issuer) in new[] { (leaf, subCa2), (subCa2, subCa1), (subCa1, root) })
            {
                OcspRequest request = OcspRequestBuilder.Build(certificate, issuer, nonce: OcspRequestBuilder.NewNonce());
                OcspFetchResult fetched = await transport.FetchAsync(url, request);
                Assert.True(fetched.Response is not null, fetched.Error);
                sources.AddOcspResponse(fetched.Response);
            }

            return CertificateChainValidator.Validate(leaf, [subCa2, subCa1], [root], new ChainValidationOptions
            {
                Profile = profile, Role = CertificateRole.Contract, ValidationTime = DateTimeOffset.UtcNow,
                RevocationChecker = new SourceRevocationChecker(sources), RevocationPolicy = RevocationPolicy.Require,
            });
        }

        ChainValidationResult valid = await ValidateAsync(contract);
        Assert.True(valid.IsValid, valid.ToString());
        ChainValidationResult refused = await ValidateAsync(revoked);
        Assert.False(refused.IsValid);
        Assert.Contains("revoked", refused.ToString(), StringComparison.OrdinalIgnoreCase);

        await new RevocationAdminClient(service.Client(ApiRole.Admin)).RevokeAsync(contract, RevocationReason.KeyCompromise);
        ChainValidationResult afterRevocation = await ValidateAsync(contract);
        Assert.False(afterRevocation.IsValid);
        Assert.Contains("revoked", afterRevocation.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
