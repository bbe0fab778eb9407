using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using V2G.Exi;
using V2G.Security;
using V2G.Security.Authority;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Security.Signatures.Crypto;
using V2G.Services.Client.Opcp;
using V2G.Services.Features.RootPool;
using V2G.Services.Hosting;
using V2G.Services.Storage;
using Iso2 = V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Services.Features.Provisioning;

/// <summary>
/// The CPS / MO side of CertificateInstallation (ISO 15118-2 and -20) and CertificateUpdate (ISO 15118-2 only: ISO 15118-20
/// has no CertificateUpdate). Verifies the request's signature and chain (revocation from the store), then delivers the
/// vehicle's default contract from the contract pool (ISO-20: the first of its PrioritizedEMAIDs the pool holds for it) or
/// issues a new one from MOSubCA2, signs with the CPS leaf and records
/// the issued certificate, the contract and the exchange. A refused request stores nothing but its exchange log entry.
/// </summary>
public sealed class CertificateProvisioningService : IDisposable
{
    private const string Installation = "CertificateInstallation";
    private const string Update = "CertificateUpdate";

    private readonly PkiDirectory _pki;
    private readonly IPncStore _store;
    private readonly TimeProvider _time;
    private readonly CertificateProvisioningOptions _options;
    private readonly Lazy<(ContractIssuer? Issuer, CpsCredentials? Cps, string? Error)> _signing;
    private readonly EmaidSequence _sequence;

    /// <summary>Creates the service for a PKI folder and a store.</summary>
    /// <param name="pki">The PKI folder (MOSubCA2 and CPSLeafCert keys are needed to answer).</param>
    /// <param name="store">The store.</param>
    /// <param name="time">The clock.</param>
    /// <param name="options">eMAID policy and pool rules.</param>
    public CertificateProvisioningService(PkiDirectory pki, IPncStore store, TimeProvider time, CertificateProvisioningOptions options)
    {
        _pki = pki ?? throw new ArgumentNullException(nameof(pki));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _signing = new(LoadSigning, LazyThreadSafetyMode.ExecutionAndPublication);
        _sequence = new EmaidSequence(store, options.EmaidPolicy);
    }

    /// <summary>The options.</summary>
    public CertificateProvisioningOptions Options => _options;

    /// <summary>Answers one request and logs the exchange.</summary>
    /// <param name="exi">The EXI request.</param>
    /// <param name="xsdMsgDefNamespace">ISO-2 MsgDef or ISO-20 CommonMessages namespace.</param>
    /// <param name="requireProvisioningPoolEntry">Refuse (404) a vehicle whose PCID is not in the provisioning pool.</param>
    /// <param name="installationOnly">Refuse a CertificateUpdateReq (the OPCP exchange carries installations only).</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <returns>The signed response, or the status and reason of the refusal.</returns>
    public async Task<ProvisioningExchangeResult> ExchangeAsync(byte[] exi, string? xsdMsgDefNamespace, bool requireProvisioningPoolEntry,
        bool installationOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exi);
        ProvisioningExchangeResult result;
        try
        {
            result = await AnswerAsync(exi, xsdMsgDefNamespace, requireProvisioningPoolEntry, installationOnly, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (StoreUnavailableException)
        {
            // The store's reason names hosts or paths: it stays out of the answer.
            result = ProvisioningExchangeResult.Refused(StatusCodes.Status503ServiceUnavailable, ServiceErrors.StoreUnavailableMessage);
        }

        string ns = OpcpNamespaces.IsIso20(xsdMsgDefNamespace) ? OpcpNamespaces.Iso20 : xsdMsgDefNamespace ?? "";
        try
        {
            await _store.AddExchangeAsync(new ExchangeRecord(_time.GetUtcNow(), result.Kind, ns, result.Pcid, result.Emaid, result.IsSuccess,
                result.Detail), CancellationToken.None).ConfigureAwait(false);
        }
        catch (StoreUnavailableException) when (!result.IsSuccess)
        {
            // A refusal stays a refusal when the log cannot be written; a delivered response without its log entry is not sent.
        }

        return result;
    }

    /// <summary>Disposes the contract issuer.</summary>
    public void Dispose()
    {
        if (_signing.IsValueCreated)
        {
            _signing.Value.Issuer?.Dispose();
        }
    }

    private Task<ProvisioningExchangeResult> AnswerAsync(
        byte[] exi, string? ns, bool requirePool, bool installationOnly, CancellationToken cancellationToken)
    {
        if (OpcpNamespaces.IsIso2(ns))
        {
            return _pki.Profile == SecurityProfile.Iso2
                ? Iso2Async(exi, requirePool, installationOnly, cancellationToken)
                : Task.FromResult(WrongProfile("ISO 15118-2"));
        }

        if (OpcpNamespaces.IsIso20(ns))
        {
            return _pki.Profile != SecurityProfile.Iso2
                ? Iso20Async(exi, requirePool, cancellationToken)
                : Task.FromResult(WrongProfile("ISO 15118-20"));
        }

        return Task.FromResult(ProvisioningExchangeResult.Refused(StatusCodes.Status400BadRequest,
            $"xsdMsgDefNamespace '{ns}' is neither {OpcpNamespaces.Iso2} nor {OpcpNamespaces.Iso20}"));
    }

    private ProvisioningExchangeResult WrongProfile(string standard) => ProvisioningExchangeResult.Refused(
        StatusCodes.Status422UnprocessableEntity, $"this service's PKI is profile {_pki.Profile}; it cannot answer {standard} requests");

    private async Task<ProvisioningExchangeResult> Iso2Async(byte[] exi, bool requirePool, bool installationOnly, CancellationToken ct)
    {
        if (!Iso2.Iso2Codec.TryDecode(exi, out Iso2.Iso2Document document, out ExiError? error))
        {
            return Malformed("ISO 15118-2", error);
        }

        switch (document.V2G_Message?.Body?.BodyElement)
        {
            case Iso2.CertificateInstallationReqType request:
                return await Iso2InstallationAsync(document, request, requirePool, ct).ConfigureAwait(false);
            case Iso2.CertificateUpdateReqType when installationOnly:
                return ProvisioningExchangeResult.Refused(StatusCodes.Status422UnprocessableEntity,
                    "this endpoint takes a CertificateInstallationReq; send a CertificateUpdateReq to POST /v1/cps/exchange") with { Kind = Update };
            case Iso2.CertificateUpdateReqType:
                return await Iso2UpdateAsync(document, ct).ConfigureAwait(false);
            default:
                return Unexpected(document.V2G_Message?.Body?.BodyElement?.GetType().Name ?? document.Name.LocalName);
        }
    }

    private async Task<ProvisioningExchangeResult> Iso2InstallationAsync(
        Iso2.Iso2Document document, Iso2.CertificateInstallationReqType request, bool requirePool, CancellationToken ct)
    {
        string? claimedPcid = CommonNameOf(request.OEMProvisioningCert);
        ProvisioningCertificateRecord? pooled = claimedPcid is null
            ? null
            : await _store.GetProvisioningCertificateAsync(claimedPcid, ct).ConfigureAwait(false);
        ProvisioningTrust trust = await OemTrustAsync(pooled, ct).ConfigureAwait(false);
        var verified = Iso2ProvisioningBackend.VerifyInstallationReq(document, trust);
        if (!verified.IsSuccess)
        {
            return Refused(verified.Failure, claimedPcid);
        }

        string pcid = ProvisioningChecksCommonName(verified.Value.VehicleChain.Leaf);
        if (PoolProblem(pcid, pooled, requirePool, verified.Value.VehicleChain.Leaf) is { } problem)
        {
            return problem;
        }

        byte[] sessionId = document.V2G_Message!.Header.SessionID;
        (ContractDataRecord? stored, string? skipped) = await DefaultContractAsync(pcid, OpcpNamespaces.Iso2, ct).ConfigureAwait(false);
        if (stored != null && ReheadIso2(stored.SignedContractData, sessionId) is { } reheaded)
        {
            return ProvisioningExchangeResult.Delivered(reheaded, stored.Emaid, pcid,
                $"delivered the contract pool's default contract {stored.Emaid}") with { FromContractPool = true };
        }

        return await IssueAsync(pcid, OpcpNamespaces.Iso2, Installation, null, skipped, (issued, cps) =>
        {
            var response = Iso2ProvisioningBackend.BuildResponse(verified.Value, issued.Delivery, cps, update: false);
            return response.IsSuccess
                ? (Iso2.Iso2Codec.Encode(Iso2.Iso2Document.FromV2G_Message(response.Value)), null)
                : (null, response.Failure);
        }, ct).ConfigureAwait(false);
    }

    private async Task<ProvisioningExchangeResult> Iso2UpdateAsync(Iso2.Iso2Document document, CancellationToken ct)
    {
        // The current contract chain travels in the request; its anchors are the MO and V2G roots of the folder.
        ProvisioningTrust trust = await TrustAsync([.. FolderRoots.OfType(_pki, "MO"), .. FolderRoots.OfType(_pki, "V2G")], [], ct)
            .ConfigureAwait(false);
        var verified = Iso2ProvisioningBackend.VerifyUpdateReq(document, trust);
        if (!verified.IsSuccess)
        {
            return Refused(verified.Failure, null) with { Kind = Update };
        }

        string emaid = ProvisioningChecksCommonName(verified.Value.VehicleChain.Leaf);
        IReadOnlyList<ContractDataRecord> known = await _store.GetContractDataByEmaidAsync(emaid, ct).ConfigureAwait(false);
        string? pcid = known.Count > 0 ? known[0].Pcid : null;
        return await IssueAsync(pcid, OpcpNamespaces.Iso2, Update, emaid, null, (issued, cps) =>
        {
            var response = Iso2ProvisioningBackend.BuildResponse(verified.Value, issued.Delivery, cps, update: true);
            return response.IsSuccess
                ? (Iso2.Iso2Codec.Encode(Iso2.Iso2Document.FromV2G_Message(response.Value)), null)
                : (null, response.Failure);
        }, ct).ConfigureAwait(false);
    }

    private async Task<ProvisioningExchangeResult> Iso20Async(byte[] exi, bool requirePool, CancellationToken ct)
    {
        if (!TryDecodeIso20(exi, out Iso20.CommonMessagesDocument document, out ExiError? error))
        {
            return Malformed("ISO 15118-20 CommonMessages", error);
        }

        if (document.Value is not Iso20.CertificateInstallationReqType request)
        {
            return Unexpected(document.Name.LocalName);
        }

        string? claimedPcid = CommonNameOf(request.OEMProvisioningCertificateChain?.Certificate);
        ProvisioningCertificateRecord? pooled = claimedPcid is null
            ? null
            : await _store.GetProvisioningCertificateAsync(claimedPcid, ct).ConfigureAwait(false);
        ProvisioningTrust trust = await OemTrustAsync(pooled, ct).ConfigureAwait(false);
        var verified = Iso20ProvisioningBackend.VerifyInstallationReq(document, trust);
        if (!verified.IsSuccess)
        {
            return Refused(verified.Failure, claimedPcid);
        }

        X509Certificate2 vehicle = verified.Value.VehicleChain.Leaf;
        string pcid = ProvisioningChecksCommonName(vehicle);
        if (PoolProblem(pcid, pooled, requirePool, vehicle) is { } problem)
        {
            return problem;
        }

        byte[]? vehicleX448 = null;
        if (_pki.Profile == SecurityProfile.Iso20Ed448 && !TryFindVehicleX448Key(vehicle, out vehicleX448))
        {
            return ProvisioningExchangeResult.Refused(StatusCodes.Status422UnprocessableEntity,
                $"the X448 key agreement key of vehicle {pcid} is unknown: an Ed448 OEM provisioning certificate cannot carry it, and the "
                + "PKI folder has no keys/<name>_X448.pub.hex beside that certificate", pcid);
        }

        byte[] sessionId = request.Header.SessionID;
        (ContractDataRecord? stored, string? skipped) =
            await DefaultContractAsync(pcid, OpcpNamespaces.Iso20, ct, verified.Value.PrioritizedEMaids).ConfigureAwait(false);
        if (stored != null && ReheadIso20(stored.SignedContractData, sessionId) is { } reheaded)
        {
            return ProvisioningExchangeResult.Delivered(reheaded, stored.Emaid, pcid,
                $"delivered the contract pool's default contract {stored.Emaid}") with { FromContractPool = true };
        }

        ulong timeStamp = (ulong)_time.GetUtcNow().ToUnixTimeSeconds();
        return await IssueAsync(pcid, OpcpNamespaces.Iso20, Installation, null, skipped, (issued, cps) =>
        {
            var response = vehicleX448 is null
                ? Iso20ProvisioningBackend.BuildResponse(verified.Value, issued.Delivery, cps, timeStamp)
                : Iso20ProvisioningBackend.BuildX448Response(verified.Value, issued.Delivery, cps, timeStamp, vehicleX448);
            return response.IsSuccess ? (EncodeIso20(response.Value), null) : (null, response.Failure);
        }, ct).ConfigureAwait(false);
    }

    private delegate (byte[]? Exi, ProvisioningFailure? Failure) BuildResponse(IssuedContract issued, CpsCredentials cps);

    /// <summary>
    /// Issues a contract, builds the response and only then records the certificate and the contract. A new installation gets
    /// a new eMAID, also when it replaces a revoked or expired pooled contract (<paramref name="replaces"/>): a revoked contract
    /// ID stays revoked for the CPOs and MOs that block it by eMAID. New eMAIDs come from <see cref="EmaidSequence"/>.
    /// </summary>
    private async Task<ProvisioningExchangeResult> IssueAsync(
        string? pcid, string ns, string kind, string? emaid, string? replaces, BuildResponse build, CancellationToken ct)
    {
        (ContractIssuer? issuer, CpsCredentials? cps, string? error) = _signing.Value;
        if (issuer is null || cps is null)
        {
            return ProvisioningExchangeResult.Refused(StatusCodes.Status503ServiceUnavailable, error!, pcid) with { Kind = kind };
        }

        string? number = emaid ?? await _sequence.NextAsync(ContractIssuer.IssuingCaName, ct).ConfigureAwait(false);
        if (number is null)
        {
            return ProvisioningExchangeResult.Refused(StatusCodes.Status503ServiceUnavailable,
                $"no free eMAID with prefix {_options.EmaidPolicy.Prefix} was found", pcid) with { Kind = kind };
        }

        ProvisioningExchangeResult result = await IssueOnceAsync(issuer, cps, pcid, ns, kind, number, build, ct).ConfigureAwait(false);
        return replaces is null || !result.IsSuccess ? result : result.WithDetail(result.Detail + " because " + replaces);
    }

    /// <summary>One issuance: the certificate and (for an installation) the contract are recorded after the response is built.</summary>
    private async Task<ProvisioningExchangeResult> IssueOnceAsync(
        ContractIssuer issuer, CpsCredentials cps, string? pcid, string ns, string kind, string emaid, BuildResponse build, CancellationToken ct)
    {
        DateTimeOffset now = _time.GetUtcNow();
        using IssuedContract issued = issuer.Issue(emaid, now);
        (byte[]? exi, ProvisioningFailure? failure) = build(issued, cps);
        if (exi is null)
        {
            return Refused(failure!, pcid) with { Kind = kind };
        }

        X509Certificate2 leaf = issued.Delivery.Chain.Leaf;
        await _store.AddIssuedCertificateAsync(
            new IssuedCertificateRecord(ContractIssuer.IssuingCaName, issued.SerialNumberHex, leaf.RawData, emaid, now), ct).ConfigureAwait(false);
        if (kind == Installation && pcid != null)
        {
            // An installation response is deliverable again to the same vehicle; an update response is encrypted for the old
            // contract key and is not contract data for an installation, so it is not pooled.
            await _store.PutContractDataAsync(
                new ContractDataRecord(emaid, pcid, ns, exi, leaf.RawData, true, "issued by the CPS of this service", now), ct).ConfigureAwait(false);
        }

        return ProvisioningExchangeResult.Delivered(exi, emaid, pcid ?? "", $"issued contract {emaid} (serial {issued.SerialNumberHex})")
            with { Kind = kind, Pcid = pcid, ContractKeyAgreementPublicKey = issued.KeyAgreementPublicKey };
    }

    /// <summary>The OEM root of the folder; the Sub-CAs of the pool entry and of the folder complete an ISO-2 leaf-only chain.</summary>
    private Task<ProvisioningTrust> OemTrustAsync(ProvisioningCertificateRecord? pooled, CancellationToken ct)
    {
        var known = new List<X509Certificate2>();
        if (pooled != null)
        {
            known.AddRange(new[] { pooled.SubCa2Certificate, pooled.SubCa1Certificate }
                .OfType<byte[]>().Select(LoadOrNull).OfType<X509Certificate2>());
        }

        known.AddRange(new[] { "OEMSubCA2", "OEMSubCA1" }.Select(_pki.Find).OfType<PkiDirectoryEntry>().Select(e => e.Certificate));
        return TrustAsync(FolderRoots.OfType(_pki, "OEM"), known, ct);
    }

    private async Task<ProvisioningTrust> TrustAsync(
        IReadOnlyList<X509Certificate2> anchors, IReadOnlyList<X509Certificate2> known, CancellationToken ct)
    {
        StoreRevocationChecker checker = await StoreRevocationChecker.LoadAsync(_store, _pki, ct).ConfigureAwait(false);
        return new ProvisioningTrust
        {
            Anchors = anchors,
            KnownSubCertificates = known,
            Options = new ChainValidationOptions
            {
                Profile = _pki.Profile,
                Role = CertificateRole.OemProvisioning,
                ValidationTime = _time.GetUtcNow(),
                RevocationChecker = checker,
                RevocationPolicy = RevocationPolicy.Require,
            },
        };
    }

    private static ProvisioningExchangeResult? PoolProblem(
        string pcid, ProvisioningCertificateRecord? pooled, bool requirePool, X509Certificate2 leaf)
    {
        if (pooled is null)
        {
            return requirePool
                ? ProvisioningExchangeResult.Refused(StatusCodes.Status404NotFound,
                    $"PCID {pcid} is not in the provisioning certificate pool: the OEM must upload the vehicle's chain first", pcid)
                : null;
        }

        return pooled.VehicleCertificate.AsSpan().SequenceEqual(leaf.RawData)
            ? null
            : ProvisioningExchangeResult.Refused(StatusCodes.Status422UnprocessableEntity,
                $"the request's OEM provisioning certificate is not the one the provisioning pool holds for PCID {pcid}", pcid);
    }

    /// <summary>
    /// The first of the vehicle's PrioritizedEMAIDs (ISO-20) the pool holds for it, else its default contract; a candidate whose
    /// contract certificate is expired, not yet valid or revoked is skipped (the reason is returned), so that a new one is issued.
    /// </summary>
    private async Task<(ContractDataRecord? Record, string? Skipped)> DefaultContractAsync(
        string pcid, string ns, CancellationToken ct, IReadOnlyList<string>? prioritized = null)
    {
        IReadOnlyList<ContractDataRecord> records = await _store.GetContractDataByPcidAsync(pcid, ct).ConfigureAwait(false);
        IEnumerable<ContractDataRecord?> preferred = (prioritized ?? []).Select(emaid => records.LastOrDefault(r =>
            r.XsdMsgDefNamespace == ns && string.Equals(r.Emaid, emaid, StringComparison.OrdinalIgnoreCase)));
        ContractDataRecord? fallback = records.LastOrDefault(r => r.IsDefault && r.XsdMsgDefNamespace == ns);
        string? skipped = null;
        DateTimeOffset now = _time.GetUtcNow();
        foreach (ContractDataRecord candidate in preferred.Append(fallback).OfType<ContractDataRecord>().Distinct())
        {
            string? problem = await PooledContractCheck.ProblemAsync(candidate, _pki, _store, now, ct).ConfigureAwait(false);
            if (problem is null)
            {
                return (candidate, null);
            }

            skipped ??= problem;
        }

        return (null, skipped);
    }

    private static byte[]? ReheadIso2(byte[] stored, byte[] sessionId)
    {
        // The signature covers the body elements only, so the header may take this session's SessionID.
        if (!Iso2.Iso2Codec.TryDecode(stored, out Iso2.Iso2Document document, out _) || document.V2G_Message?.Header is null)
        {
            return null;
        }

        document.V2G_Message.Header.SessionID = sessionId;
        return Iso2.Iso2Codec.Encode(document);
    }

    private byte[]? ReheadIso20(byte[] stored, byte[] sessionId)
    {
        // The signature covers SignedInstallationData only.
        if (!TryDecodeIso20(stored, out Iso20.CommonMessagesDocument document, out _) || document.CertificateInstallationRes is null)
        {
            return null;
        }

        document.CertificateInstallationRes.Header.SessionID = sessionId;
        return EncodeIso20(document);
    }

    private static bool TryDecodeIso20(byte[] exi, out Iso20.CommonMessagesDocument document, out ExiError? error)
    {
        try
        {
            // The Ed448 profile's 57-byte X448 DHPublicKey breaks an XSD length facet, as the standard's text requires.
            document = Iso20.CommonMessagesCodec.Decode(exi, ExiDecodeOptions.IgnoringLengthFacets, out _);
            error = null;
            return true;
        }
        catch (ExiDecodeException e)
        {
            document = default;
            error = ExiError.From(e);
            return false;
        }
    }

    private byte[] EncodeIso20(Iso20.CommonMessagesDocument document) => _pki.Profile == SecurityProfile.Iso20Ed448
        ? Iso20.CommonMessagesCodec.Encode(document, ExiEncodeOptions.IgnoringLengthFacets)
        : Iso20.CommonMessagesCodec.Encode(document);

    private bool TryFindVehicleX448Key(X509Certificate2 vehicle, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        PkiDirectoryEntry? entry = _pki.Entries.FirstOrDefault(e => e.Certificate.RawData.AsSpan().SequenceEqual(vehicle.RawData));
        string? file = entry is null ? null : Path.Combine(_pki.FullPath, "keys", entry.Name + "_X448.pub.hex");
        if (file is null || !File.Exists(file))
        {
            return false;
        }

        try
        {
            key = Convert.FromHexString(File.ReadAllText(file).Trim());
            return key.Length == 56;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private (ContractIssuer?, CpsCredentials?, string?) LoadSigning()
    {
        if (!ContractIssuer.TryCreate(_pki, out ContractIssuer? issuer, out string? error))
        {
            return (null, null, error);
        }

        string[] chain = ["CPSLeafCert", "CPSSubCA2", "CPSSubCA1"];
        PkiDirectoryEntry?[] entries = chain.Select(_pki.Find).ToArray();
        string keyFile = Path.Combine(_pki.FullPath, "keys", "CPSLeafCert.key.pem");
        if (entries.Any(e => e is null) || !File.Exists(keyFile))
        {
            issuer.Dispose();
            return (null, null, "the PKI folder cannot sign provisioning responses: it needs certs/CPSLeafCert, CPSSubCA2, CPSSubCA1 "
                + "and keys/CPSLeafCert.key.pem");
        }

        try
        {
            IV2GSigner signer = V2GSigners.FromPem(File.ReadAllText(keyFile));
            var cps = new CertificateChainData(entries[0]!.Certificate, [entries[1]!.Certificate, entries[2]!.Certificate]);
            return (issuer, new CpsCredentials(cps, signer), null);
        }
        catch (Exception e) when (e is IOException or CryptographicException or ArgumentException or FormatException)
        {
            issuer.Dispose();
            return (null, null, $"cannot read {keyFile}: {e.Message}");
        }
    }

    private static ProvisioningExchangeResult Malformed(string what, ExiError? error) => ProvisioningExchangeResult.Refused(
        StatusCodes.Status400BadRequest, $"the body is not an {what} EXI stream: {error?.Message ?? "it does not decode"}") with { Kind = "unknown" };

    private static ProvisioningExchangeResult Unexpected(string name) => ProvisioningExchangeResult.Refused(
        StatusCodes.Status422UnprocessableEntity, $"expected a CertificateInstallationReq or CertificateUpdateReq, got {name}")
        with { Kind = "unknown" };

    private static ProvisioningExchangeResult Refused(ProvisioningFailure failure, string? pcid)
    {
        int status = failure.Kind switch
        {
            ProvisioningFailureKind.MalformedCertificate => StatusCodes.Status400BadRequest,
            ProvisioningFailureKind.SigningFailed => StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return ProvisioningExchangeResult.Refused(status, failure.ToString(), pcid);
    }

    private static string? CommonNameOf(byte[]? der)
    {
        if (der is null || der.Length == 0)
        {
            return null;
        }

        try
        {
            using X509Certificate2 certificate = X509CertificateLoader.LoadCertificate(der);
            return ProvisioningChecksCommonName(certificate);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static X509Certificate2? LoadOrNull(byte[] der)
    {
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string ProvisioningChecksCommonName(X509Certificate2 certificate) =>
        certificate.GetNameInfo(X509NameType.SimpleName, false);
}
