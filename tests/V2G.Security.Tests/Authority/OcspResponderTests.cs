using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using Xunit;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace V2G.Security.Tests.Authority;

public class OcspResponderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static (OcspResponder Responder, FakeAuthorityState State, ManualTime Time) Create(SharedAuthority authority)
    {
        var state = new FakeAuthorityState();
        var time = new ManualTime(Start);
        var options = new OcspResponderOptions { Validity = TimeSpan.FromHours(1), RefreshBefore = TimeSpan.FromMinutes(10) };
        return (new OcspResponder(authority.Keyring, state, options, time), state, time);
    }

    private static RevocationSourceResult Verify(OcspResponderAnswer answer, X509Certificate2 certificate, X509Certificate2 issuer,
        DateTimeOffset at, byte[]? nonce = null)
    {
        Assert.True(OcspResponseDocument.TryParse(answer.Der, out OcspResponseDocument? document, out string? error), error);
        return OcspResponseVerifier.Verify(document, certificate, issuer, at, null, nonce);
    }

    [Theory]
    [InlineData(OcspHashAlgorithm.Sha1)]
    [InlineData(OcspHashAlgorithm.Sha256)]
    [InlineData(OcspHashAlgorithm.Sha512)]
    public async Task EveryCertIdHash_FindsTheCa_AndTheResponseVerifies(OcspHashAlgorithm hash)
    {
        using var authority = new SharedAuthority();
        (OcspResponder responder, _, _) = Create(authority);
        using X509Certificate2 issuer = authority.Load("MOSubCA2");
        using X509Certificate2 contract = authority.Load("ContractCert");

        OcspResponderAnswer answer = await responder.RespondAsync(OcspRequestBuilder.Build(contract, issuer, hash).Der);

        Assert.Equal(OcspResponseStatusCode.Successful, answer.ResponseStatus);
        RevocationSourceResult verified = Verify(answer, contract, issuer, Start.AddMinutes(1));
        Assert.True(verified.IsVerified, verified.Reason);
        Assert.Equal(RevocationStatus.Good, verified.Status);
    }

    [Fact]
    public async Task Revoked_CarriesTimeAndReason_UnknownSerial_IsUnknownAndNotCached()
    {
        using var authority = new SharedAuthority();
        (OcspResponder responder, FakeAuthorityState state, _) = Create(authority);
        using X509Certificate2 issuer = authority.Load("MOSubCA2");
        using X509Certificate2 revoked = authority.Load("ContractCert2");
        DateTimeOffset at = Start.AddDays(-3);
        state.Revoke("MOSubCA2", new AuthorityRevocation(CertificateSerial.Of(revoked), at, RevocationReason.CessationOfOperation));

        RevocationSourceResult result = Verify(await responder.RespondAsync(OcspRequestBuilder.Build(revoked, issuer).Der), revoked, issuer, Start);
        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Equal(at, result.RevocationTime);
        Assert.Equal(RevocationReason.CessationOfOperation, result.RevocationReason);

        // A serial MOSubCA2 never issued (not in certs/, not recorded as issued): unknown, and not kept pre-signed.
        byte[] request = RequestFor(issuer, new Org.BouncyCastle.Math.BigInteger("7A11", 16));
        int cachedBefore = responder.CachedCount;
        OcspResponderAnswer unknown = await responder.RespondAsync(request);
        Assert.Equal(RevocationStatus.Unknown, Assert.Single(unknown.Answers).Status);
        Assert.Equal(cachedBefore, responder.CachedCount);

        state.Issue("MOSubCA2", "7A11");
        Assert.Equal(RevocationStatus.Good, Assert.Single((await responder.RespondAsync(request)).Answers).Status);
    }

    private static byte[] RequestFor(X509Certificate2 issuer, Org.BouncyCastle.Math.BigInteger serial)
    {
        var sha256 = new Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier(
            Org.BouncyCastle.Asn1.Nist.NistObjectIdentifiers.IdSha256, Org.BouncyCastle.Asn1.DerNull.Instance);
        var generator = new OcspReqGenerator();
        generator.AddRequest(new CertificateID(sha256, new BcCertificate(issuer.RawData), serial));
        return generator.Generate().GetEncoded();
    }

    [Fact]
    public async Task Cache_ServesPreSigned_UntilRefreshTime_OrAVersionChange()
    {
        using var authority = new SharedAuthority();
        (OcspResponder responder, FakeAuthorityState state, ManualTime time) = Create(authority);
        using X509Certificate2 issuer = authority.Load("MOSubCA2");
        using X509Certificate2 contract = authority.Load("ContractCert");
        byte[] request = OcspRequestBuilder.Build(contract, issuer).Der;

        OcspResponderAnswer first = await responder.RespondAsync(request);
        time.Now = Start.AddMinutes(49);
        OcspResponderAnswer cached = await responder.RespondAsync(request);
        Assert.False(first.FromCache);
        Assert.True(cached.FromCache);
        Assert.Equal(first.Der, cached.Der);

        time.Now = Start.AddMinutes(50); // nextUpdate (60 min) - RefreshBefore (10 min)
        OcspResponderAnswer refreshed = await responder.RespondAsync(request);
        Assert.False(refreshed.FromCache);
        Assert.Equal(time.Now, refreshed.ThisUpdate);

        state.Version++; // e.g. another instance issued a certificate
        Assert.False((await responder.RespondAsync(request)).FromCache);
        Assert.True((await responder.RespondAsync(request)).FromCache);
    }

    [Fact]
    public async Task Nonce_IsEchoed_AndNeverCached()
    {
        using var authority = new SharedAuthority();
        (OcspResponder responder, _, _) = Create(authority);
        using X509Certificate2 issuer = authority.Load("MOSubCA2");
        using X509Certificate2 contract = authority.Load("ContractCert");
        OcspRequest request = OcspRequestBuilder.Build(contract, issuer, nonce: OcspRequestBuilder.NewNonce());

        OcspResponderAnswer one = await responder.RespondAsync(request.Der);
        OcspResponderAnswer two = await responder.RespondAsync(request.Der);

        Assert.True(one.HasNonce);
        Assert.False(one.IsCacheable);
        Assert.False(two.FromCache);
        Assert.Equal(0, responder.CachedCount);
        RevocationSourceResult verified = Verify(one, contract, issuer, Start, request.Nonce);
        Assert.True(verified.IsVerified, verified.Reason);
        RevocationSourceResult wrongNonce = Verify(one, contract, issuer, Start, OcspRequestBuilder.NewNonce());
        Assert.Equal(RevocationSourceFailure.NonceMismatch, wrongNonce.Failure);
    }

    [Fact]
    public async Task ForeignIssuer_IsUnauthorized_AndSeveralCasInOneRequest_Too()
    {
        using var authority = new SharedAuthority();
        using var other = new SharedAuthority("iso20");
        (OcspResponder responder, _, _) = Create(authority);
        using X509Certificate2 foreignIssuer = other.Load("MOSubCA2");
        using X509Certificate2 foreign = other.Load("ContractCert");

        OcspResponderAnswer answer = await responder.RespondAsync(OcspRequestBuilder.Build(foreign, foreignIssuer).Der);
        Assert.Equal(OcspResponseStatusCode.Unauthorized, answer.ResponseStatus);
        Assert.Contains("answers for no CA", answer.Detail);
        Assert.Equal(6, new OcspResp(answer.Der).Status);

        using X509Certificate2 mo = authority.Load("MOSubCA2");
        using X509Certificate2 cpo = authority.Load("CPOSubCA2");
        using X509Certificate2 contract = authority.Load("ContractCert");
        using X509Certificate2 secc = authority.Load("SECCCert");
        var sha1 = new Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier(
            Org.BouncyCastle.Asn1.Oiw.OiwObjectIdentifiers.IdSha1, Org.BouncyCastle.Asn1.DerNull.Instance);
        var generator = new OcspReqGenerator();
        generator.AddRequest(new CertificateID(sha1, new BcCertificate(mo.RawData), Serial(contract)));
        generator.AddRequest(new CertificateID(sha1, new BcCertificate(cpo.RawData), Serial(secc)));
        OcspResponderAnswer mixed = await responder.RespondAsync(generator.Generate().GetEncoded());
        Assert.Equal(OcspResponseStatusCode.Unauthorized, mixed.ResponseStatus);
        Assert.Contains("several CAs", mixed.Detail);
    }

    [Fact]
    public async Task HostileBytes_AreMalformedRequest_NeverAnException()
    {
        using var authority = new SharedAuthority();
        (OcspResponder responder, _, _) = Create(authority);
        using X509Certificate2 issuer = authority.Load("MOSubCA2");
        using X509Certificate2 contract = authority.Load("ContractCert");
        byte[] valid = OcspRequestBuilder.Build(contract, issuer, nonce: new byte[16]).Der;
        var random = new Random(11);
        int malformed = 0;

        for (int i = 0; i < 600; i++)
        {
            byte[] bytes = i < valid.Length ? valid[..i] : (byte[])valid.Clone();
            if (i >= valid.Length)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }

            OcspResponderAnswer answer = await responder.RespondAsync(bytes);
            Assert.NotEmpty(answer.Der);
            malformed += answer.ResponseStatus == OcspResponseStatusCode.MalformedRequest ? 1 : 0;
        }

        Assert.True(malformed >= valid.Length, $"{malformed} malformed of 600");
        Assert.Equal(OcspResponseStatusCode.MalformedRequest, (await responder.RespondAsync("garbage"u8.ToArray())).ResponseStatus);
    }

    [Fact]
    public async Task MoreCertIdsThanTheLimit_AreMalformedRequest_AndTheLimitItselfIsAnswered()
    {
        using var authority = new SharedAuthority();
        (OcspResponder responder, FakeAuthorityState state, _) = Create(authority);
        using X509Certificate2 mo = authority.Load("MOSubCA2");
        var sha256 = new Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier(
            Org.BouncyCastle.Asn1.Nist.NistObjectIdentifiers.IdSha256, Org.BouncyCastle.Asn1.DerNull.Instance);
        byte[] Request(int count)
        {
            var generator = new OcspReqGenerator();
            for (int i = 0; i < count; i++)
            {
                generator.AddRequest(new CertificateID(sha256, new BcCertificate(mo.RawData), Org.BouncyCastle.Math.BigInteger.ValueOf(9000 + i)));
            }

            return generator.Generate().GetEncoded();
        }

        OcspResponderAnswer tooMany = await responder.RespondAsync(Request(OcspResponder.MaxCertificatesPerRequest + 1));
        Assert.Equal(OcspResponseStatusCode.MalformedRequest, tooMany.ResponseStatus);
        Assert.Contains($"at most {OcspResponder.MaxCertificatesPerRequest}", tooMany.Detail);
        Assert.Equal(0, state.RevocationReads);

        OcspResponderAnswer limit = await responder.RespondAsync(Request(OcspResponder.MaxCertificatesPerRequest));
        Assert.Equal(OcspResponseStatusCode.Successful, limit.ResponseStatus);
        Assert.Equal(OcspResponder.MaxCertificatesPerRequest, limit.Answers.Count);
        Assert.Equal(1, state.RevocationReads); // one read of the CA's revocations for the whole request
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(32, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public async Task NonceOf1To128Bytes_IsEchoed_ALongerOneIsMalformed(int length, bool accepted)
    {
        using var authority = new SharedAuthority();
        (OcspResponder responder, _, _) = Create(authority);
        using X509Certificate2 issuer = authority.Load("MOSubCA2");
        using X509Certificate2 contract = authority.Load("ContractCert");
        byte[] nonce = new byte[length];
        nonce.AsSpan().Fill(0x5A);

        OcspResponderAnswer answer = await responder.RespondAsync(OcspRequestBuilder.Build(contract, issuer, nonce: nonce).Der);

        Assert.Equal(accepted ? OcspResponseStatusCode.Successful : OcspResponseStatusCode.MalformedRequest, answer.ResponseStatus);
        if (accepted)
        {
            Assert.True(Verify(answer, contract, issuer, Start, nonce).IsVerified);
        }
        else
        {
            Assert.Contains("1 to 128 bytes", answer.Detail);
        }
    }

    private static Org.BouncyCastle.Math.BigInteger Serial(X509Certificate2 certificate) =>
        new(1, certificate.SerialNumberBytes.ToArray());
}
