using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.KeyTransport;
using Xunit;

namespace V2G.Security.Tests.KeyTransport;

public sealed class KeyTransportVectorTests
{
    [Theory]
    [MemberData(nameof(KeyTransportVectors.Positive), MemberType = typeof(KeyTransportVectors))]
    public void Each_vector_decrypts_to_its_expected_key_and_passes_the_public_key_check(string name)
    {
        KeyTransportVector v = KeyTransportVectors.Load(name);

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, v.RecipientPrivateKey, v.DhPublicKey, v.EncryptedPrivateKey, v.Aad, v.ContractPublicKey,
            out ContractPrivateKey? key, out KeyTransportError? error);

        Assert.True(ok, error?.ToString());
        using (key)
        {
            Assert.Equal(Convert.ToHexString(v.ExpectedPrivateKey), Convert.ToHexString(key!.Value));
            Assert.True(key.PublicKeyChecked);
            Assert.Equal(v.Profile, key.Profile);
        }
    }

    [Theory]
    [MemberData(nameof(KeyTransportVectors.Positive), MemberType = typeof(KeyTransportVectors))]
    public void Encryption_with_the_vector_ephemeral_key_and_IV_reproduces_its_fields(string name)
    {
        KeyTransportVector v = KeyTransportVectors.Load(name);

        bool ok = ContractKeyTransport.TryEncrypt(
            v.Profile, v.RecipientPublicKey, v.ExpectedPrivateKey, v.Aad, v.EphemeralPrivateKey, v.Iv,
            out EncryptedContractKey? encrypted, out KeyTransportError? error);

        Assert.True(ok, error?.ToString());
        Assert.Equal(Convert.ToHexString(v.DhPublicKey), Convert.ToHexString(encrypted!.DhPublicKey.Span));
        Assert.Equal(Convert.ToHexString(v.EncryptedPrivateKey), Convert.ToHexString(encrypted.EncryptedPrivateKey.Span));
    }

    [Theory]
    [InlineData("iso2_CertificateInstallation", "iso2")]
    [InlineData("iso2_CertificateUpdate", "iso2")]
    [InlineData("iso20_SECP521_CertificateInstallation", "iso20")]
    public void Decrypts_with_a_PEM_recipient_key_and_checks_against_the_contract_certificate(string name, string set)
    {
        KeyTransportVector v = KeyTransportVectors.Load(name);
        using var recipient = ECDiffieHellman.Create();
        string recipientFile = KeyTransportVectors.Json(name).GetProperty("recipient_private_key").GetString()!;
        recipient.ImportFromPem(File.ReadAllText(KeyTransportVectors.SharedFile(recipientFile)));
        string contractName = name == "iso2_CertificateUpdate" ? "ContractCertNew" : "ContractCert";
        using X509Certificate2 contract = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(PncData.Pki(set), "certs",
            contractName + ".der"));
        Assert.True(ContractKeyTransport.TryGetCertificatePublicKey(v.Profile, contract, out byte[]? contractKey,
            out KeyTransportError? error), error?.ToString());

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, recipient, v.DhPublicKey, v.EncryptedPrivateKey, v.Aad, contractKey, out ContractPrivateKey? key, out error);

        Assert.True(ok, error?.ToString());
        using (key)
        {
            Assert.Equal(Convert.ToHexString(v.ExpectedPrivateKey), Convert.ToHexString(key!.Value));
        }
    }

    [Fact]
    public void The_AAD_built_from_the_PCID_and_the_contract_certificate_SKI_equals_the_vector_AAD()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso20_SECP521_CertificateInstallation");
        using X509Certificate2 contract = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(PncData.Pki("iso20"), "certs",
            "ContractCert.der"));

        Assert.True(KeyTransportAad.TryCreate("WMIV1234567890ABCD", contract, out byte[]? aad, out KeyTransportError? error), error?.ToString());

        Assert.Equal(Convert.ToHexString(v.Aad), Convert.ToHexString(aad));
    }

    [Fact]
    public void The_X448_AAD_from_the_Ed448_contract_certificate_SKI_equals_the_vector_AAD()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso20_X448_CertificateInstallation");
        using X509Certificate2 contract = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(PncData.Pki("iso20_ed448"), "certs",
            "ContractCert.der"));

        Assert.True(KeyTransportAad.TryCreate("WMIV1234567890ABCD", contract, out byte[]? aad, out KeyTransportError? error), error?.ToString());

        Assert.Equal(Convert.ToHexString(v.Aad), Convert.ToHexString(aad));
    }

    [Fact]
    public void Tampered_GCM_ciphertext_vector_is_refused_as_tag_mismatch()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso20_SECP521_CertificateInstallation");
        byte[] tampered = KeyTransportVectors.Hex(KeyTransportVectors.Json("iso20_SECP521_tampered_ciphertext"), "SECP521_EncryptedPrivateKey");

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, v.RecipientPrivateKey, v.DhPublicKey, tampered, v.Aad, v.ContractPublicKey, out ContractPrivateKey? key,
                out KeyTransportError? error);

        Assert.False(ok);
        Assert.Null(key);
        Assert.Equal(KeyTransportErrorKind.TagMismatch, error!.Kind);
    }

    [Fact]
    public void Wrong_AAD_vector_is_refused_as_tag_mismatch()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso20_SECP521_CertificateInstallation");
        string wrongAad = KeyTransportVectors.Json("iso20_SECP521_wrong_aad").GetProperty("aad_ascii").GetString()!;

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, v.RecipientPrivateKey, v.DhPublicKey, v.EncryptedPrivateKey, System.Text.Encoding.ASCII.GetBytes(wrongAad),
            v.ContractPublicKey, out _, out KeyTransportError? error);

        Assert.False(ok);
        Assert.Equal(KeyTransportErrorKind.TagMismatch, error!.Kind);
        Assert.Contains("AAD", error.Message);
    }

    [Fact]
    public void Wrong_recipient_key_vector_is_caught_by_the_dG_check()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso2_CertificateInstallation");
        string wrongKeyFile = KeyTransportVectors.Json("iso2_wrong_recipient_key").GetProperty("recipient_private_key").GetString()!;
        using var wrong = ECDiffieHellman.Create();
        wrong.ImportFromPem(File.ReadAllText(KeyTransportVectors.SharedFile(wrongKeyFile)));

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, wrong, v.DhPublicKey, v.EncryptedPrivateKey, [], v.ContractPublicKey, out _, out KeyTransportError? error);

        Assert.False(ok);
        // CBC has no integrity: the wrong key yields 32 other bytes, a scalar of another public point.
        Assert.Equal(KeyTransportErrorKind.PublicKeyMismatch, error!.Kind);
    }

    [Fact]
    public void Wrong_recipient_key_without_an_expected_public_key_decrypts_to_something_else()
    {
        // Documents why the d·G check is needed: without it the wrong key is accepted silently.
        KeyTransportVector v = KeyTransportVectors.Load("iso2_CertificateInstallation");
        using var wrong = ECDiffieHellman.Create();
        wrong.ImportFromPem(File.ReadAllText(Path.Combine(PncData.Pki("iso2"), "keys", "SECCCert.key.pem")));

        bool ok = ContractKeyTransport.TryDecrypt(v.Profile, wrong, v.DhPublicKey, v.EncryptedPrivateKey, [], [], out ContractPrivateKey? key, out _);

        Assert.True(ok);
        using (key)
        {
            Assert.False(key!.PublicKeyChecked);
            Assert.NotEqual(Convert.ToHexString(v.ExpectedPrivateKey), Convert.ToHexString(key.Value));
        }
    }

    [Fact]
    public void The_X448_vector_checked_against_the_Ed448_contract_certificate_is_refused_as_not_comparable()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso20_X448_CertificateInstallation");
        using X509Certificate2 contract = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(PncData.Pki("iso20_ed448"), "certs",
            "ContractCert.der"));

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, v.RecipientPrivateKey, v.DhPublicKey, v.EncryptedPrivateKey, v.Aad, contract, out _, out KeyTransportError? error);

        Assert.False(ok);
        Assert.Equal(KeyTransportErrorKind.UnsupportedContractCertificate, error!.Kind);
        Assert.Contains("Ed448", error.Message);
    }
}
