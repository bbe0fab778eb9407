using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security.KeyTransport;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g key encrypt --profile P (--recipient-cert CERT | --recipient-public HEX) --contract-key KEY.pem|HEX [--pcid PCID]
/// [--ski HEX | --contract-cert CERT] [--ephemeral-key HEX --iv HEX]</c>: the back end's side of contract key transport.
/// </summary>
internal static class KeyEncrypt
{
    private const string Subject = "v2g key encrypt";

    /// <summary>Runs the sub-command.</summary>
    /// <param name="arguments">The arguments after <c>key encrypt</c>.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns>0 encrypted, 1 refused or unreadable input, 2 bad usage (thrown).</returns>
    public static int Run(ParsedArguments arguments, CliConsole console) =>
        SubCommands.Run(arguments, console,
            [
                SecurityOptions.Profile, SecurityOptions.RecipientCert, SecurityOptions.RecipientPublic, SecurityOptions.ContractKey,
                SecurityOptions.Pcid, SecurityOptions.Ski, SecurityOptions.ContractCert, SecurityOptions.EphemeralKey, SecurityOptions.Iv,
            ],
            () => Encrypt(arguments, console));

    private static int Encrypt(ParsedArguments arguments, CliConsole console)
    {
        if (arguments.Positionals.Any())
        {
            throw new UsageException($"'key encrypt' takes no file arguments (got '{arguments.Positionals.First()}')");
        }

        KeyTransportProfile profile = KeyTransportNames.Parse(arguments.Single(SecurityOptions.Profile.Name)
            ?? throw new UsageException($"'key encrypt' needs --profile ({KeyTransportNames.Known})"));
        string contractKeyValue = arguments.Single(SecurityOptions.ContractKey.Name)
            ?? throw new UsageException("'key encrypt' needs --contract-key KEY.pem|HEX (the contract private key to transport)");
        string? recipientCert = arguments.Single(SecurityOptions.RecipientCert.Name);
        string? recipientPublic = arguments.Single(SecurityOptions.RecipientPublic.Name);
        if ((recipientCert is null) == (recipientPublic is null))
        {
            throw new UsageException("'key encrypt' needs exactly one of --recipient-cert CERT and --recipient-public HEX");
        }

        byte[] recipient = recipientPublic != null
            ? TransportKeys.ReadHex(recipientPublic, "--recipient-public")
            : RecipientKey(profile, CertificateFiles.Load(recipientCert!)[0]);
        X509Certificate2? contract = arguments.Single(SecurityOptions.ContractCert.Name) is { } certPath
            ? CertificateFiles.Load(certPath)[0]
            : null;
        byte[] aad = TransportAad.Build(arguments, profile, keyPath: null, contract, console.Error);
        byte[] ephemeral = arguments.Single(SecurityOptions.EphemeralKey.Name) is { } e
            ? TransportKeys.ReadPrivate(e, profile, "--ephemeral-key")
            : [];
        byte[] iv = arguments.Single(SecurityOptions.Iv.Name) is { } ivHex ? TransportKeys.ReadHex(ivHex, "--iv") : [];
        byte[] contractKey = TransportKeys.ReadPrivate(contractKeyValue, profile, "--contract-key");
        try
        {
            if (!ContractKeyTransport.TryEncrypt(profile, recipient, contractKey, aad, ephemeral, iv,
                out EncryptedContractKey? result, out KeyTransportError? error))
            {
                Diagnostics.Error(console.Error, Subject, $"{error.Kind}: {error.Message}");
                return ExitCodes.Failure;
            }

            console.Out.WriteLine("DHPublicKey: " + HexText.Format(result.DhPublicKey.Span));
            console.Out.WriteLine("EncryptedPrivateKey: " + HexText.Format(result.EncryptedPrivateKey.Span));
            return ExitCodes.Success;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contractKey);
            CryptographicOperations.ZeroMemory(ephemeral);
        }
    }

    private static byte[] RecipientKey(KeyTransportProfile profile, X509Certificate2 certificate) =>
        ContractKeyTransport.TryGetCertificatePublicKey(profile, certificate, out byte[]? key, out KeyTransportError? error)
            ? key
            : throw new InputException($"--recipient-cert '{CertificateFiles.NameOf(certificate)}': {error.Kind}: {error.Message}"
                + (profile == KeyTransportProfile.Iso20X448 ? " (give the X448 key with --recipient-public HEX)" : string.Empty));
}
