using Microsoft.AspNetCore.Http;
using V2G.Security.Identifiers;
using V2G.Services.Hosting;

namespace V2G.Services.Features;

/// <summary>The 400 answers of the pools for a PCID or eMAID in a route or body that does not parse (one wording for all).</summary>
internal static class IdentifierProblems
{
    /// <summary>A 400 naming why <paramref name="pcid"/> is not a PCID, or null when it is one.</summary>
    public static IResult? Pcid(HttpContext http, string pcid) =>
        V2G.Security.Identifiers.Pcid.TryParse(pcid, out _, out IdentifierError? error)
            ? null
            : ServiceErrors.Response(http, StatusCodes.Status400BadRequest, $"'{pcid}' is not a PCID: {error.Message}");

    /// <summary>A 400 naming why <paramref name="emaid"/> is not an ISO 15118 eMAID, or null when it is one.</summary>
    public static IResult? Emaid(HttpContext http, string emaid) =>
        EMaid.TryParse(emaid, EMaidSyntax.Iso15118, out _, out IdentifierError? error)
            ? null
            : ServiceErrors.Response(http, StatusCodes.Status400BadRequest, $"'{emaid}' is not an eMAID: {error.Message}");
}
