using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Exi;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Signatures;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g verify --schema iso2|iso20-common FILE.exi... [--cert PEM...] [--trust PEM|DIR...] [--crl FILE...] [--ocsp FILE...]
/// [--require-revocation] [--at TIME] [--gen-challenge HEX]</c>: verifies the signature of each message and, with
/// <c>--trust</c>, the chain of its signer for the signer's role.
/// </summary>
internal sealed class VerifyCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "verify";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SchemaOption.Spec,
        SecurityOptions.Cert,
        SecurityOptions.Trust,
        SecurityOptions.Crl,
        SecurityOptions.Ocsp,
        SecurityOptions.RequireRevocation,
        SecurityOptions.At,
        SecurityOptions.GenChallenge,
    ];

    /// <inheritdoc/>
    public string Help => SecurityHelp.Verify;

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        bool iso20 = SignedSchemas.IsIso20(arguments.Single(SchemaOption.Spec.Name), Name);
        List<string> files = arguments.Positionals.ToList();
        if (files.Count == 0)
        {
            throw new UsageException("'verify' needs at least one FILE.exi");
        }

        if (files.Contains("-"))
        {
            throw new UsageException("'verify' reads files only, not stdin ('-')");
        }

        SignatureVerificationOptions options = ReadOptions(arguments);
        ChainSettings? chain;
        List<IReadOnlyList<X509Certificate2>> certificates;
        try
        {
            chain = ChainSettings.Read(arguments);
            certificates = SecurityOptions.All(arguments, SecurityOptions.Cert).Select(CertificateFiles.Load).ToList();
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, "v2g verify", e.Message);
            return ExitCodes.Failure;
        }

        var verifier = new MessageVerifier(iso20, options, certificates, chain);
        bool allValid = true;
        foreach (string file in files)
        {
            VerifyOutcome outcome = verifier.Verify(file);
            if (outcome.Valid)
            {
                console.Out.WriteLine($"{file}: OK {outcome.MessageName}: {Diagnostics.OneLine(outcome.Text)}");
            }
            else
            {
                console.Error.WriteLine($"{file}: FAIL {outcome.MessageName}: {Diagnostics.OneLine(outcome.Text)}");
                allValid = false;
            }
        }

        return allValid ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static SignatureVerificationOptions ReadOptions(ParsedArguments arguments)
    {
        string? hex = arguments.Single(SecurityOptions.GenChallenge.Name);
        if (hex is null)
        {
            return new SignatureVerificationOptions { AllowUnboundGenChallenge = true };
        }

        try
        {
            return new SignatureVerificationOptions { ExpectedGenChallenge = HexText.Parse(hex) };
        }
        catch (InputException e)
        {
            throw new UsageException("option '--gen-challenge': " + e.Message);
        }
    }
}
