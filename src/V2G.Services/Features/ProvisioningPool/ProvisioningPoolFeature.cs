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
using V2G.Security.Certificates;
using V2G.Security.Identifiers;
using V2G.Security.Revocation;
using V2G.Services.Client.Opcp;
using V2G.Services.Features.Provisioning;
using V2G.Services.Features.RootPool;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;

namespace V2G.Services.Features.ProvisioningPool;

/// <summary>
/// OPCP provisioning certificate pool under /v1/oem: an OEM (key) uploads and removes a vehicle's provisioning chain, which must
/// validate to the folder's OEM root (revocation from the store); MO and OEM keys read it (OPCP's roles), CPO keys too for the
/// DER/PEM download of the vehicle certificate.
/// </summary>
internal static class ProvisioningPoolFeature
{
    private const string Path = "/v1/oem/provCerts";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(Path, UploadAsync).RequireApiKey(ApiRole.Oem);

        endpoints.MapGet(Path + "/{pcid}", async (string pcid, HttpContext http, IPncStore store, PkiDirectory pki, CancellationToken ct) =>
        {
            if (IdentifierProblems.Pcid(http, pcid) is { } bad)
            {
                return bad;
            }

            ProvisioningCertificateRecord? record = await store.GetProvisioningCertificateAsync(pcid, ct).ConfigureAwait(false);
            return record is null ? NotFound(http, pcid) : Results.Json(new ProvisioningCertificateResponse(ToOpcp(record, pki)));
        }).RequireApiKey(ApiRole.Mo, ApiRole.Oem);

        endpoints.MapGet(Path + "/{pcid}.der", (string pcid, HttpContext http, IPncStore store, CancellationToken ct) =>
            DownloadAsync(pcid, http, store, pem: false, ct)).RequireApiKey(ApiRole.Mo, ApiRole.Oem, ApiRole.Cpo);
        endpoints.MapGet(Path + "/{pcid}.pem", (string pcid, HttpContext http, IPncStore store, CancellationToken ct) =>
            DownloadAsync(pcid, http, store, pem: true, ct)).RequireApiKey(ApiRole.Mo, ApiRole.Oem, ApiRole.Cpo);

        endpoints.MapGet(Path + "/lookupVehicle/{pcid}", async (string pcid, HttpContext http, IPncStore store, CancellationToken ct) =>
        {
            if (IdentifierProblems.Pcid(http, pcid) is { } bad)
            {
                return bad;
            }

            ProvisioningCertificateRecord? record = await store.GetProvisioningCertificateAsync(pcid, ct).ConfigureAwait(false);
            if (record is null)
            {
                return NotFound(http, pcid);
            }

            IReadOnlyList<ContractDataRecord> contracts = await store.GetContractDataByPcidAsync(pcid, ct).ConfigureAwait(false);
            return Results.Json(new VehicleLookupResponse(pcid, record.XsdMsgDefNamespace, contracts.Select(c => c.Emaid).Distinct().ToList()));
        }).RequireApiKey(ApiRole.Mo, ApiRole.Oem);

        endpoints.MapDelete(Path + "/{pcid}", async (string pcid, HttpContext http, IPncStore store, CancellationToken ct) =>
        {
            if (IdentifierProblems.Pcid(http, pcid) is { } bad)
            {
                return bad;
            }

            return await store.DeleteProvisioningCertificateAsync(pcid, ct).ConfigureAwait(false) ? Results.Json(new { }) : NotFound(http, pcid);
        }).RequireApiKey(ApiRole.Oem);
    }

    private static async Task<IResult> UploadAsync(HttpContext http, IPncStore store, PkiDirectory pki, TimeProvider time, CancellationToken ct)
    {
        (ProvisioningCertificateUpload? upload, IResult? error) =
            await RequestBody.ReadJsonAsync<ProvisioningCertificateUpload>(http, ct).ConfigureAwait(false);
        if (error != null)
        {
            return error;
        }

        string ns = upload!.XsdMsgDefNamespace ?? OpcpNamespaces.Iso2;
        if (!OpcpNamespaces.IsIso2(ns) && !OpcpNamespaces.IsIso20(ns))
        {
            return Bad(http, $"xsdMsgDefNamespace '{ns}' is neither {OpcpNamespaces.Iso2} nor {OpcpNamespaces.Iso20}");
        }

        if (upload.PreviousPcid != null && !Pcid.TryParse(upload.PreviousPcid, out _, out IdentifierError? previousError))
        {
            return Bad(http, $"previousPcid '{upload.PreviousPcid}' is not a PCID: {previousError.Message}");
        }

        var loaded = new List<X509Certificate2>();
        try
        {
            if (!CertificateText.TryRead("vehicleCertificate", upload.VehicleCertificate, out X509Certificate2? vehicle, out string? problem)
                || !CertificateText.TryRead("subCA1Certificate", upload.SubCa1Certificate, out X509Certificate2? subCa1, out problem))
            {
                return Bad(http, problem);
            }

            loaded.AddRange([vehicle, subCa1]);
            X509Certificate2? subCa2 = null;
            if (upload.SubCa2Certificate != null)
            {
                if (!CertificateText.TryRead("subCA2Certificate", upload.SubCa2Certificate, out subCa2, out problem))
                {
                    return Bad(http, problem);
                }

                loaded.Add(subCa2);
            }

            string pcid = CertificateText.CommonName(vehicle);
            if (!Pcid.TryParse(pcid, out _, out IdentifierError? pcidError))
            {
                return ServiceErrors.Response(http, StatusCodes.Status422UnprocessableEntity,
                    $"the vehicle certificate's CN '{pcid}' is not a PCID: {pcidError.Message}");
            }

            StoreRevocationChecker checker = await StoreRevocationChecker.LoadAsync(store, pki, ct).ConfigureAwait(false);
            X509Certificate2[] subs = subCa2 is null ? [subCa1] : [subCa2, subCa1];
            ChainValidationResult chain = CertificateChainValidator.Validate(vehicle, subs, FolderRoots.OfType(pki, "OEM"),
                new ChainValidationOptions
                {
                    Profile = pki.Profile, Role = CertificateRole.OemProvisioning, ValidationTime = time.GetUtcNow(),
                    RevocationChecker = checker, RevocationPolicy = RevocationPolicy.Require,
                });
            if (!chain.IsValid)
            {
                return ServiceErrors.Response(http, StatusCodes.Status422UnprocessableEntity,
                    $"the provisioning chain of {pcid} does not validate to this service's OEM root: {chain.Failure}");
            }

            var record = new ProvisioningCertificateRecord(pcid, vehicle.RawData, subCa1.RawData, subCa2?.RawData,
                OpcpNamespaces.IsIso20(ns) ? OpcpNamespaces.Iso20 : OpcpNamespaces.Iso2, upload.PreviousPcid, time.GetUtcNow());
            await store.PutProvisioningCertificateAsync(record, ct).ConfigureAwait(false);
            return Results.Json(ToOpcp(record, pki));
        }
        finally
        {
            loaded.ForEach(c => c.Dispose());
        }
    }

    private static ProvisioningCertificateData ToOpcp(ProvisioningCertificateRecord record, PkiDirectory pki)
    {
        // The informative root fields name the folder's OEM root whose subject is the chain's top issuer.
        using X509Certificate2 top = X509CertificateLoader.LoadCertificate(record.SubCa1Certificate);
        X509Certificate2? root = FolderRoots.OfType(pki, "OEM")
            .FirstOrDefault(r => r.SubjectName.RawData.AsSpan().SequenceEqual(top.IssuerName.RawData));
        return new ProvisioningCertificateData
        {
            Pcid = record.Pcid,
            VehicleCertificate = Convert.ToBase64String(record.VehicleCertificate),
            SubCa1Certificate = Convert.ToBase64String(record.SubCa1Certificate),
            SubCa2Certificate = record.SubCa2Certificate is null ? null : Convert.ToBase64String(record.SubCa2Certificate),
            XsdMsgDefNamespace = record.XsdMsgDefNamespace,
            RootIssuerDistinguishedName = root?.Subject ?? top.Issuer,
            RootIssuerSerialNumber = root is null ? null : CertificateSerial.Of(root),
            RootAuthorityKeyIdentifier = root is null ? null : CertificateText.SubjectKeyId(root),
            Fingerprint = CertificateText.Fingerprint(record.VehicleCertificate),
            PreviousPcid = record.PreviousPcid,
        };
    }

    private static async Task<IResult> DownloadAsync(string pcid, HttpContext http, IPncStore store, bool pem, CancellationToken ct)
    {
        if (IdentifierProblems.Pcid(http, pcid) is { } bad)
        {
            return bad;
        }

        ProvisioningCertificateRecord? record = await store.GetProvisioningCertificateAsync(pcid, ct).ConfigureAwait(false);
        return record is null ? NotFound(http, pcid) : CertificateText.Download(record.VehicleCertificate, pcid, pem);
    }

    private static IResult Bad(HttpContext http, string message) => ServiceErrors.Response(http, StatusCodes.Status400BadRequest, message);

    private static IResult NotFound(HttpContext http, string pcid) =>
        ServiceErrors.Response(http, StatusCodes.Status404NotFound, $"PCID {pcid} is not in the provisioning certificate pool");
}
