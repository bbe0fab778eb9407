using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Signatures.Crypto;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g cert verify --role R [--profile P] --trust PEM|DIR... [--crl FILE...] [--ocsp FILE...] [--require-revocation]
/// [--at TIME] LEAF.pem [SUBCA.pem...]</c>: validates one chain for one role.
/// </summary>
internal static class CertVerify
{
    /// <summary>Runs the sub-command.</summary>
    /// <param name="arguments">The arguments after <c>cert verify</c>.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns>0 valid, 1 refused or unreadable input, 2 bad usage (thrown).</returns>
    public static int Run(ParsedArguments arguments, CliConsole console)
    {
        CertCommand.RequireOnly(arguments, SecurityOptions.Role, SecurityOptions.Profile, SecurityOptions.Trust, SecurityOptions.Crl,
            SecurityOptions.Ocsp, SecurityOptions.RequireRevocation, SecurityOptions.At);
        string roleName = arguments.Single(SecurityOptions.Role.Name)
            ?? throw new UsageException("'cert verify' needs --role secc|cps|contract|oem|tariff|vehicle");
        CertificateRole role = PkiNames.Role(roleName);
        SecurityProfile? profile = arguments.Single(SecurityOptions.Profile.Name) is { } p ? PkiNames.Profile(p) : null;
        string[] files = arguments.Positionals.ToArray();
        if (files.Length == 0)
        {
            throw new UsageException("'cert verify' needs LEAF.pem [SUBCA.pem...]");
        }

        if (!arguments.Has(SecurityOptions.Trust.Name))
        {
            throw new UsageException("'cert verify' needs --trust PEM|DIR (the trust anchors of the role)");
        }

        string leafFile = files[0];
        try
        {
            ChainSettings settings = ChainSettings.Read(arguments)!;
            List<X509Certificate2> certificates = files.SelectMany(CertificateFiles.Load).ToList();
            X509Certificate2 leaf = certificates[0];
            SecurityProfile chosen = profile ?? InferProfile(leaf);
            ChainValidationResult result = settings.Validate(leaf, certificates.Skip(1).ToArray(), role, chosen);
            if (!result.IsValid)
            {
                console.Error.WriteLine($"{leafFile}: invalid for role {role} (profile {chosen}): {Diagnostics.OneLine(result.Failure!.ToString())}");
                return ExitCodes.Failure;
            }

            console.Out.WriteLine($"{leafFile}: valid for role {role} (profile {chosen}): {settings.DescribeValid(result)}");
            return ExitCodes.Success;
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, leafFile, e.Message);
            return ExitCodes.Failure;
        }
    }

    private static SecurityProfile InferProfile(X509Certificate2 leaf)
    {
        if (!SignatureVerificationKey.TryFromCertificate(leaf, out SignatureVerificationKey? key, out string? error))
        {
            throw new InputException($"cannot infer the profile from the leaf key ({error}); give --profile iso2|iso20|iso20-ed448");
        }

        using (key)
        {
            return key!.Profile;
        }
    }
}
