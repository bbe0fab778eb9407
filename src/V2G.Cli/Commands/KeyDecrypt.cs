using System;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security.KeyTransport;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g key decrypt --key RECIPIENT_KEY (--schema S FILE.exi | --profile P --dh-public HEX --encrypted HEX [--pcid PCID --ski HEX])
/// [--contract-cert CERT | --contract-public HEX] [--recipient-cert CERT]</c>: decrypts a transported contract private key
/// and checks it against the contract certificate.
/// </summary>
internal static class KeyDecrypt
{
    private const string Subject = "v2g key decrypt";

    /// <summary>Runs the sub-command.</summary>
    /// <param name="arguments">The arguments after <c>key decrypt</c>.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns>0 decrypted and checked, 1 refused or unreadable input, 2 bad usage (thrown).</returns>
    public static int Run(ParsedArguments arguments, CliConsole console) =>
        SubCommands.Run(arguments, console,
            [
                SecurityOptions.Key, SchemaOption.Spec, SecurityOptions.Profile, SecurityOptions.DhPublic, SecurityOptions.Encrypted,
                SecurityOptions.Pcid, SecurityOptions.Ski, SecurityOptions.ContractCert, SecurityOptions.ContractPublic,
                SecurityOptions.RecipientCert,
            ],
            () => Decrypt(arguments, console));

    private static int Decrypt(ParsedArguments arguments, CliConsole console)
    {
        string keyPath = arguments.Single(SecurityOptions.Key.Name)
            ?? throw new UsageException("'key decrypt' needs --key RECIPIENT_KEY.pem (the OEM provisioning or current contract key)");
        TransportInput input = ReadInput(arguments);
        X509Certificate2? contract = arguments.Single(SecurityOptions.ContractCert.Name) is { } certPath
            ? CertificateFiles.Load(certPath)[0]
            : input.Message?.ContractCertificate;
        byte[] aad = TransportAad.Build(arguments, input.Profile, keyPath, contract, console.Error);
        byte[] expected = ExpectedPublicKey(arguments, input, contract, console);
        byte[] recipient = TransportKeys.ReadPrivate(keyPath, input.Profile, "--key");
        try
        {
            if (!ContractKeyTransport.TryDecrypt(input.Profile, recipient, input.DhPublicKey, input.EncryptedPrivateKey, aad, expected,
                out ContractPrivateKey? key, out KeyTransportError? error))
            {
                Diagnostics.Error(console.Error, Subject, $"{error.Kind}: {error.Message}");
                return ExitCodes.Failure;
            }

            using (key)
            {
                console.Out.WriteLine(HexText.Format(key.Value));
                if (!key.PublicKeyChecked)
                {
                    Diagnostics.Note(console.Error, Subject,
                        "the key was not checked against a contract public key (give --contract-cert or --contract-public)");
                }
            }

            return ExitCodes.Success;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(recipient);
        }
    }

    private static TransportInput ReadInput(ParsedArguments arguments)
    {
        string? schema = arguments.Single(SchemaOption.Spec.Name);
        string[] files = arguments.Positionals.ToArray();
        string? profile = arguments.Single(SecurityOptions.Profile.Name);
        string? dh = arguments.Single(SecurityOptions.DhPublic.Name);
        string? encrypted = arguments.Single(SecurityOptions.Encrypted.Name);
        if (schema != null)
        {
            if (profile != null || dh != null || encrypted != null)
            {
                throw new UsageException("'key decrypt' takes either --schema S FILE.exi or --profile/--dh-public/--encrypted, not both");
            }

            if (files.Length != 1)
            {
                throw new UsageException($"'key decrypt --schema' takes exactly one FILE.exi (got {files.Length})");
            }

            TransportMessage message = TransportMessage.Read(files[0], SignedSchemas.IsIso20(schema, "key decrypt"));
            return new(message.Profile, message.DhPublicKey, message.EncryptedPrivateKey, message);
        }

        if (files.Length != 0)
        {
            throw new UsageException("'key decrypt' reads a FILE.exi only with --schema S");
        }

        if (profile is null || dh is null || encrypted is null)
        {
            throw new UsageException(
                "'key decrypt' needs --schema S FILE.exi, or the raw fields --profile P --dh-public HEX --encrypted HEX");
        }

        return new(KeyTransportNames.Parse(profile), HexOption(dh, "--dh-public"), HexOption(encrypted, "--encrypted"), null);
    }

    private static byte[] ExpectedPublicKey(ParsedArguments arguments, TransportInput input, X509Certificate2? contract, CliConsole console)
    {
        if (arguments.Single(SecurityOptions.ContractPublic.Name) is { } hex)
        {
            return TransportKeys.ReadHex(hex, "--contract-public");
        }

        if (contract is null)
        {
            return [];
        }

        if (ContractKeyTransport.TryGetCertificatePublicKey(input.Profile, contract, out byte[]? publicKey, out KeyTransportError? error))
        {
            return publicKey;
        }

        bool fromMessage = !arguments.Has(SecurityOptions.ContractCert.Name);
        if (fromMessage && error.Kind == KeyTransportErrorKind.UnsupportedContractCertificate)
        {
            // An X448 key arrives with an Ed448 contract certificate: its key cannot be compared with the X448 key.
            Diagnostics.Note(console.Error, Subject, $"the message's contract certificate cannot check this key: {error.Message}");
            return [];
        }

        throw new InputException($"{error.Kind}: {error.Message}");
    }

    private static byte[] HexOption(string value, string option)
    {
        try
        {
            return HexText.Parse(value);
        }
        catch (InputException e)
        {
            throw new UsageException($"option '{option}': {e.Message}");
        }
    }

    private sealed record TransportInput(
        KeyTransportProfile Profile, byte[] DhPublicKey, byte[] EncryptedPrivateKey, TransportMessage? Message);
}
