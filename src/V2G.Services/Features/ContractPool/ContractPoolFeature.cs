using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using V2G.Security.Authority;
using V2G.Security.Identifiers;
using V2G.Services.Client.Opcp;
using V2G.Services.Features.Provisioning;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;

namespace V2G.Services.Features.ContractPool;

/// <summary>
/// OPCP contract certificate pool under /v1/ccp. MO keys upload (for a PCID of the provisioning pool, in its namespace) and
/// delete signed contract data; CPO keys post a car's
/// CertificateInstallationReq and get the signed CertificateInstallationRes back (the CPS answers: the vehicle's default
/// contract from the pool, or a new one); OEM keys list a vehicle's contracts, pick its default and fetch the data; lookups by
/// eMAID and the contract certificate downloads (<c>/v1/ccp/contractCertificates/{emaid}.der|.pem</c>) take OEM, CPO or MO keys.
/// </summary>
internal static class ContractPoolFeature
{
    private const string Path = "/v1/ccp";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(Path + "/signedContractData", UploadAsync).RequireApiKey(ApiRole.Mo);
        endpoints.MapPost(Path + "/signedContractData", ExchangeAsync).RequireApiKey(ApiRole.Cpo).RequireRateLimiting(RateLimits.Expensive);

        endpoints.MapDelete(Path + "/signedContractData/{emaid}", async (string emaid, HttpContext http, IPncStore store, CancellationToken ct) =>
        {
            if (IdentifierProblems.Emaid(http, emaid) is { } bad)
            {
                return bad;
            }

            int removed = await store.DeleteContractDataAsync(emaid, ct).ConfigureAwait(false);
            return removed > 0 ? Results.Json(new { }) : NoContract(http, $"eMAID {emaid}");
        }).RequireApiKey(ApiRole.Mo);

        endpoints.MapGet(Path + "/lookupContract/{emaid}", async (string emaid, HttpContext http, IPncStore store, CancellationToken ct) =>
        {
            if (IdentifierProblems.Emaid(http, emaid) is { } bad)
            {
                return bad;
            }

            IReadOnlyList<ContractDataRecord> records = await store.GetContractDataByEmaidAsync(emaid, ct).ConfigureAwait(false);
            return records.Count == 0 ? NoContract(http, $"eMAID {emaid}") : Results.Json(Lookup(records));
        }).RequireApiKey(ApiRole.Oem, ApiRole.Cpo, ApiRole.Mo);

        endpoints.MapGet(Path + "/contractCertificates/{emaid}.der", (string emaid, HttpContext http, IPncStore store, CancellationToken ct) =>
            DownloadAsync(emaid, http, store, pem: false, ct)).RequireApiKey(ApiRole.Oem, ApiRole.Cpo, ApiRole.Mo);
        endpoints.MapGet(Path + "/contractCertificates/{emaid}.pem", (string emaid, HttpContext http, IPncStore store, CancellationToken ct) =>
            DownloadAsync(emaid, http, store, pem: true, ct)).RequireApiKey(ApiRole.Oem, ApiRole.Cpo, ApiRole.Mo);

        endpoints.MapGet(Path + "/signedContractData/{pcid}", async (string pcid, HttpContext http, IPncStore store, CancellationToken ct) =>
        {
            if (IdentifierProblems.Pcid(http, pcid) is { } bad)
            {
                return bad;
            }

            // A vehicle without contracts is an empty list, not an error.
            return Results.Json(Lookup(await store.GetContractDataByPcidAsync(pcid, ct).ConfigureAwait(false)));
        }).RequireApiKey(ApiRole.Oem);

        endpoints.MapPost(Path + "/signedContractData/{pcid}/{emaid}/default",
            async (string pcid, string emaid, HttpContext http, IPncStore store, CancellationToken ct) =>
            {
                if ((IdentifierProblems.Pcid(http, pcid) ?? IdentifierProblems.Emaid(http, emaid)) is { } bad)
                {
                    return bad;
                }

                return await store.SetDefaultContractAsync(pcid, emaid, ct).ConfigureAwait(false)
                    ? Results.Json(new { })
                    : NoContract(http, $"eMAID {emaid} for PCID {pcid}");
            }).RequireApiKey(ApiRole.Oem);

        endpoints.MapGet(Path + "/provideSignedContractData/{emaid}/{pcid}",
            async (string emaid, string pcid, HttpContext http, IPncStore store, CancellationToken ct) =>
            {
                if ((IdentifierProblems.Pcid(http, pcid) ?? IdentifierProblems.Emaid(http, emaid)) is { } bad)
                {
                    return bad;
                }

                ContractDataRecord? record = (await store.GetContractDataByEmaidAsync(emaid, ct).ConfigureAwait(false))
                    .LastOrDefault(r => r.Pcid == pcid);
                return record is null
                    ? NoContract(http, $"eMAID {emaid} for PCID {pcid}")
                    : Results.Json(new ProvideContractDataResponse(Convert.ToBase64String(record.SignedContractData), record.XsdMsgDefNamespace));
            }).RequireApiKey(ApiRole.Oem);
    }

    private static async Task<IResult> UploadAsync(HttpContext http, IPncStore store, PkiDirectory pki, TimeProvider time, CancellationToken ct)
    {
        (SignedContractDataUpload? upload, IResult? error) =
            await RequestBody.ReadJsonAsync<SignedContractDataUpload>(http, ct).ConfigureAwait(false);
        if (error != null)
        {
            return error;
        }

        string? ns = upload!.XsdMsgDefNamespace;
        if (!OpcpNamespaces.IsIso2(ns) && !OpcpNamespaces.IsIso20(ns))
        {
            return Bad(http, $"xsdMsgDefNamespace '{ns}' is neither {OpcpNamespaces.Iso2} nor {OpcpNamespaces.Iso20}");
        }

        if (upload.Emaid is null || upload.Pcid is null || upload.SignedContractData is null)
        {
            return Bad(http, "emaid, pcid and signedContractDataXML are required");
        }

        if ((IdentifierProblems.Emaid(http, upload.Emaid) ?? IdentifierProblems.Pcid(http, upload.Pcid)) is { } bad)
        {
            return bad;
        }

        byte[] exi;
        try
        {
            exi = Convert.FromBase64String(upload.SignedContractData);
        }
        catch (FormatException)
        {
            return Bad(http, "signedContractDataXML is not base64");
        }

        // Contract data is for a vehicle the OEM registered, encoded in the namespace that vehicle speaks.
        string canonical = OpcpNamespaces.IsIso20(ns) ? OpcpNamespaces.Iso20 : OpcpNamespaces.Iso2;
        ProvisioningCertificateRecord? vehicle = await store.GetProvisioningCertificateAsync(upload.Pcid, ct).ConfigureAwait(false);
        if (vehicle is null)
        {
            return ServiceErrors.Response(http, StatusCodes.Status404NotFound, $"PCID {upload.Pcid} is not in the provisioning "
                + "certificate pool: the OEM must upload the vehicle's chain before contract data is uploaded for it");
        }

        if (vehicle.XsdMsgDefNamespace != canonical)
        {
            return ServiceErrors.Response(http, StatusCodes.Status422UnprocessableEntity, $"xsdMsgDefNamespace {canonical} is not the "
                + $"namespace of vehicle {upload.Pcid} in the provisioning certificate pool ({vehicle.XsdMsgDefNamespace})");
        }

        StoreRevocationChecker checker = await StoreRevocationChecker.LoadAsync(store, pki, ct).ConfigureAwait(false);
        DateTimeOffset now = time.GetUtcNow();
        (byte[]? contract, string? problem, bool malformed) = SignedContractDataCheck.Check(exi, ns!, upload.Emaid, pki, checker, now);
        if (contract is null)
        {
            return ServiceErrors.Response(http, malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity, problem!);
        }

        await store.PutContractDataAsync(new ContractDataRecord(upload.Emaid, upload.Pcid, canonical, exi, contract, false, upload.Metadata, now), ct)
            .ConfigureAwait(false);
        return Results.Json(new { }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ExchangeAsync(HttpContext http, CertificateProvisioningService cps, CancellationToken ct)
    {
        (SignedContractDataExchangeRequest? request, IResult? error) =
            await RequestBody.ReadJsonAsync<SignedContractDataExchangeRequest>(http, ct).ConfigureAwait(false);
        if (error != null)
        {
            return error;
        }

        if (string.IsNullOrEmpty(request!.CertificateInstallationReq) || string.IsNullOrEmpty(request.XsdMsgDefNamespace))
        {
            return Bad(http, "certificateInstallationReq and xsdMsgDefNamespace are required");
        }

        byte[] exi;
        try
        {
            exi = Convert.FromBase64String(request.CertificateInstallationReq);
        }
        catch (FormatException)
        {
            return Bad(http, "certificateInstallationReq is not base64");
        }

        ProvisioningExchangeResult result = await cps.ExchangeAsync(exi, request.XsdMsgDefNamespace, requireProvisioningPoolEntry: true,
            installationOnly: true, ct).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return ServiceErrors.Response(http, result.Status, result.Detail);
        }

        string? agreement = result.ContractKeyAgreementPublicKey is null ? null : Convert.ToBase64String(result.ContractKeyAgreementPublicKey);
        var content = new EmaidContent(new MessageDef(Convert.ToBase64String(result.ResponseExi!), result.Emaid, request.Metadata, agreement));
        return Results.Json(new SignedContractDataExchangeResponse(new CcpResponse([content])));
    }

    private static async Task<IResult> DownloadAsync(string emaid, HttpContext http, IPncStore store, bool pem, CancellationToken ct)
    {
        if (IdentifierProblems.Emaid(http, emaid) is { } bad)
        {
            return bad;
        }

        // The newest contract certificate of the eMAID (an MO may have uploaded data for several vehicles).
        ContractDataRecord? record = (await store.GetContractDataByEmaidAsync(emaid, ct).ConfigureAwait(false)).LastOrDefault();
        return record is null ? NoContract(http, $"eMAID {emaid}") : CertificateText.Download(record.ContractCertificate, emaid, pem);
    }

    private static ContractLookupResponse Lookup(IReadOnlyList<ContractDataRecord> records) => new(records.Select(r =>
    {
        using X509Certificate2 certificate = X509CertificateLoader.LoadCertificate(r.ContractCertificate);
        return new ContractSummary
        {
            Pcid = r.Pcid,
            Emaid = r.Emaid,
            XsdMsgDefNamespace = r.XsdMsgDefNamespace,
            ContractCertificate = Convert.ToBase64String(r.ContractCertificate),
            DefaultContract = r.IsDefault,
            CertValidFrom = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            CertValidTo = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
        };
    }).ToList());

    private static IResult Bad(HttpContext http, string message) => ServiceErrors.Response(http, StatusCodes.Status400BadRequest, message);

    private static IResult NoContract(HttpContext http, string what) =>
        ServiceErrors.Response(http, StatusCodes.Status404NotFound, $"the contract certificate pool holds no contract data for {what}");
}
