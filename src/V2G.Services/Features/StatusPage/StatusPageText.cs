using System;
using System.Globalization;
using System.Text.Encodings.Web;

namespace V2G.Services.Features.StatusPage;

/// <summary>Formatting shared by the page's sections: encoded text, times, state words.</summary>
internal static class StatusPageText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Text made safe for element content and quoted attribute values.</summary>
    public static string Html(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>A time in UTC, to the second.</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The word of a validity state (also the <c>data-validity</c> value).</summary>
    public static string Validity(ValidityState state) => state switch
    {
        ValidityState.Expired => "expired",
        ValidityState.NotYetValid => "not-yet-valid",
        _ => "valid",
    };

    /// <summary>The word of a revocation mark (also the <c>data-revocation</c> value).</summary>
    public static string Revocation(RevocationMark mark) => mark switch
    {
        RevocationMark.Revoked => "revoked",
        RevocationMark.NotApplicable => "root",
        RevocationMark.UnknownIssuer => "unknown-issuer",
        _ => "good",
    };
}
