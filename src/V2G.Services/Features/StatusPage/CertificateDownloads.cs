using Microsoft.AspNetCore.Http;
using V2G.Security.Authority;
using V2G.Services.Hosting;

namespace V2G.Services.Features.StatusPage;

/// <summary>
/// <c>GET /certs/{name}.der|.pem</c>: a certificate of the PKI folder. The name is looked up among the folder's certificates and
/// never joined to a path, so nothing outside <c>certs/</c> (keys above all) can be reached.
/// </summary>
internal static class CertificateDownloads
{
    /// <summary>Answers the request.</summary>
    public static IResult Handle(HttpContext context, string file, PkiDirectory pki)
    {
        int dot = file.LastIndexOf('.');
        string extension = dot < 0 ? string.Empty : file[(dot + 1)..];
        if (extension is not ("der" or "pem"))
        {
            return ServiceErrors.Response(context, StatusCodes.Status404NotFound,
                $"no certificate download '{file}': name it <certificate>.der or <certificate>.pem");
        }

        string name = file[..dot];
        PkiDirectoryEntry? entry = pki.Find(name);
        if (entry == null)
        {
            return ServiceErrors.Response(context, StatusCodes.Status404NotFound, $"the PKI folder has no certificate '{name}'");
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        return extension == "der"
            ? Results.File(entry.Certificate.RawData, "application/pkix-cert", name + ".der")
            : Results.Text(entry.Certificate.ExportCertificatePem() + "\n", "application/x-pem-file", System.Text.Encoding.ASCII);
    }
}
