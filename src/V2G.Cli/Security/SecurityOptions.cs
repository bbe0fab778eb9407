using V2G.Cli.Arguments;

namespace V2G.Cli.Security;

/// <summary>The options shared by <c>verify</c>, <c>sign</c> and <c>cert</c>.</summary>
internal static class SecurityOptions
{
    /// <summary><c>--cert PEM</c>: a signer certificate (or a bundle: signer first, then its sub-CAs); repeatable.</summary>
    public static OptionSpec Cert { get; } = new("--cert", TakesValue: true);

    /// <summary><c>--trust PEM|DIR</c>: trust anchors (self-signed roots) and issuer certificates; repeatable.</summary>
    public static OptionSpec Trust { get; } = new("--trust", TakesValue: true);

    /// <summary><c>--crl FILE</c>: a CRL (DER or PEM); repeatable.</summary>
    public static OptionSpec Crl { get; } = new("--crl", TakesValue: true);

    /// <summary><c>--ocsp FILE</c>: a DER OCSP response; repeatable.</summary>
    public static OptionSpec Ocsp { get; } = new("--ocsp", TakesValue: true);

    /// <summary><c>--require-revocation</c>: every certificate below the anchor needs a good CRL/OCSP status.</summary>
    public static OptionSpec RequireRevocation { get; } = new("--require-revocation", TakesValue: false);

    /// <summary><c>--at TIME</c>: the validation time (ISO 8601 or epoch seconds).</summary>
    public static OptionSpec At { get; } = new("--at", TakesValue: true);

    /// <summary><c>--gen-challenge HEX</c>: the GenChallenge the SECC sent, which an AuthorizationReq must be signed over.</summary>
    public static OptionSpec GenChallenge { get; } = new("--gen-challenge", TakesValue: true);

    /// <summary><c>--role secc|cps|contract|oem|tariff|vehicle</c> of <c>cert verify</c>.</summary>
    public static OptionSpec Role { get; } = new("--role", TakesValue: true);

    /// <summary><c>--profile iso2|iso20|iso20-ed448</c> of <c>cert verify</c> and <c>cert inspect</c>.</summary>
    public static OptionSpec Profile { get; } = new("--profile", TakesValue: true);

    /// <summary><c>--key KEY.pem</c> of <c>sign</c>: the PKCS#8 private key.</summary>
    public static OptionSpec Key { get; } = new("--key", TakesValue: true);

    /// <summary><c>--format</c>: <c>exi|xml</c> for <c>sign</c>, <c>text|json</c> for <c>cert inspect</c>.</summary>
    public static OptionSpec Format { get; } = new("--format", TakesValue: true);

    /// <summary><c>--out FILE</c> of <c>sign</c>.</summary>
    public static OptionSpec Out { get; } = new("--out", TakesValue: true);

    /// <summary><c>--dh-public HEX</c> of <c>key decrypt</c>: the received DHpublickey / DHPublicKey.</summary>
    public static OptionSpec DhPublic { get; } = new("--dh-public", TakesValue: true);

    /// <summary><c>--encrypted HEX</c> of <c>key decrypt</c>: the received encrypted contract private key field.</summary>
    public static OptionSpec Encrypted { get; } = new("--encrypted", TakesValue: true);

    /// <summary><c>--pcid PCID</c> of <c>key decrypt|encrypt</c>: the PCID of the ISO 15118-20 AAD.</summary>
    public static OptionSpec Pcid { get; } = new("--pcid", TakesValue: true);

    /// <summary><c>--ski HEX</c> of <c>key decrypt|encrypt</c>: the contract certificate SKI of the ISO 15118-20 AAD.</summary>
    public static OptionSpec Ski { get; } = new("--ski", TakesValue: true);

    /// <summary><c>--contract-cert CERT</c> of <c>key decrypt|encrypt</c>: the contract certificate the key belongs to.</summary>
    public static OptionSpec ContractCert { get; } = new("--contract-cert", TakesValue: true);

    /// <summary><c>--contract-public HEX</c> of <c>key decrypt</c>: the contract public key to check against (X448).</summary>
    public static OptionSpec ContractPublic { get; } = new("--contract-public", TakesValue: true);

    /// <summary><c>--recipient-cert CERT</c> of <c>key decrypt|encrypt</c>: the OEM provisioning (or current contract) certificate.</summary>
    public static OptionSpec RecipientCert { get; } = new("--recipient-cert", TakesValue: true);

    /// <summary><c>--recipient-public HEX</c> of <c>key encrypt</c>: the recipient's raw public key.</summary>
    public static OptionSpec RecipientPublic { get; } = new("--recipient-public", TakesValue: true);

    /// <summary><c>--contract-key KEY.pem|HEX</c> of <c>key encrypt</c>: the contract private key to transport.</summary>
    public static OptionSpec ContractKey { get; } = new("--contract-key", TakesValue: true);

    /// <summary><c>--ephemeral-key HEX</c> of <c>key encrypt</c>: a fixed ephemeral private key (test vectors only).</summary>
    public static OptionSpec EphemeralKey { get; } = new("--ephemeral-key", TakesValue: true);

    /// <summary><c>--iv HEX</c> of <c>key encrypt</c>: a fixed IV (test vectors only).</summary>
    public static OptionSpec Iv { get; } = new("--iv", TakesValue: true);

    /// <summary><c>--subject DN</c> of <c>csr</c>.</summary>
    public static OptionSpec Subject { get; } = new("--subject", TakesValue: true);

    /// <summary><c>--key-out FILE</c> of <c>csr</c>: where the new PKCS#8 private key is written.</summary>
    public static OptionSpec KeyOut { get; } = new("--key-out", TakesValue: true);

    /// <summary><c>--hash sha256|sha384|sha512</c> of <c>ocpp</c>.</summary>
    public static OptionSpec Hash { get; } = new("--hash", TakesValue: true);

    /// <summary><c>--issuer PEM</c> of <c>ocpp</c>: the issuer of the certificates.</summary>
    public static OptionSpec Issuer { get; } = new("--issuer", TakesValue: true);

    /// <summary>The values of a repeatable option, in command-line order.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <param name="option">The option.</param>
    /// <returns>The values; empty when the option is absent.</returns>
    /// <exception cref="UsageException">A value is empty.</exception>
    public static System.Collections.Generic.List<string> All(ParsedArguments arguments, OptionSpec option)
    {
        var values = new System.Collections.Generic.List<string>();
        foreach (ArgumentItem item in arguments.Items)
        {
            if (item.Option == option.Name)
            {
                if (item.Value.Length == 0)
                {
                    throw new UsageException($"option '{option.Name}' needs a value");
                }

                values.Add(item.Value);
            }
        }

        return values;
    }
}
