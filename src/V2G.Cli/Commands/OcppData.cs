using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security.Ocpp;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g ocpp hash-data|ocsp-request-data [--hash H] [--issuer PEM] CERT...</c>: one JSON array of CertificateHashDataType or
/// OCSPRequestDataType objects, one per certificate.
/// </summary>
internal static class OcppData
{
    /// <summary>Runs the sub-command.</summary>
    /// <param name="arguments">The arguments after <c>ocpp hash-data</c> / <c>ocpp ocsp-request-data</c>.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="withResponder">True for OCSPRequestDataType (adds responderURL).</param>
    /// <returns>0 printed, 1 unreadable input or a certificate without OCSP URI, 2 bad usage (thrown).</returns>
    public static int Run(ParsedArguments arguments, CliConsole console, bool withResponder)
    {
        string subject = "v2g " + arguments.Command;

        CertCommand.RequireOnly(arguments, SecurityOptions.Hash, SecurityOptions.Issuer);
        OcppHashAlgorithm hash = ParseHash(arguments.Single(SecurityOptions.Hash.Name) ?? "sha256");
        string[] files = arguments.Positionals.ToArray();
        if (files.Length == 0)
        {
            throw new UsageException($"'{arguments.Command}' needs at least one CERT file");
        }

        try
        {
            X509Certificate2? issuer = arguments.Single(SecurityOptions.Issuer.Name) is { } issuerPath
                ? CertificateFiles.Load(issuerPath)[0]
                : null;
            List<X509Certificate2> certificates = files.SelectMany(CertificateFiles.Load).ToList();
            var items = new List<string>();
            for (int i = 0; i < certificates.Count; i++)
            {
                X509Certificate2 certificate = certificates[i];
                X509Certificate2? issuedBy = issuer ?? IssuerInList(certificates, i);
                string name = CertificateFiles.NameOf(certificate);
                if (issuedBy is null)
                {
                    Diagnostics.Note(console.Error, subject,
                        $"skipped '{name}': its issuer is not among the files and it is not self-issued (give --issuer)");
                    continue;
                }

                if (!withResponder)
                {
                    items.Add(OcppJson.Serialize(CertificateHashData.Create(certificate, issuedBy, hash)));
                }
                else if (OcspRequestData.TryCreate(certificate, issuedBy, hash, out OcspRequestData? data, out OcppProblem? problem))
                {
                    items.Add(OcppJson.Serialize(data));
                }
                else if (issuer is null && SelfIssued(certificate))
                {
                    Diagnostics.Note(console.Error, subject, $"skipped root '{name}': a trust anchor has no OCSP responder");
                }
                else
                {
                    Diagnostics.Error(console.Error, subject, $"'{name}': {problem!.Kind} at {problem.Field}: {problem.Message}");
                    return ExitCodes.Failure;
                }
            }

            console.Out.WriteLine("[" + string.Join(",", items) + "]");
            return ExitCodes.Success;
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, subject, e.Message);
            return ExitCodes.Failure;
        }
    }

    /// <summary>In a chain file each certificate is issued by the next one; the last only by itself (a root).</summary>
    private static X509Certificate2? IssuerInList(List<X509Certificate2> certificates, int index)
    {
        if (index + 1 < certificates.Count)
        {
            return certificates[index + 1];
        }

        return SelfIssued(certificates[index]) ? certificates[index] : null;
    }

    private static bool SelfIssued(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);

    private static OcppHashAlgorithm ParseHash(string value) => value.ToLowerInvariant() switch
    {
        "sha256" or "sha-256" => OcppHashAlgorithm.Sha256,
        "sha384" or "sha-384" => OcppHashAlgorithm.Sha384,
        "sha512" or "sha-512" => OcppHashAlgorithm.Sha512,
        _ => throw new UsageException($"option '--hash' is sha256, sha384 or sha512, not '{value}'"),
    };
}
