using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using V2G.Services.Hosting;

namespace V2G.Services.Security;

/// <summary>
/// Refuses a request without a valid API key of one of the allowed roles: 401 when no key or an unknown key is presented,
/// 403 when the key belongs to another role. The key travels in <c>X-API-Key</c> or as <c>Authorization: Bearer</c>.
/// </summary>
public static class ApiKeyFilter
{
    /// <summary>The header that carries the key.</summary>
    public const string HeaderName = "X-API-Key";

    /// <summary>Lets only callers with a key of <paramref name="roles"/> (or an admin key) reach the endpoint.</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="builder">The endpoint or group.</param>
    /// <param name="roles">The roles allowed besides <see cref="ApiRole.Admin"/>.</param>
    /// <returns>The builder.</returns>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder, params ApiRole[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(roles);
        builder.AddEndpointFilter(async (context, next) =>
        {
            HttpContext http = context.HttpContext;
            ApiKeySet keys = http.RequestServices.GetRequiredService<ApiKeySet>();
            string? presented = Presented(http.Request);
            if (presented == null)
            {
                return ServiceErrors.Response(http, StatusCodes.Status401Unauthorized,
                    $"this endpoint needs an API key ({string.Join(" or ", roles.Append(ApiRole.Admin))}) in {HeaderName}");
            }

            ApiRole? role = keys.RoleOf(presented);
            if (role == null)
            {
                return ServiceErrors.Response(http, StatusCodes.Status401Unauthorized, "the API key is not known to this service");
            }

            if (role != ApiRole.Admin && !roles.Contains(role.Value))
            {
                return ServiceErrors.Response(http, StatusCodes.Status403Forbidden,
                    $"a {role} key may not call this endpoint (needs {string.Join(" or ", roles.Append(ApiRole.Admin))})");
            }

            http.Items[typeof(ApiRole)] = role.Value;
            return await next(context).ConfigureAwait(false);
        });
        return builder;
    }

    private static string? Presented(HttpRequest request)
    {
        string? header = request.Headers[HeaderName];
        if (!string.IsNullOrEmpty(header))
        {
            return header;
        }

        string? authorization = request.Headers.Authorization;
        const string bearer = "Bearer ";
        return authorization != null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            ? authorization[bearer.Length..].Trim()
            : null;
    }
}
