using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Csr;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g csr --role secc|contract|oem --profile iso2|iso20|iso20-ed448 --subject DN --key-out KEY.pem --out CSR.pem</c>:
/// a new key pair and a PKCS#10 request whose subject, key usages and algorithms fit the role and profile.
/// </summary>
internal sealed class CsrCommand : ICommand
{
    private const string Subject = "v2g csr";

    /// <inheritdoc/>
    public string Name => "csr";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SecurityOptions.Role,
        SecurityOptions.Profile,
        SecurityOptions.Subject,
        SecurityOptions.KeyOut,
        SecurityOptions.Out,
    ];

    /// <inheritdoc/>
    public string Help => SecurityHelp.Csr;

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        if (arguments.Positionals.Any())
        {
            throw new UsageException($"'csr' takes no file arguments (got '{arguments.Positionals.First()}')");
        }

        CertificateRole role = LeafRole(Required(arguments, SecurityOptions.Role, "secc|contract|oem"));
        SecurityProfile profile = PkiNames.Profile(Required(arguments, SecurityOptions.Profile, "iso2|iso20|iso20-ed448"));
        string subject = Required(arguments, SecurityOptions.Subject, "\"CN=...,O=...,C=..,DC=..\"");
        string keyOut = Required(arguments, SecurityOptions.KeyOut, "KEY.pem");
        string csrOut = Required(arguments, SecurityOptions.Out, "CSR.pem");
        if (!V2GCsr.TryCreate(role, profile, subject, out V2GCsr? csr, out CsrPrivateKey? key, out CsrProblem? problem))
        {
            Diagnostics.Error(console.Error, Subject, $"{problem.Kind}: {problem.Message}");
            return ExitCodes.Failure;
        }

        using (key)
        {
            try
            {
                Write(keyOut, key.ExportPkcs8Pem());
                Write(csrOut, csr.Pem);
            }
            catch (InputException e)
            {
                Diagnostics.Error(console.Error, Subject, e.Message);
                return ExitCodes.Failure;
            }
        }

        console.Out.WriteLine($"wrote {csrOut} ({csr.Subject}, role {role}, profile {profile}) and key {keyOut}");
        return ExitCodes.Success;
    }

    private static string Required(ParsedArguments arguments, OptionSpec option, string what) =>
        arguments.Single(option.Name) ?? throw new UsageException($"'csr' needs {option.Name} {what}");

    private static CertificateRole LeafRole(string value)
    {
        CertificateRole role = PkiNames.Role(value);
        return role is CertificateRole.Secc or CertificateRole.Contract or CertificateRole.OemProvisioning
            ? role
            : throw new UsageException($"option '--role' of 'csr' is secc, contract or oem, not '{value}'");
    }

    private static void Write(string path, string pem)
    {
        try
        {
            File.WriteAllText(path, pem.EndsWith('\n') ? pem : pem + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException($"cannot write {path}: {e.Message}", e);
        }
    }
}
