using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Exi;
using V2G.Security.Signatures.Crypto;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g sign --schema iso2|iso20-common --key KEY.pem [--cert PEM] [--format exi|xml] [--out FILE] FILE.xml|FILE.exi</c>:
/// signs what the standard signs in the message (deterministic ECDSA or Ed448) and writes the signed message.
/// </summary>
internal sealed class SignCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "sign";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SchemaOption.Spec,
        SecurityOptions.Key,
        SecurityOptions.Cert,
        SecurityOptions.Format,
        SecurityOptions.Out,
    ];

    /// <inheritdoc/>
    public string Help => SecurityHelp.Sign;

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        bool iso20 = SignedSchemas.IsIso20(arguments.Single(SchemaOption.Spec.Name), Name);
        string keyPath = arguments.Single(SecurityOptions.Key.Name) ?? throw new UsageException("'sign' needs --key KEY.pem (a PKCS#8 private key)");
        string? certPath = arguments.Single(SecurityOptions.Cert.Name);
        bool xmlOutput = (arguments.Single(SecurityOptions.Format.Name) ?? "exi") switch
        {
            "exi" => false,
            "xml" => true,
            string other => throw new UsageException($"option '--format' of 'sign' is exi or xml, not '{other}'"),
        };
        string? outPath = arguments.Single(SecurityOptions.Out.Name);
        string[] inputs = arguments.Positionals.ToArray();
        if (inputs.Length != 1)
        {
            throw new UsageException($"'sign' takes exactly one FILE.xml or FILE.exi (got {inputs.Length})");
        }

        string input = inputs[0];
        try
        {
            IV2GSigner signer = LoadSigner(keyPath, certPath);
            ISignedMessage message = Read(iso20, input, console.In);
            Sign(message, signer, input);
            Write(message, xmlOutput, outPath, console.Out);
            return ExitCodes.Success;
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, input, e.Message);
        }
        catch (ExiException e)
        {
            Diagnostics.Error(console.Error, input, e.Message);
        }

        return ExitCodes.Failure;
    }

    private static IV2GSigner LoadSigner(string keyPath, string? certPath)
    {
        IV2GSigner signer;
        try
        {
            signer = V2GSigners.FromPem(File.ReadAllText(keyPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException or FormatException)
        {
            throw new InputException($"--key {keyPath}: {Diagnostics.OneLine(e.Message)}", e);
        }

        if (certPath != null)
        {
            X509Certificate2 certificate = CertificateFiles.Load(certPath)[0];
            if (!KeyMatch.Matches(signer, certificate, out string? error))
            {
                throw new InputException($"--cert {certPath} does not match --key {keyPath}: {error}");
            }
        }

        return signer;
    }

    private static ISignedMessage Read(bool iso20, string input, Stream stdin)
    {
        byte[] content = InputReader.ReadBytes(input == "-" ? InputSource.Stdin : InputSource.File(input), stdin);
        bool isXml = input.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            || (!input.EndsWith(".exi", StringComparison.OrdinalIgnoreCase) && LooksLikeXml(content));
        return isXml ? SignedSchemas.FromXml(iso20, DecodeText(content)) : SignedSchemas.Decode(iso20, content);
    }

    private static void Sign(ISignedMessage message, IV2GSigner signer, string input)
    {
        try
        {
            message.Sign(signer);
        }
        catch (ArgumentException e)
        {
            throw new InputException($"cannot sign this {message.MessageName}: {e.Message}", e);
        }
    }

    private static void Write(ISignedMessage message, bool xml, string? outPath, TextWriter stdout)
    {
        if (outPath is null)
        {
            stdout.WriteLine(xml ? message.ToXml().TrimEnd('\n') : HexText.Format(message.Encode()));
            return;
        }

        try
        {
            if (xml)
            {
                File.WriteAllText(outPath, message.ToXml(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            else
            {
                File.WriteAllBytes(outPath, message.Encode());
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException("cannot write output: " + e.Message, e);
        }

        stdout.WriteLine("wrote " + outPath);
    }

    private static bool LooksLikeXml(byte[] content)
    {
        foreach (byte b in content)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'<';
        }

        return false;
    }

    private static string DecodeText(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
