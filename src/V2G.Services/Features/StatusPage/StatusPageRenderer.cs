using System;
using System.Globalization;
using System.Linq;
using System.Text;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using V2G.Services.Storage;
using static V2G.Services.Features.StatusPage.StatusPageText;

namespace V2G.Services.Features.StatusPage;

/// <summary>
/// Writes the status page: one self-contained HTML document (inline CSS, no script, no external resource). Every value is
/// HTML-encoded; rows carry stable <c>id</c>s and <c>data-</c> attributes so that tests and scripts can read them.
/// </summary>
internal static class StatusPageRenderer
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1d232a;background:#fafbfc}
        h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .4rem}
        table{border-collapse:collapse;width:100%;font-size:.82rem;background:#fff}
        th,td{border:1px solid #d5dae0;padding:.25rem .4rem;text-align:left;vertical-align:top}
        th{background:#eef1f4}td.serial{font-family:monospace}td.time{white-space:nowrap}
        .badge{display:inline-block;padding:0 .35rem;border-radius:.3rem;font-weight:600}
        .status-valid,.status-good{background:#dff3e4;color:#155d27}.status-revoked{background:#fbe0e0;color:#8a1414}
        .status-expired,.status-not-yet-valid,.status-failed{background:#fff0cc;color:#6b4a00}
        .status-root,.status-unknown-issuer{background:#e8eaf0;color:#39414d}
        tr[data-status=revoked] td{background:#fff5f5}.empty{color:#66707a;font-style:italic}
        """;

    /// <summary>The page's HTML.</summary>
    public static string Render(StatusPageModel model)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>V2G Plug&#39;n&#39;Charge services</title><style>").Append(Style).Append("</style></head>\n<body>\n");
        html.Append("<h1>V2G Plug&#39;n&#39;Charge back-end services</h1>\n<p id=\"summary\">Profile <strong id=\"profile\" data-profile=\"")
            .Append(Html(model.Profile)).Append("\">").Append(Html(model.Profile)).Append("</strong>, ")
            .Append(model.Certificates.Count(c => c.IsCertificateAuthority).ToString(CultureInfo.InvariantCulture)).Append(" CAs, ")
            .Append(model.Certificates.Count.ToString(CultureInfo.InvariantCulture)).Append(" certificates; page made at <time id=\"now\">")
            .Append(Time(model.Now)).Append("</time>. Read-only: every change needs an API key.</p>\n");
        Certificates(html, model);
        Issued(html, model);
        Exchanges(html, model);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Certificates(StringBuilder html, StatusPageModel model)
    {
        html.Append("<h2>Certificate authorities and certificates of the PKI folder</h2>\n<table id=\"certificates\"><thead><tr>")
            .Append("<th>Name</th><th>Kind</th><th>Subject</th><th>Issuer</th><th>Serial</th><th>Not before</th><th>Not after</th>")
            .Append("<th>Validity</th><th>Revocation</th><th>Downloads</th></tr></thead><tbody>\n");
        foreach (CertificateRow row in model.Certificates)
        {
            string name = Html(row.Name);
            string kind = !row.IsCertificateAuthority ? "leaf" : row.Revocation == RevocationMark.NotApplicable ? "root CA" : "sub-CA";
            html.Append("<tr id=\"cert-").Append(name).Append("\" data-certificate=\"").Append(name)
                .Append("\" data-status=\"").Append(row.Status).Append("\" data-validity=\"").Append(Validity(row.Validity))
                .Append("\" data-revocation=\"").Append(Revocation(row.Revocation)).Append("\" data-ca=\"")
                .Append(row.IsCertificateAuthority ? "true" : "false").Append("\">")
                .Append("<td class=\"name\">").Append(name).Append("</td><td class=\"kind\">").Append(kind)
                .Append(row.CanSign ? " (signs)" : "").Append("</td><td class=\"subject\">").Append(Html(row.Subject))
                .Append("</td><td class=\"issuer\">")
                .Append(row.Revocation == RevocationMark.NotApplicable ? "(self-signed)" : Html(row.IssuerName ?? row.Issuer))
                .Append("</td><td class=\"serial\">").Append(Html(row.Serial))
                .Append("</td><td class=\"time\">").Append(Time(row.NotBefore))
                .Append("</td><td class=\"time\">").Append(Time(row.NotAfter)).Append("</td><td class=\"validity\">");
            Badge(html, Validity(row.Validity));
            html.Append("</td><td class=\"revocation\">");
            Badge(html, Revocation(row.Revocation));
            if (row.RevokedBy is { } revoked)
            {
                string reason = RevocationReasonNames.TryFromCode(revoked.Reason, out RevocationReason known)
                    ? RevocationReasonNames.Name(known)
                    : "code " + revoked.Reason.ToString(CultureInfo.InvariantCulture);
                html.Append(" since ").Append(Time(revoked.RevokedAt)).Append(" (").Append(reason).Append(')');
            }

            string path = Html(Uri.EscapeDataString(row.Name));
            html.Append("</td><td class=\"downloads\"><a href=\"/certs/").Append(path).Append(".der\">DER</a> <a href=\"/certs/")
                .Append(path).Append(".pem\">PEM</a>");
            if (row.CanSign)
            {
                html.Append(" <a href=\"/crl/").Append(path).Append("\">CRL</a>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Issued(StringBuilder html, StatusPageModel model)
    {
        html.Append("<h2>Certificates the service issued</h2>\n");
        if (model.Issued.Count == 0)
        {
            html.Append("<p id=\"issued-empty\" class=\"empty\">None yet.</p>\n");
            return;
        }

        if (model.IssuedTotal > model.Issued.Count)
        {
            html.Append("<p id=\"issued-more\">The newest ").Append(model.Issued.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" of ").Append(model.IssuedTotal.ToString(CultureInfo.InvariantCulture)).Append(".</p>\n");
        }

        html.Append("<table id=\"issued\"><thead><tr><th>Subject</th><th>CA</th><th>Serial</th><th>Issued at</th><th>Revocation</th>")
            .Append("</tr></thead><tbody>\n");
        foreach (IssuedRow row in model.Issued)
        {
            IssuedCertificateRecord record = row.Record;
            string status = row.RevokedBy == null ? "good" : "revoked";
            html.Append("<tr data-issued=\"").Append(Html(record.SerialNumberHex)).Append("\" data-ca=\"").Append(Html(record.CaName))
                .Append("\" data-status=\"").Append(status).Append("\"><td class=\"subject\">").Append(Html(record.Subject))
                .Append("</td><td>").Append(Html(record.CaName)).Append("</td><td class=\"serial\">").Append(Html(record.SerialNumberHex))
                .Append("</td><td>").Append(Time(record.IssuedAt)).Append("</td><td>");
            Badge(html, status);
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Exchanges(StringBuilder html, StatusPageModel model)
    {
        html.Append("<h2>Recent provisioning exchanges</h2>\n");
        if (model.Exchanges.Count == 0)
        {
            html.Append("<p id=\"exchanges-empty\" class=\"empty\">None yet.</p>\n");
            return;
        }

        html.Append("<table id=\"exchanges\"><thead><tr><th>At</th><th>Kind</th><th>Namespace</th><th>PCID</th><th>eMAID</th>")
            .Append("<th>Outcome</th><th>Detail</th></tr></thead><tbody>\n");
        foreach (ExchangeRecord exchange in model.Exchanges)
        {
            string outcome = exchange.Succeeded ? "delivered" : "failed";
            html.Append("<tr data-exchange=\"").Append(Html(exchange.Kind)).Append("\" data-status=\"").Append(outcome).Append("\"><td>")
                .Append(Time(exchange.At)).Append("</td><td>").Append(Html(exchange.Kind)).Append("</td><td>")
                .Append(Html(exchange.XsdMsgDefNamespace)).Append("</td><td>").Append(Html(exchange.Pcid)).Append("</td><td>")
                .Append(Html(exchange.Emaid)).Append("</td><td>");
            Badge(html, exchange.Succeeded ? "good" : "failed", outcome);
            html.Append("</td><td class=\"detail\">").Append(Html(exchange.Detail)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Badge(StringBuilder html, string state, string? text = null) =>
        html.Append("<span class=\"badge status-").Append(state).Append("\">").Append(text ?? state).Append("</span>");
}
