using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.TestPki;

namespace V2G.Cli.Commands;

/// <summary><c>v2g pki init</c> writes a test PKI folder; <c>v2g pki issue</c> lets one of its CAs sign a CSR.</summary>
internal sealed class PkiCommand : ICommand
{
    private static readonly OptionSpec Dir = new("--dir", TakesValue: true);
    private static readonly OptionSpec Broken = new("--broken", TakesValue: false);
    private static readonly OptionSpec Now = new("--now", TakesValue: true);
    private static readonly OptionSpec Ca = new("--ca", TakesValue: true);
    private static readonly OptionSpec Csr = new("--csr", TakesValue: true);

    private const string HelpText = """
        Usage:
          v2g pki init --dir DIR --profile iso2|iso20|iso20-ed448 [--broken] [--now TIME]
          v2g pki issue --dir DIR --ca CA --role secc|cps|contract|oem --csr CSR.pem --out CERT.pem

        init writes a new test PKI (every key new) with the layout of the shared one: certs/, keys/ (PKCS#8), chains/,
        crl/ (one CRL per CA, ContractCert2 revoked), ocsp/, manifest.json and with --broken also broken/. Every
        certificate, CRL and OCSP response is valid at TIME (ISO 8601 or epoch seconds; default now).
        issue signs a leaf CSR with the CA (e.g. CPOSubCA2) of the folder and checks the leaf validates for its role.

        Exit codes: 0 written, 1 the folder, CSR or CA was refused, 2 bad usage.

        Examples:
          v2g pki init --dir pki --profile iso20-ed448 --broken --now 2026-01-01T00:00:00Z
          v2g pki issue --dir pki --ca CPOSubCA2 --role secc --csr secc.csr.pem --out secc.pem

        """;

    /// <inheritdoc/>
    public string Name => "pki";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
        [Dir, SecurityOptions.Profile, Broken, Now, Ca, SecurityOptions.Role, Csr, SecurityOptions.Out];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize(HelpText);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        return arguments.Positionals.FirstOrDefault() switch
        {
            "init" => Init(arguments, console),
            "issue" => Issue(arguments, console),
            null => throw new UsageException("'pki' needs a sub-command: init or issue"),
            string other => throw new UsageException($"unknown sub-command 'pki {other}' (known: init, issue)"),
        };
    }

    private static int Init(ParsedArguments arguments, CliConsole console)
    {
        CertCommand.RequireOnly(arguments, Dir, SecurityOptions.Profile, Broken, Now);
        string dir = arguments.Single(Dir.Name) ?? throw new UsageException("'pki init' needs --dir DIR");
        string profileName = arguments.Single(SecurityOptions.Profile.Name)
            ?? throw new UsageException("'pki init' needs --profile iso2|iso20|iso20-ed448");
        SecurityProfile profile = PkiNames.Profile(profileName);
        DateTimeOffset now = arguments.Single(Now.Name) is { } time ? ValidationTime.Parse(time) : DateTimeOffset.UtcNow;
        if (!new TestPkiSetBuilder(profile, now) { IncludeBroken = arguments.Has(Broken.Name) }
                .TryBuild(out TestPkiSet? pki, out TestPkiProblem? problem))
        {
            Diagnostics.Error(console.Error, dir, $"{problem}");
            return ExitCodes.Failure;
        }

        using (pki)
        {
            if (!TestPkiFolderWriter.TryWrite(pki, dir, out string? error))
            {
                Diagnostics.Error(console.Error, dir, $"{error}");
                return ExitCodes.Failure;
            }

            console.Out.WriteLine($"{dir}: wrote {pki.Certificates.Count} certificates, {pki.Crls.Count} CRLs, "
                + $"{pki.OcspResponses.Count} OCSP responses, {pki.Broken.Count} broken variants "
                + $"({profile}, valid at {ValidationTime.Format(pki.Now)})");
            return ExitCodes.Success;
        }
    }

    private static int Issue(ParsedArguments arguments, CliConsole console)
    {
        CertCommand.RequireOnly(arguments, Dir, Ca, SecurityOptions.Role, Csr, SecurityOptions.Out);
        string dir = arguments.Single(Dir.Name) ?? throw new UsageException("'pki issue' needs --dir DIR");
        string ca = arguments.Single(Ca.Name) ?? throw new UsageException("'pki issue' needs --ca CA (e.g. CPOSubCA2)");
        CertificateRole role = PkiNames.Role(arguments.Single(SecurityOptions.Role.Name)
            ?? throw new UsageException("'pki issue' needs --role secc|cps|contract|oem"));
        string csrFile = arguments.Single(Csr.Name) ?? throw new UsageException("'pki issue' needs --csr CSR.pem");
        string output = arguments.Single(SecurityOptions.Out.Name) ?? throw new UsageException("'pki issue' needs --out CERT.pem");
        byte[] csr;
        try
        {
            csr = File.ReadAllBytes(csrFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Diagnostics.Error(console.Error, csrFile, e.Message);
            return ExitCodes.Failure;
        }

        if (!TestPkiFolderIssuer.TryIssue(dir, ca, role, csr, out var certificate, out TestPkiProblem? problem))
        {
            Diagnostics.Error(console.Error, csrFile, $"{problem}");
            return ExitCodes.Failure;
        }

        using (certificate)
        {
            try
            {
                File.WriteAllText(output, certificate.ExportCertificatePem() + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Diagnostics.Error(console.Error, output, e.Message);
                return ExitCodes.Failure;
            }

            console.Out.WriteLine($"{output}: {role} leaf '{certificate.Subject}' issued by {ca}, serial {certificate.SerialNumber}");
            return ExitCodes.Success;
        }
    }
}
