using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Revocation;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace V2G.Security.Authority;

/// <summary>
/// An OCSP responder (RFC 6960) for the signing CAs of a PKI folder. Each single request is matched to a CA by its CertID
/// hashes; the status comes from an <see cref="IAuthorityStateSource"/>: revoked when the CA lists the serial, good when the
/// serial is one of the folder's certificates of that CA or one the service issued, unknown otherwise. Nonce-less answers
/// for one certificate are kept pre-signed until <see cref="OcspResponderOptions.RefreshBefore"/> before their nextUpdate,
/// or until the source's change version moves (a revocation anywhere); a request with a nonce is always signed fresh.
/// Thread-safe.
/// </summary>
public sealed class OcspResponder
{
    private readonly AuthorityKeyring _keyring;
    private readonly IAuthorityStateSource _state;
    private readonly OcspResponderOptions _options;
    private readonly TimeProvider _time;
    private readonly OcspCertIdIndex _index;
    private readonly ConcurrentDictionary<string, CachedAnswer> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates the responder.</summary>
    /// <param name="keyring">The CAs it answers for.</param>
    /// <param name="state">Where revocations and issued certificates are read.</param>
    /// <param name="options">Validity and caching; defaults when null.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public OcspResponder(AuthorityKeyring keyring, IAuthorityStateSource state, OcspResponderOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(keyring);
        ArgumentNullException.ThrowIfNull(state);
        _keyring = keyring;
        _state = state;
        _options = options ?? new OcspResponderOptions();
        _time = time ?? TimeProvider.System;
        _index = new OcspCertIdIndex(keyring.Authorities);
    }

    /// <summary>The number of pre-signed answers held.</summary>
    public int CachedCount => _cache.Count;

    /// <summary>Answers a DER OCSPRequest; never throws for a bad request (the refusal is an OCSPResponse too).</summary>
    /// <param name="request">The DER OCSPRequest.</param>
    /// <param name="cancellationToken">Cancels reading the state.</param>
    /// <returns>The OCSPResponse and what it says.</returns>
    public async Task<OcspResponderAnswer> RespondAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken = default)
    {
        if (!TryParse(request, out CertificateID[]? certIds, out X509Extension? nonce, out string? malformed))
        {
            return Refusal(OcspResponseStatusCode.MalformedRequest, malformed);
        }

        if (certIds.Length > MaxCertificatesPerRequest)
        {
            // One anonymous request must not cost hundreds of state reads.
            return Refusal(OcspResponseStatusCode.MalformedRequest,
                $"the request asks about {certIds.Length} certificates; at most {MaxCertificatesPerRequest} are answered in one response");
        }

        var targets = new List<(CertificateID CertId, SigningAuthority Ca, string Serial)>();
        foreach (CertificateID certId in certIds)
        {
            if (_index.Find(certId, out string? refusal) is not { } ca)
            {
                return Refusal(OcspResponseStatusCode.Unauthorized, refusal!);
            }

            targets.Add((certId, ca, CertificateSerial.FromBigEndian(certId.SerialNumber.ToByteArrayUnsigned())));
        }

        if (targets.Select(t => t.Ca.Name).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return Refusal(OcspResponseStatusCode.Unauthorized,
                "the request asks about certificates of several CAs; one response has one signer: ask per CA");
        }

        long version = await _state.GetChangeVersionAsync(cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = Now();
        string? cacheKey = nonce is null && targets.Count == 1 ? Convert.ToHexString(targets[0].CertId.ToAsn1Object().GetDerEncoded()) : null;
        if (cacheKey is not null && _cache.TryGetValue(cacheKey, out CachedAnswer? cached)
            && cached.Version == version && now < cached.Answer.NextUpdate!.Value - _options.RefreshBefore)
        {
            return cached.Answer with { FromCache = true };
        }

        // All targets have one CA: its revocations are read once for the whole request.
        AuthorityRevocations revocations = await _state.GetRevocationsAsync(targets[0].Ca.Name, cancellationToken).ConfigureAwait(false);
        var revoked = new Dictionary<string, AuthorityRevocation>(StringComparer.Ordinal);
        foreach (AuthorityRevocation entry in revocations.Entries)
        {
            revoked.TryAdd(entry.SerialNumberHex, entry);
        }

        var answers = new List<OcspSingleAnswer>(targets.Count);
        foreach ((_, SigningAuthority ca, string serial) in targets)
        {
            answers.Add(await StatusAsync(ca, serial, revoked, cancellationToken).ConfigureAwait(false));
        }

        OcspResponderAnswer answer = Sign(targets[0].Ca, targets.Select(t => t.CertId).ToArray(), answers, nonce, now);
        if (cacheKey is not null && answer.Answers[0].Status != RevocationStatus.Unknown)
        {
            if (_cache.Count >= _options.MaxCachedResponses)
            {
                _cache.Clear();
            }

            _cache[cacheKey] = new CachedAnswer(answer, version);
        }

        return answer;
    }

    private async Task<OcspSingleAnswer> StatusAsync(
        SigningAuthority ca, string serial, Dictionary<string, AuthorityRevocation> revokedBySerial, CancellationToken cancellationToken)
    {
        if (revokedBySerial.TryGetValue(serial, out AuthorityRevocation? revoked))
        {
            return new OcspSingleAnswer(ca.Name, serial, RevocationStatus.Revoked, revoked.RevokedAt, revoked.Reason);
        }

        bool known = ca.FolderSerials.Contains(serial) || await _state.IsIssuedAsync(ca.Name, serial, cancellationToken).ConfigureAwait(false);
        return new OcspSingleAnswer(ca.Name, serial, known ? RevocationStatus.Good : RevocationStatus.Unknown, null, null);
    }

    private OcspResponderAnswer Sign(
        SigningAuthority ca, CertificateID[] certIds, List<OcspSingleAnswer> answers, X509Extension? nonce, DateTimeOffset now)
    {
        DateTimeOffset nextUpdate = now + _options.Validity;
        var generator = new BasicOcspRespGenerator(ca.OcspSigner.Key.Public);
        for (int i = 0; i < certIds.Length; i++)
        {
            generator.AddResponse(certIds[i], StatusOf(answers[i]), now.UtcDateTime, nextUpdate.UtcDateTime, null);
        }

        if (nonce is not null)
        {
            var extensions = new X509ExtensionsGenerator();
            extensions.AddExtension(OcspObjectIdentifiers.PkixOcspNonce, false, nonce.Value.GetOctets());
            generator.SetResponseExtensions(extensions.Generate());
        }

        BasicOcspResp basic = generator.Generate(ca.OcspSigner.Key.Signer(), [new BcCertificate(ca.OcspSigner.RawData)], now.UtcDateTime);
        byte[] der = new OCSPRespGenerator().Generate(OcspRespStatus.Successful, basic).GetEncoded();
        string detail = string.Join(", ", answers.Select(a => $"{a.CaName} serial {a.SerialNumberHex}: {a.Status.ToString().ToLowerInvariant()}"));
        return new OcspResponderAnswer(der, OcspResponseStatusCode.Successful, answers, now, nextUpdate, nonce is not null, false, detail);
    }

    private static CertificateStatus StatusOf(OcspSingleAnswer answer) => answer.Status switch
    {
        RevocationStatus.Good => CertificateStatus.Good,
        RevocationStatus.Revoked => new RevokedStatus(new RevokedInfo(
            new Asn1GeneralizedTime(answer.RevokedAt!.Value.UtcDateTime),
            answer.Reason is null or RevocationReason.Unspecified ? null : new CrlReason((int)answer.Reason.Value))),
        _ => new UnknownStatus(),
    };

    /// <summary>
    /// Reads every part the responder uses inside one guard: BouncyCastle parses lazily, so a hostile request may fail only
    /// when a field is first read (even with a NullReferenceException); all of that is malformedRequest, never a crash.
    /// </summary>
    private static bool TryParse(
        ReadOnlyMemory<byte> request, [NotNullWhen(true)] out CertificateID[]? certIds, out X509Extension? nonce,
        [NotNullWhen(false)] out string? error)
    {
        certIds = null;
        nonce = null;
        if (request.IsEmpty)
        {
            error = "the request is empty (or its GET path is not base64)";
            return false;
        }

        try
        {
            var parsed = new OcspReq(request.ToArray());
            CertificateID[] ids = parsed.GetRequestList().Select(r => r.GetCertID()).ToArray();
            foreach (CertificateID id in ids)
            {
                _ = (id.HashAlgOid, id.GetIssuerNameHash(), id.GetIssuerKeyHash(), id.SerialNumber.SignValue, id.ToAsn1Object().GetDerEncoded());
            }

            nonce = parsed.RequestExtensions?.GetExtension(OcspObjectIdentifiers.PkixOcspNonce);
            if (ids.Length == 0)
            {
                error = "the OCSPRequest asks about no certificate";
                return false;
            }

            // RFC 8954: the extension's value is an OCTET STRING holding 1 to 128 nonce bytes.
            if (nonce is not null && Asn1OctetString.GetInstance(nonce.Value.GetOctets()).GetOctets().Length is < 1 or > 128)
            {
                error = "the nonce must hold 1 to 128 bytes (RFC 8954)";
                return false;
            }

            certIds = ids;
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or InvalidOperationException
            or FormatException or OverflowException or NullReferenceException or IndexOutOfRangeException)
        {
            error = "the body is not a DER OCSPRequest: " + e.Message;
            return false;
        }
    }

    /// <summary>
    /// An OCSPResponse with an error status and no responseBytes (RFC 6960 4.2.1): e.g. <see cref="OcspResponseStatusCode.TryLater"/>
    /// when the state cannot be read.
    /// </summary>
    /// <param name="status">The error status.</param>
    /// <param name="detail">Why, for the log (not sent: the format has no room for it).</param>
    public static OcspResponderAnswer Refuse(OcspResponseStatusCode status, string detail)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(status, OcspResponseStatusCode.Successful);
        return Refusal(status, detail);
    }

    private static OcspResponderAnswer Refusal(OcspResponseStatusCode status, string detail)
    {
        byte[] der = new OCSPRespGenerator().Generate((int)status, null).GetEncoded();
        return new OcspResponderAnswer(der, status, [], null, null, false, false, detail);
    }

    /// <summary>The most single requests one OCSPRequest may carry.</summary>
    public const int MaxCertificatesPerRequest = 20;

    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds());

    private sealed record CachedAnswer(OcspResponderAnswer Answer, long Version);
}
