using System;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Authority;

public class CrlPublisherTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public async Task Crl_ListsTheStateEntries_WithItsNumber_AndVerifiesWithTheCa(string set)
    {
        using var authority = new SharedAuthority(set);
        var state = new FakeAuthorityState();
        var publisher = new CrlPublisher(authority.Keyring, state, TimeSpan.FromDays(7), new ManualTime(Start));
        using X509Certificate2 issuer = authority.Load("MOSubCA2");
        using X509Certificate2 revoked = authority.Load("ContractCert2");
        using X509Certificate2 good = authority.Load("ContractCert");
        state.Revoke("MOSubCA2", new AuthorityRevocation(CertificateSerial.Of(revoked), Start.AddDays(-1), RevocationReason.KeyCompromise));

        PublishedCrl crl = (await publisher.GetCrlAsync("MOSubCA2"))!;
        Assert.True(CrlDocument.TryParse(crl.Der, out CrlDocument? document, out string? error), error);

        Assert.Equal("2", document.CrlNumber); // the revocation took 1, the signing takes the next
        Assert.Equal(Start, document.ThisUpdate);
        Assert.Equal(Start.AddDays(7), document.NextUpdate);
        Assert.True(CrlChecker.VerifySignature(document, issuer, out string? reason), reason);
        Assert.Equal(RevocationStatus.Revoked, CrlChecker.Check(document, revoked, issuer, Start).Status);
        RevocationSourceResult forGood = CrlChecker.Check(document, good, issuer, Start);
        Assert.True(forGood.IsVerified, forGood.Reason);
        Assert.Equal(RevocationStatus.Good, forGood.Status);
    }

    [Fact]
    public async Task Crl_IsKept_AndSignedAgainUnderANewNumberAfterARevocation_OrAtHalfValidity()
    {
        using var authority = new SharedAuthority();
        var state = new FakeAuthorityState();
        var time = new ManualTime(Start);
        var publisher = new CrlPublisher(authority.Keyring, state, TimeSpan.FromDays(2), time);

        PublishedCrl first = (await publisher.GetCrlAsync("CPOSubCA2"))!;
        time.Now = Start.AddHours(23);
        Assert.Same(first, await publisher.GetCrlAsync("CPOSubCA2"));

        state.Revoke("CPOSubCA2", new AuthorityRevocation("ABCD", Start, RevocationReason.Unspecified));
        PublishedCrl second = (await publisher.GetCrlAsync("CPOSubCA2"))!;
        Assert.True(second.CrlNumber > first.CrlNumber, $"{second.CrlNumber} after {first.CrlNumber}");
        Assert.Equal(1, second.EntryCount);

        time.Now = Start.AddHours(23 + 24);
        PublishedCrl renewed = (await publisher.GetCrlAsync("CPOSubCA2"))!;
        Assert.NotSame(second, renewed);
        Assert.Equal(time.Now, renewed.ThisUpdate);
        Assert.True(renewed.CrlNumber > second.CrlNumber, "a CRL signed again must not repeat its number (RFC 5280 5.2.3)");
        Assert.Null(await publisher.GetCrlAsync("ContractCert"));
        Assert.Null(await publisher.GetCrlAsync("NoSuchCA"));
    }

    [Fact]
    public void FolderRevocations_ReadContractCert2FromTheSharedCrl()
    {
        using var authority = new SharedAuthority();
        using X509Certificate2 revoked = authority.Load("ContractCert2");

        var revocations = FolderRevocations.Read(authority.Pki, out var skipped, out _);

        Assert.Empty(skipped);
        FolderRevocation only = Assert.Single(revocations);
        Assert.Equal("MOSubCA2", only.CaName);
        Assert.Equal(CertificateSerial.Of(revoked), only.Revocation.SerialNumberHex);
        Assert.Equal(RevocationReason.KeyCompromise, only.Revocation.Reason);
    }

    [Fact]
    public void Keyring_HasEverySigningCa_AndWhichFolderCertificatesEachIssued()
    {
        using var authority = new SharedAuthority();
        using X509Certificate2 contract = authority.Load("ContractCert");
        using X509Certificate2 secc = authority.Load("SECCCert");

        SigningAuthority mo = authority.Keyring.Find("MOSubCA2")!;

        Assert.Contains(authority.Keyring.Authorities, a => a.Name == "V2GRootCA");
        Assert.DoesNotContain(authority.Keyring.Authorities, a => a.Name == "ContractCert");
        Assert.Contains(CertificateSerial.Of(contract), mo.FolderSerials);
        Assert.DoesNotContain(CertificateSerial.Of(secc), mo.FolderSerials);
        Assert.Null(mo.ResponderCertificate);
    }

    [Theory]
    [InlineData("keyCompromise", RevocationReason.KeyCompromise)]
    [InlineData("CACOMPROMISE", RevocationReason.CaCompromise)]
    [InlineData("4", RevocationReason.Superseded)]
    [InlineData(" privilegeWithdrawn ", RevocationReason.PrivilegeWithdrawn)]
    public void ReasonNames_ReadNamesAndCodes(string text, RevocationReason expected)
    {
        Assert.True(RevocationReasonNames.TryParse(text, out RevocationReason reason));
        Assert.Equal(expected, reason);
        Assert.True(RevocationReasonNames.TryParse(RevocationReasonNames.Name(reason), out RevocationReason again));
        Assert.Equal(reason, again);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("compromised")]
    public void ReasonNames_RefuseWhatRfc5280DoesNotDefine(string text) =>
        Assert.False(RevocationReasonNames.TryParse(text, out _));

    [Fact]
    public void ReasonNames_ListsTen() => Assert.Equal(10, RevocationReasonNames.All.Distinct().Count());
}
