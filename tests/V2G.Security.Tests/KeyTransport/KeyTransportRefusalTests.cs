using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.KeyTransport;
using Xunit;

namespace V2G.Security.Tests.KeyTransport;

public sealed class KeyTransportRefusalTests
{
    private static KeyTransportError DecryptOwnPlaintext(KeyTransportProfile profile, byte[] plaintext, byte[] expectedPublicKey)
    {
        RawKeyPair recipient = KeyTransportTestKeys.Generate(profile);
        byte[] aad = KeyTransportTestKeys.Aad(profile);
        (byte[] dh, byte[] field) = KeyTransportTestKeys.SealUnchecked(profile, recipient.PublicKey, plaintext, aad);
        Assert.False(ContractKeyTransport.TryDecrypt(profile, recipient.PrivateKey, dh, field, aad, expectedPublicKey, out ContractPrivateKey? key,
            out KeyTransportError? error));
        Assert.Null(key);
        return error!;
    }

    [Fact]
    public void A_SECP521_plaintext_with_a_top_bit_set_is_refused()
    {
        byte[] plaintext = KeyTransportTestKeys.Generate(KeyTransportProfile.Iso20Secp521).PrivateKey;
        plaintext[0] |= 0x80;

        KeyTransportError error = DecryptOwnPlaintext(KeyTransportProfile.Iso20Secp521, plaintext, []);

        Assert.Equal(KeyTransportErrorKind.LeadingBitsNotZero, error.Kind);
        Assert.Contains("V2G20-2678", error.Message);
    }

    [Theory]
    [InlineData(KeyTransportProfile.Iso2)]
    [InlineData(KeyTransportProfile.Iso20Secp521)]
    public void A_scalar_equal_to_the_order_is_refused(KeyTransportProfile profile)
    {
        KeyTransportError error = DecryptOwnPlaintext(profile, KeyTransportTestKeys.OrderBytes(profile), []);

        Assert.Equal(KeyTransportErrorKind.ScalarOutOfRange, error.Kind);
        Assert.Contains("d >= n", error.Message);
    }

    [Theory]
    [InlineData(KeyTransportProfile.Iso2)]
    [InlineData(KeyTransportProfile.Iso20Secp521)]
    public void The_largest_valid_scalar_n_minus_1_is_accepted(KeyTransportProfile profile)
    {
        byte[] d = KeyTransportTestKeys.OrderBytes(profile);
        d[^1] -= 1;

        Assert.Null(EcKeyAgreement.CheckScalar(KeyTransportFormat.Of(profile)!, d, "d", KeyTransportErrorKind.WrongLength));
    }

    [Theory]
    [InlineData(KeyTransportProfile.Iso2, 32)]
    [InlineData(KeyTransportProfile.Iso20Secp521, 66)]
    public void A_zero_scalar_is_refused(KeyTransportProfile profile, int length)
    {
        KeyTransportError error = DecryptOwnPlaintext(profile, new byte[length], []);

        Assert.Equal(KeyTransportErrorKind.ScalarOutOfRange, error.Kind);
        Assert.Contains("zero", error.Message);
    }

    [Theory]
    [InlineData(KeyTransportProfile.Iso2)]
    [InlineData(KeyTransportProfile.Iso20Secp521)]
    [InlineData(KeyTransportProfile.Iso20X448)]
    public void A_key_of_another_contract_is_refused_as_public_key_mismatch(KeyTransportProfile profile)
    {
        byte[] plaintext = KeyTransportTestKeys.Generate(profile).PrivateKey;
        byte[] otherPublic = KeyTransportTestKeys.Generate(profile).PublicKey;

        KeyTransportError error = DecryptOwnPlaintext(profile, plaintext, otherPublic);

        Assert.Equal(KeyTransportErrorKind.PublicKeyMismatch, error.Kind);
    }

    [Fact]
    public void The_vector_checked_against_the_wrong_contract_certificate_is_refused()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso2_CertificateInstallation");
        using X509Certificate2 other = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(PncData.Pki("iso2"), "certs", "ContractCert2.der"));

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, v.RecipientPrivateKey, v.DhPublicKey, v.EncryptedPrivateKey, [], other, out _, out KeyTransportError? error);

        Assert.False(ok);
        Assert.Equal(KeyTransportErrorKind.PublicKeyMismatch, error!.Kind);
        Assert.Contains("d·G", error.Message);
    }

    public static TheoryData<string, string> BadDhPublicKeys() => new()
    {
        { "iso2_CertificateInstallation", "not on curve" },
        { "iso2_CertificateInstallation", "truncated" },
        { "iso2_CertificateInstallation", "compressed prefix" },
        { "iso20_SECP521_CertificateInstallation", "not on curve" },
        { "iso20_SECP521_CertificateInstallation", "truncated" },
        { "iso20_X448_CertificateInstallation", "truncated" },
        { "iso20_X448_CertificateInstallation", "compressed prefix" },
        { "iso20_X448_CertificateInstallation", "low order" },
        { "iso20_X448_CertificateInstallation", "empty" },
    };

    [Theory]
    [MemberData(nameof(BadDhPublicKeys))]
    public void An_invalid_DH_public_key_is_refused(string vector, string defect)
    {
        KeyTransportVector v = KeyTransportVectors.Load(vector);
        byte[] dh = (byte[])v.DhPublicKey.Clone();
        dh = defect switch
        {
            "not on curve" => Flip(dh, dh.Length - 1),
            "truncated" => dh[1..],
            "compressed prefix" => Replace(dh, 0, 0x02),
            "low order" => Replace(new byte[57], 0, 0x04), // u = 0 gives an all-zero X448 secret
            _ => [],
        };

        bool ok = ContractKeyTransport.TryDecrypt(
            v.Profile, v.RecipientPrivateKey, dh, v.EncryptedPrivateKey, v.Aad, v.ContractPublicKey, out _, out KeyTransportError? error);

        Assert.False(ok);
        Assert.Equal(KeyTransportErrorKind.InvalidDhPublicKey, error!.Kind);
    }

    [Theory]
    [InlineData("iso2_CertificateInstallation", 47)]
    [InlineData("iso2_CertificateInstallation", 64)]
    [InlineData("iso20_SECP521_CertificateInstallation", 93)]
    [InlineData("iso20_X448_CertificateInstallation", 94)]
    public void An_encrypted_key_of_the_wrong_length_is_refused(string vector, int length)
    {
        KeyTransportVector v = KeyTransportVectors.Load(vector);
        byte[] field = new byte[length];

        bool ok = ContractKeyTransport.TryDecrypt(v.Profile, v.RecipientPrivateKey, v.DhPublicKey, field, v.Aad, [], out _,
            out KeyTransportError? error);

        Assert.False(ok);
        Assert.Equal(KeyTransportErrorKind.WrongLength, error!.Kind);
        Assert.Contains(length.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void ISO20_without_AAD_and_ISO2_with_AAD_are_refused()
    {
        KeyTransportVector v20 = KeyTransportVectors.Load("iso20_SECP521_CertificateInstallation");
        KeyTransportVector v2 = KeyTransportVectors.Load("iso2_CertificateInstallation");

        Assert.False(ContractKeyTransport.TryDecrypt(v20.Profile, v20.RecipientPrivateKey, v20.DhPublicKey, v20.EncryptedPrivateKey, [], [],
            out _, out KeyTransportError? missing));
        Assert.False(ContractKeyTransport.TryDecrypt(v2.Profile, v2.RecipientPrivateKey, v2.DhPublicKey, v2.EncryptedPrivateKey, v20.Aad, [],
            out _, out KeyTransportError? extra));

        Assert.Equal(KeyTransportErrorKind.InvalidAssociatedData, missing!.Kind);
        Assert.Equal(KeyTransportErrorKind.InvalidAssociatedData, extra!.Kind);
    }

    [Fact]
    public void The_sender_refuses_a_contract_key_out_of_range_and_a_recipient_key_off_the_curve()
    {
        KeyTransportVector v = KeyTransportVectors.Load("iso20_SECP521_CertificateInstallation");
        byte[] topBit = (byte[])v.ExpectedPrivateKey.Clone();
        topBit[0] = 0x02;

        Assert.False(ContractKeyTransport.TryEncrypt(v.Profile, v.RecipientPublicKey, topBit, v.Aad, out _, out KeyTransportError? bits));
        Assert.False(ContractKeyTransport.TryEncrypt(v.Profile, v.RecipientPublicKey, KeyTransportTestKeys.OrderBytes(v.Profile), v.Aad,
            out _, out KeyTransportError? range));
        Assert.False(ContractKeyTransport.TryEncrypt(v.Profile, Flip((byte[])v.RecipientPublicKey.Clone(), 100), v.ExpectedPrivateKey, v.Aad,
            out _, out KeyTransportError? curve));
        KeyTransportException thrown = Assert.Throws<KeyTransportException>(
            () => ContractKeyTransport.Encrypt(v.Profile, v.RecipientPublicKey, v.ExpectedPrivateKey[1..], v.Aad));

        Assert.Equal(KeyTransportErrorKind.LeadingBitsNotZero, bits!.Kind);
        Assert.Equal(KeyTransportErrorKind.ScalarOutOfRange, range!.Kind);
        Assert.Equal(KeyTransportErrorKind.InvalidKeyAgreementKey, curve!.Kind);
        Assert.Equal(KeyTransportErrorKind.WrongLength, thrown.Error.Kind);
    }

    [Fact]
    public void An_undefined_profile_and_a_PCID_that_is_not_ASCII_are_refused()
    {
        Assert.False(ContractKeyTransport.TryEncrypt((KeyTransportProfile)7, [], [], [], out _, out KeyTransportError? profile));
        Assert.False(KeyTransportAad.TryCreate("WMIV1234567890ABCÄ", [1, 2], out _, out KeyTransportError? pcid));

        Assert.Equal(KeyTransportErrorKind.UnknownProfile, profile!.Kind);
        Assert.Equal(KeyTransportErrorKind.InvalidAssociatedData, pcid!.Kind);
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        bytes[index] ^= 0x01;
        return bytes;
    }

    private static byte[] Replace(byte[] bytes, int index, byte value)
    {
        bytes[index] = value;
        return bytes;
    }
}
