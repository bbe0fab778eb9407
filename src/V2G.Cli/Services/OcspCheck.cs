using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using V2G.Services.Client;
using V2G.Services.Client.Revocation;

namespace V2G.Cli.Services;

/// <summary>The work of <c>v2g ocsp check</c>: ask a responder, verify the answer, print the status with its times.</summary>
internal static class OcspCheck
{
    /// <summary>How long the responder may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Checks the certificate and prints one status line and its details; 0 for a verified good, 1 otherwise.</summary>
    public static int Run(string certificatePath, string issuerPath, Uri url, bool nonce, OcspHttpMethod method, CliConsole console)
    {
        using X509Certificate2 certificate = First(certificatePath);
        using X509Certificate2 issuer = First(issuerPath);
        using var http = new HttpClient { Timeout = Timeout };
        OcspCheckResult result;
        try
        {
            result = Task.Run(() => new OcspClient(http).CheckAsync(certificate, issuer, url, nonce, method)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or PncServiceException or TaskCanceledException)
        {
            throw new InputException($"{url}: {e.Message}");
        }

        RevocationSourceResult verification = result.Verification;
        string status = result.Status.ToString().ToLowerInvariant();
        if (!result.IsVerified)
        {
            console.Out.WriteLine($"{certificatePath}: unknown (the response was refused: {verification.Failure})");
            console.Out.WriteLine($"  reason: {verification.Reason}");
            return ExitCodes.Failure;
        }

        console.Out.WriteLine(result.Status == RevocationStatus.Revoked
            ? $"{certificatePath}: revoked at {Time(verification.RevocationTime)}, reason "
                + (verification.RevocationReason is { } reason ? RevocationReasonNames.Name(reason) : "not given")
            : $"{certificatePath}: {status}");
        console.Out.WriteLine($"  responder: {verification.Source}");
        console.Out.WriteLine($"  this update: {Time(result.ThisUpdate)}");
        console.Out.WriteLine($"  next update: {Time(result.NextUpdate)}");
        console.Out.WriteLine($"  nonce: {(nonce ? "sent and echoed" : "not sent")}, {method.ToString().ToUpperInvariant()} {url}");
        return result.Status == RevocationStatus.Good ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static X509Certificate2 First(string path)
    {
        IReadOnlyList<X509Certificate2> loaded = CertificateFiles.Load(path);
        foreach (X509Certificate2 extra in loaded.Skip(1))
        {
            extra.Dispose();
        }

        return loaded[0];
    }

    private static string Time(DateTimeOffset? time) => time is { } t ? ValidationTime.Format(t) : "(none)";
}
