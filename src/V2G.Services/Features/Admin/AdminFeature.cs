using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using V2G.Services.Features.Ocsp;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;

namespace V2G.Services.Features.Admin;

/// <summary>
/// Admin endpoints (admin key only): <c>POST /v1/admin/revocations</c> revokes a certificate of a signing CA through the store
/// (the next CRL of the CA lists it with an incremented CRLNumber, OCSP answers revoked at once, on every instance sharing
/// the store); <c>GET /v1/admin/revocations[?ca=NAME]</c> lists the revocations.
/// </summary>
internal static class AdminFeature
{
    /// <summary>Registers what the endpoints need.</summary>
    public static void AddServices(IServiceCollection services) => AuthorityServices.Add(services);

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder group = endpoints.MapGroup("/v1/admin/revocations").RequireApiKey();
        group.MapPost("", RevokeAsync);
        group.MapGet("", ListAsync);
    }

    private static async Task<IResult> RevokeAsync(HttpContext context, PkiDirectory pki, AuthorityKeyring keyring, IPncStore store,
        PncServiceOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        (byte[]? body, IResult? refused) = await RequestBody.ReadAsync(context, "application/json", "a revocation", cancellationToken)
            .ConfigureAwait(false);
        if (refused != null)
        {
            return refused;
        }

        if (!RevocationRequest.TryRead(body!, out RevocationRequest? request, out string? error))
        {
            return ServiceErrors.Response(context, StatusCodes.Status400BadRequest, error);
        }

        SigningAuthority? ca;
        string serial;
        using (X509Certificate2? certificate = request.Certificate)
        {
            if (certificate is not null)
            {
                PkiDirectoryEntry? issuer = pki.FindIssuer(certificate);
                if (issuer is null)
                {
                    return ServiceErrors.Response(context, StatusCodes.Status404NotFound,
                        $"no CA of this PKI issued '{certificate.Subject}' (issuer '{certificate.Issuer}', or its signature does not verify)");
                }

                ca = keyring.Find(issuer.Name);
                if (ca is null)
                {
                    return ServiceErrors.Response(context, StatusCodes.Status404NotFound,
                        $"'{certificate.Subject}' was issued by {issuer.Name}, which publishes no CRL here (its key is not in keys/)");
                }

                serial = CertificateSerial.Of(certificate);
            }
            else
            {
                ca = keyring.Find(request.CaName!);
                if (ca is null)
                {
                    return UnknownCa(context, keyring, request.CaName!);
                }

                serial = request.SerialNumberHex!;
            }
        }

        try
        {
            DateTimeOffset now = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
            RevocationOutcome outcome = await store.RevokeAsync(
                new RevocationEntry(ca.Name, serial, now, (int)request.Reason), cancellationToken).ConfigureAwait(false);
            RevocationEntry? stored = outcome.Added ? null : (await store.GetRevocationStateAsync(ca.Name, cancellationToken)
                .ConfigureAwait(false)).Entries.FirstOrDefault(e => e.SerialNumberHex == serial);
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("V2G.Services.Admin").LogInformation(
                "revoked {Ca} serial {Serial} ({Reason}): added {Added}, CRL number {CrlNumber}",
                ca.Name, serial, request.Reason, outcome.Added, outcome.CrlNumber);
            return Results.Json(new RevocationResult(ca.Name, serial, stored?.RevokedAt ?? now,
                ReasonName(stored?.Reason ?? (int)request.Reason), outcome.Added, outcome.CrlNumber));
        }
        catch (StoreUnavailableException e)
        {
            return ServiceErrors.StoreUnavailable(context, e);
        }
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, string? ca, AuthorityKeyring keyring, IPncStore store, CancellationToken cancellationToken)
    {
        IEnumerable<SigningAuthority> selected = keyring.Authorities;
        if (ca is not null)
        {
            if (keyring.Find(ca) is not { } one)
            {
                return UnknownCa(context, keyring, ca);
            }

            selected = [one];
        }

        try
        {
            var lists = new List<AuthorityRevocationList>();
            foreach (SigningAuthority authority in selected)
            {
                RevocationState state = await store.GetRevocationStateAsync(authority.Name, cancellationToken).ConfigureAwait(false);
                lists.Add(new AuthorityRevocationList(authority.Name, state.CrlNumber,
                    state.Entries.Select(e => new RevokedItem(e.SerialNumberHex, e.RevokedAt, ReasonName(e.Reason))).ToArray()));
            }

            return Results.Json(new RevocationListing(lists));
        }
        catch (StoreUnavailableException e)
        {
            return ServiceErrors.StoreUnavailable(context, e);
        }
    }

    private static IResult UnknownCa(HttpContext context, AuthorityKeyring keyring, string name) =>
        ServiceErrors.Response(context, StatusCodes.Status404NotFound,
            $"no CA named '{name}' signs here; known: {string.Join(", ", keyring.Authorities.Select(a => a.Name))}");

    private static string ReasonName(int code) =>
        RevocationReasonNames.TryFromCode(code, out RevocationReason reason) ? RevocationReasonNames.Name(reason) : code.ToString(
            System.Globalization.CultureInfo.InvariantCulture);
}
