using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Security;
using V2G.Cli.Services;
using V2G.Services.Client.Revocation;

namespace V2G.Cli.Commands;

/// <summary><c>v2g ocsp check CERT --issuer PEM --url URL [--nonce] [--get]</c>: asks an OCSP responder and verifies its answer.</summary>
internal sealed class OcspCommand : ICommand
{
    private static readonly OptionSpec Url = new("--url", TakesValue: true);
    private static readonly OptionSpec Nonce = new("--nonce", TakesValue: false);
    private static readonly OptionSpec Get = new("--get", TakesValue: false);

    private const string HelpText = """
        Usage:
          v2g ocsp check CERT --issuer ISSUER.pem --url URL [--nonce] [--get]

        Asks the OCSP responder at URL (e.g. http://127.0.0.1:5080/ocsp of 'v2g serve') about CERT, issued by ISSUER,
        and verifies the response (signature by the issuer or its delegated responder, CertID, freshness, and with
        --nonce the echoed nonce). Prints good, revoked (with time and reason) or unknown, and the response's times.
        --get sends the request as GET URL/{base64} (RFC 6960 A.1) instead of POST.

        Exit codes: 0 good, 1 revoked, unknown, a refused response or an unreachable responder, 2 bad usage.

        Example:
          v2g ocsp check pki/certs/ContractCert.pem --issuer pki/certs/MOSubCA2.pem --url http://127.0.0.1:5080/ocsp --nonce

        """;

    /// <inheritdoc/>
    public string Name => "ocsp";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [SecurityOptions.Issuer, Url, Nonce, Get];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize(HelpText);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console) =>
        SubCommands.Dispatch("ocsp", arguments, console, ("check", Check));

    private static int Check(ParsedArguments arguments, CliConsole console) =>
        SubCommands.Run(arguments, console,
            [SecurityOptions.Issuer, Url, Nonce, Get], () =>
            {
                string[] certificates = arguments.Positionals.ToArray();
                if (certificates.Length != 1)
                {
                    throw new UsageException("'ocsp check' needs exactly one certificate file");
                }

                string issuer = arguments.Single(SecurityOptions.Issuer.Name) ?? throw new UsageException("'ocsp check' needs --issuer PEM");
                string urlText = arguments.Single(Url.Name) ?? throw new UsageException("'ocsp check' needs --url URL");
                if (!Uri.TryCreate(urlText, UriKind.Absolute, out Uri? url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                {
                    throw new UsageException($"--url '{urlText}' is not an http(s) URL");
                }

                return OcspCheck.Run(certificates[0], issuer, url, arguments.Has(Nonce.Name),
                    arguments.Has(Get.Name) ? OcspHttpMethod.Get : OcspHttpMethod.Post, console);
            });
}
