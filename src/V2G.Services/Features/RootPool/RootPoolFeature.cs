using System;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using V2G.Services.Client.Opcp;
using V2G.Services.Features.Provisioning;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;

namespace V2G.Services.Features.RootPool;

/// <summary>
/// OPCP root certificate pool under /v1/root: list (optionally of one <c>rootType</c>) and get with any key (OPCP's All_roles),
/// upload and removal with an admin key, and public DER/PEM downloads (<c>/v1/root/rootCerts/{id}.der|.pem</c>: trust anchors
/// are public by nature).
/// </summary>
internal static class RootPoolFeature
{
    private const string Path = "/v1/root/rootCerts";

    /// <summary>Registers the seeding of the pool with the folder's roots.</summary>
    public static void AddServices(IServiceCollection services) => services.AddHostedService<RootPoolSeeder>();

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext http, IPncStore store, CancellationToken ct) =>
        {
            // OPCP's optional filter ?rootType=mo|v2g|oem (any case here); absent lists every root.
            string? type = null;
            if (http.Request.Query.TryGetValue("rootType", out var values))
            {
                type = values.Count == 1 ? values[0]?.ToUpperInvariant() : null;
                if (type is null || !FolderRoots.Types.Contains(type))
                {
                    return ServiceErrors.Response(http, StatusCodes.Status400BadRequest, $"rootType '{values}' is not one of "
                        + string.Join(", ", FolderRoots.Types.Select(t => t.ToLowerInvariant())) + " (the query takes exactly one)");
                }
            }

            var roots = await store.ListRootCertificatesAsync(ct).ConfigureAwait(false);
            var listed = roots.Where(r => type is null || r.RootType == type).Select(RootCertificates.ToOpcp).ToList();
            return Results.Json(new RootCertificateListResponse(new RootCertificateCollection(listed)));
        }).RequireApiKey(ApiRole.Oem, ApiRole.Mo, ApiRole.Cpo);

        endpoints.MapGet(Path + "/{rootCertificateId}", async (string rootCertificateId, HttpContext http, IPncStore store, CancellationToken ct) =>
        {
            RootCertificateRecord? root = await store.GetRootCertificateAsync(rootCertificateId, ct).ConfigureAwait(false);
            return root is null
                ? NotFound(http, rootCertificateId)
                : Results.Json(new RootCertificateResponse(RootCertificates.ToOpcp(root)));
        }).RequireApiKey(ApiRole.Oem, ApiRole.Mo, ApiRole.Cpo);

        endpoints.MapGet(Path + "/{rootCertificateId}.der", (string rootCertificateId, HttpContext http, IPncStore store, CancellationToken ct) =>
            DownloadAsync(rootCertificateId, http, store, pem: false, ct));
        endpoints.MapGet(Path + "/{rootCertificateId}.pem", (string rootCertificateId, HttpContext http, IPncStore store, CancellationToken ct) =>
            DownloadAsync(rootCertificateId, http, store, pem: true, ct));

        endpoints.MapPut(Path, async (HttpContext http, IPncStore store, TimeProvider time, CancellationToken ct) =>
        {
            (RootCertificateUpload? upload, IResult? error) = await RequestBody.ReadJsonAsync<RootCertificateUpload>(http, ct).ConfigureAwait(false);
            if (error != null)
            {
                return error;
            }

            string? type = upload!.RootType?.ToUpperInvariant();
            if (type is null || !FolderRoots.Types.Contains(type))
            {
                return ServiceErrors.Response(http, StatusCodes.Status400BadRequest,
                    $"rootType '{upload.RootType}' is not one of {string.Join(", ", FolderRoots.Types)}");
            }

            if (!CertificateText.TryRead("caCertificate", upload.CaCertificate, out X509Certificate2? certificate, out string? problem))
            {
                return ServiceErrors.Response(http, StatusCodes.Status400BadRequest, problem);
            }

            using (certificate)
            {
                if (RootProblem(certificate) is { } refusal)
                {
                    return ServiceErrors.Response(http, StatusCodes.Status422UnprocessableEntity, refusal);
                }

                byte[] der = certificate.RawData;
                var record = new RootCertificateRecord(RootCertificates.IdOf(der), type, der, time.GetUtcNow());
                await store.PutRootCertificateAsync(record, ct).ConfigureAwait(false);
                return Results.Json(new RootCertificateResponse(RootCertificates.ToOpcp(record)));
            }
        }).RequireApiKey();

        endpoints.MapDelete(Path + "/{rootCertificateId}", async (string rootCertificateId, HttpContext http, IPncStore store,
                CancellationToken ct) =>
            await store.DeleteRootCertificateAsync(rootCertificateId, ct).ConfigureAwait(false)
                ? Results.Json(new { })
                : NotFound(http, rootCertificateId)).RequireApiKey();
    }

    private static async System.Threading.Tasks.Task<IResult> DownloadAsync(
        string id, HttpContext http, IPncStore store, bool pem, CancellationToken ct)
    {
        RootCertificateRecord? root = await store.GetRootCertificateAsync(id, ct).ConfigureAwait(false);
        return root is null ? NotFound(http, id) : CertificateText.Download(root.Certificate, id, pem);
    }

    private static string? RootProblem(X509Certificate2 certificate)
    {
        bool isCa = certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);
        if (!isCa)
        {
            return "caCertificate is not a CA certificate (basicConstraints cA is not true)";
        }

        return certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData) && VerifiesItself(certificate.RawData)
                ? null
                : "caCertificate is not a self-signed root (its issuer is not its subject or its signature does not verify with its own key)";
    }

    private static bool VerifiesItself(byte[] der)
    {
        try
        {
            Org.BouncyCastle.X509.X509Certificate parsed = new Org.BouncyCastle.X509.X509CertificateParser().ReadCertificate(der);
            parsed.Verify(parsed.GetPublicKey());
            return true;
        }
        catch (Exception e) when (e is Org.BouncyCastle.Security.GeneralSecurityException or ArgumentException or InvalidOperationException
            or Org.BouncyCastle.Crypto.CryptoException or System.IO.IOException)
        {
            return false;
        }
    }

    private static IResult NotFound(HttpContext http, string id) =>
        ServiceErrors.Response(http, StatusCodes.Status404NotFound, $"root certificate {id} is not in the root certificate pool");
}
