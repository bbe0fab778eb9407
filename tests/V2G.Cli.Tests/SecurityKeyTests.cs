using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>One contract key transport vector of keytransport_vectors.json, as command-line values.</summary>
public sealed record KeyVector(
    string Name, string Profile, string RecipientKey, string? RecipientCertificate, string? RecipientPublic, string DhPublicKey,
    string Encrypted, string? Pcid, string? Ski, string ContractPublic, string Expected, string EphemeralKey, string Iv)
{
    public static string File => Path.Combine(PncFiles.Root, "keytransport", "keytransport_vectors.json");

    public static JsonElement All() => JsonDocument.Parse(System.IO.File.ReadAllText(File)).RootElement;

    public static readonly string[] PositiveNames =
        ["iso2_CertificateInstallation", "iso2_CertificateUpdate", "iso20_SECP521_CertificateInstallation", "iso20_X448_CertificateInstallation"];

    public static KeyVector Load(string name)
    {
        JsonElement v = All().GetProperty(name);
        string S(string field) => v.GetProperty(field).GetString()!;
        string? Opt(string field) => v.TryGetProperty(field, out JsonElement e) ? e.GetString() : null;
        bool x448 = name.Contains("X448");
        string profile = name.StartsWith("iso2_") ? "iso2" : x448 ? "iso20-x448" : "iso20-secp521";
        string? aad = Opt("aad_ascii");
        return new(
            name,
            profile,
            Path.Combine(PncFiles.Root, S("recipient_private_key")),
            Opt("recipient_certificate") is { } c ? Path.Combine(PncFiles.Root, c) : null,
            Opt("recipient_public_raw"),
            Opt("DHpublickey") ?? S("DHPublicKey"),
            Opt("ContractSignatureEncryptedPrivateKey") ?? Opt("SECP521_EncryptedPrivateKey") ?? S("X448_EncryptedPrivateKey"),
            aad?[..18],
            Opt("contract_certificate_SKI"),
            x448 ? System.IO.File.ReadAllText(PncFiles.Pki("iso20_ed448", "keys", "ContractCert_X448.pub.hex")).Trim() : S("contract_public_key"),
            S("expected_decrypted_private_key"),
            Opt("ephemeral_private_value") ?? S("ephemeral_private_raw"),
            S("iv"));
    }

    /// <summary>The <c>key decrypt</c> arguments with the raw fields.</summary>
    public List<string> DecryptArguments(string? key = null, string? encrypted = null, string? pcid = null)
    {
        var args = new List<string>
        {
            "key", "decrypt", "--key", key ?? RecipientKey, "--profile", Profile, "--dh-public", DhPublicKey,
            "--encrypted", encrypted ?? Encrypted, "--contract-public", ContractPublic,
        };
        if (Pcid != null)
        {
            args.AddRange(["--pcid", pcid ?? Pcid, "--ski", Ski!]);
        }

        return args;
    }
}

public class SecurityKeyTests
{
    public static TheoryData<string> Positive() => new(KeyVector.PositiveNames);

    private static string Hex(string set, string file) => File.ReadAllText(PncFiles.Pki(set, "keys", file)).Trim();

    private static string Message(string set, string name) => Path.Combine(PncFiles.Root, "signed", set, name, "message.exi");

    [Theory]
    [MemberData(nameof(Positive))]
    public void Decrypt_with_the_raw_fields_gives_the_vector_key(string name)
    {
        KeyVector v = KeyVector.Load(name);
        CliResult r = CliRun.Run([.. v.DecryptArguments()]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(v.Expected + "\n", r.Stdout);
        Assert.DoesNotContain("not checked", r.Stderr);
    }

    [Fact]
    public void Decrypt_refuses_the_tampered_ciphertext_with_TagMismatch()
    {
        KeyVector v = KeyVector.Load("iso20_SECP521_CertificateInstallation");
        string tampered = KeyVector.All().GetProperty("iso20_SECP521_tampered_ciphertext").GetProperty("SECP521_EncryptedPrivateKey").GetString()!;
        CliResult r = CliRun.Run([.. v.DecryptArguments(encrypted: tampered)]);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Single(r.ErrorLines);
        Assert.StartsWith("v2g key decrypt: error: TagMismatch:", r.ErrorLines[0]);
    }

    [Fact]
    public void Decrypt_refuses_the_wrong_aad_with_TagMismatch()
    {
        KeyVector v = KeyVector.Load("iso20_SECP521_CertificateInstallation");
        string aad = KeyVector.All().GetProperty("iso20_SECP521_wrong_aad").GetProperty("aad_ascii").GetString()!;
        Assert.EndsWith(v.Ski!, aad);
        CliResult r = CliRun.Run([.. v.DecryptArguments(pcid: aad[..^v.Ski!.Length])]);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("v2g key decrypt: error: TagMismatch:", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void Decrypt_with_the_wrong_iso2_recipient_key_fails_the_public_key_check()
    {
        KeyVector v = KeyVector.Load("iso2_CertificateInstallation");
        string wrongKey = KeyVector.All().GetProperty("iso2_wrong_recipient_key").GetProperty("recipient_private_key").GetString()!;
        CliResult r = CliRun.Run([.. v.DecryptArguments(key: Path.Combine(PncFiles.Root, wrongKey))]);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("v2g key decrypt: error: PublicKeyMismatch:", Assert.Single(r.ErrorLines));
    }

    [Theory]
    [MemberData(nameof(Positive))]
    public void Encrypt_with_the_vector_ephemeral_key_and_iv_reproduces_the_fields(string name)
    {
        KeyVector v = KeyVector.Load(name);
        var args = new List<string> { "key", "encrypt", "--profile", v.Profile, "--contract-key", v.Expected,
            "--ephemeral-key", v.EphemeralKey, "--iv", v.Iv };
        args.AddRange(v.RecipientPublic != null ? ["--recipient-public", v.RecipientPublic] : ["--recipient-cert", v.RecipientCertificate!]);
        if (v.Pcid != null)
        {
            args.AddRange(["--pcid", v.Pcid, "--ski", v.Ski!]);
        }

        CliResult r = CliRun.Run([.. args]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal($"DHPublicKey: {v.DhPublicKey}\nEncryptedPrivateKey: {v.Encrypted}\n", r.Stdout);
    }

    [Fact]
    public void Encrypt_takes_the_pcid_from_the_recipient_cert_and_the_ski_from_the_contract_cert()
    {
        KeyVector v = KeyVector.Load("iso20_SECP521_CertificateInstallation");
        CliResult r = CliRun.Run("key", "encrypt", "--profile", "iso20-secp521", "--recipient-cert", v.RecipientCertificate!,
            "--contract-key", PncFiles.Pki("iso20", "keys", "ContractCert.key.pem"),
            "--contract-cert", PncFiles.Pki("iso20", "certs", "ContractCert.pem"),
            "--ephemeral-key", v.EphemeralKey, "--iv", v.Iv);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains($"EncryptedPrivateKey: {v.Encrypted}\n", r.Stdout);
    }

    [Fact]
    public void Encrypt_without_fixed_values_round_trips_through_decrypt()
    {
        string contractKey = PncFiles.Pki("iso2", "keys", "ContractCert.key.pem");
        CliResult enc = CliRun.Run("key", "encrypt", "--profile", "iso2", "--recipient-cert", PncFiles.Pki("iso2", "certs", "OEMProvCert.pem"),
            "--contract-key", contractKey);
        Assert.True(enc.ExitCode == 0, enc.ToString());
        string[] lines = enc.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        CliResult dec = CliRun.Run("key", "decrypt", "--key", PncFiles.Pki("iso2", "keys", "OEMProvCert.key.pem"), "--profile", "iso2",
            "--dh-public", lines[0]["DHPublicKey: ".Length..], "--encrypted", lines[1]["EncryptedPrivateKey: ".Length..],
            "--contract-cert", PncFiles.Pki("iso2", "certs", "ContractCert.pem"));
        Assert.True(dec.ExitCode == 0, dec.ToString());
        Assert.Equal(Hex("iso2", "ContractCert.key.hex") + "\n", dec.Stdout);
    }

    [Theory]
    [InlineData("iso2", "CertificateInstallationRes", "OEMProvCert.key.pem", "ContractCert.key.hex")]
    [InlineData("iso2", "CertificateUpdateRes", "ContractCert.key.pem", "ContractCertNew.key.hex")]
    [InlineData("iso20", "CertificateInstallationRes", "OEMProvCert.key.pem", "ContractCert.key.hex")]
    public void Decrypt_of_a_message_gives_the_contract_key_checked_against_its_certificate(
        string set, string message, string key, string expected)
    {
        var args = new List<string>
        {
            "key", "decrypt", "--schema", PncFiles.Schema(set), Message(set, message), "--key", PncFiles.Pki(set, "keys", key),
        };
        if (set != "iso2")
        {
            args.AddRange(["--recipient-cert", PncFiles.Pki(set, "certs", "OEMProvCert.pem")]);
        }

        CliResult r = CliRun.Run([.. args]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(Hex(set, expected) + "\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Theory]
    [InlineData("OEMProvCert_X448.key.pem")]
    [InlineData("OEMProvCert_X448.key.hex")]
    public void Decrypt_of_the_x448_message_checks_against_contract_public(string key)
    {
        CliResult r = CliRun.Run("key", "decrypt", "--schema", "iso20", Message("iso20_ed448", "CertificateInstallationRes"),
            "--key", PncFiles.Pki("iso20_ed448", "keys", key), "--pcid", "WMIV1234567890ABCD",
            "--contract-public", PncFiles.Pki("iso20_ed448", "keys", "ContractCert_X448.pub.hex"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(Hex("iso20_ed448", "ContractCert_X448.key.hex") + "\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Decrypt_of_the_x448_message_without_a_comparable_key_says_it_was_not_checked()
    {
        CliResult r = CliRun.Run("key", "decrypt", "--schema", "iso20", Message("iso20_ed448", "CertificateInstallationRes"),
            "--key", PncFiles.Pki("iso20_ed448", "keys", "OEMProvCert_X448.key.pem"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(Hex("iso20_ed448", "ContractCert_X448.key.hex") + "\n", r.Stdout);
        Assert.Contains("PCID 'WMIV1234567890ABCD' taken from", r.Stderr);
        Assert.Contains("not checked against a contract public key", r.Stderr);
    }

    [Fact]
    public void Decrypt_of_a_message_with_a_wrong_pcid_fails_with_TagMismatch()
    {
        CliResult r = CliRun.Run("key", "decrypt", "--schema", "iso20", Message("iso20", "CertificateInstallationRes"),
            "--key", PncFiles.Pki("iso20", "keys", "OEMProvCert.key.pem"), "--pcid", "WMIV1234567890ABCE");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("v2g key decrypt: error: TagMismatch:", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void Decrypt_of_an_iso2_message_with_the_wrong_key_fails_the_check_against_the_carried_certificate()
    {
        CliResult r = CliRun.Run("key", "decrypt", "--schema", "iso2", Message("iso2", "CertificateInstallationRes"),
            "--key", PncFiles.Pki("iso2", "keys", "SECCCert.key.pem"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("v2g key decrypt: error: PublicKeyMismatch:", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void Decrypt_refuses_a_message_that_transports_no_key()
    {
        CliResult r = CliRun.Run("key", "decrypt", "--schema", "iso2", Message("iso2", "AuthorizationReq"),
            "--key", PncFiles.Pki("iso2", "keys", "OEMProvCert.key.pem"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("carries no contract key", r.Stderr);
    }

    [Fact]
    public void Decrypt_refuses_a_key_of_another_curve()
    {
        KeyVector v = KeyVector.Load("iso2_CertificateInstallation");
        CliResult r = CliRun.Run([.. v.DecryptArguments(key: PncFiles.Pki("iso20", "keys", "OEMProvCert.key.pem"))]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("does not fit profile iso2", r.Stderr);
    }

    [Fact]
    public void Decrypt_reports_an_unreadable_key_file_as_one_error_line()
    {
        using var dir = new TempDirectory();
        string bad = dir.File("bad.pem");
        File.WriteAllText(bad, "-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----\n");
        KeyVector v = KeyVector.Load("iso20_X448_CertificateInstallation");
        CliResult r = CliRun.Run([.. v.DecryptArguments(key: bad)]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("not a PKCS#8 key of profile iso20-x448", Assert.Single(r.ErrorLines));
    }

    [Theory]
    [InlineData("key", "decrypt", "--profile", "iso2")]
    [InlineData("key", "decrypt", "--key", "k.pem", "--profile", "iso9", "--dh-public", "04", "--encrypted", "00")]
    [InlineData("key", "decrypt", "--key", "k.pem", "--schema", "iso2", "a.exi", "--profile", "iso2")]
    [InlineData("key", "encrypt", "--profile", "iso2", "--contract-key", "00")]
    [InlineData("key", "frobnicate")]
    [InlineData("key")]
    public void Bad_usage_exits_2(params string[] args) => Assert.Equal(2, CliRun.Run(args).ExitCode);

    [Fact]
    public void Iso20_raw_fields_without_a_pcid_source_are_bad_usage()
    {
        KeyVector v = KeyVector.Load("iso20_SECP521_CertificateInstallation");
        CliResult r = CliRun.Run("key", "decrypt", "--key", Hex("iso20", "OEMProvCert.key.hex"), "--profile", v.Profile,
            "--dh-public", v.DhPublicKey, "--encrypted", v.Encrypted, "--ski", v.Ski!);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--pcid", r.Stderr);
    }

    [Theory]
    [InlineData("key", "decrypt", "--help", "v2g key decrypt --key RECIPIENT_KEY")]
    [InlineData("key", "encrypt", "-h", "v2g key encrypt --profile")]
    [InlineData("key", "--help", null, "v2g key decrypt")]
    public void Help_is_printed_with_exit_0(string a, string b, string? c, string expected)
    {
        CliResult r = CliRun.Run(new[] { a, b, c }.Where(x => x != null).ToArray()!);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(expected, r.Stdout);
    }
}
