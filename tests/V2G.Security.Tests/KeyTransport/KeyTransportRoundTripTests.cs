using System;
using System.Security.Cryptography;
using V2G.Security.KeyTransport;
using Xunit;

namespace V2G.Security.Tests.KeyTransport;

public sealed class KeyTransportRoundTripTests
{
    [Theory]
    [InlineData(KeyTransportProfile.Iso2, 65, 48)]
    [InlineData(KeyTransportProfile.Iso20Secp521, 133, 94)]
    [InlineData(KeyTransportProfile.Iso20X448, 57, 84)]
    public void Fresh_keys_round_trip_with_the_standard_field_lengths(KeyTransportProfile profile, int dhLength, int fieldLength)
    {
        RawKeyPair recipient = KeyTransportTestKeys.Generate(profile);
        RawKeyPair contract = KeyTransportTestKeys.Generate(profile);
        byte[] aad = KeyTransportTestKeys.Aad(profile);

        EncryptedContractKey sent = ContractKeyTransport.Encrypt(profile, recipient.PublicKey, contract.PrivateKey, aad);
        bool ok = ContractKeyTransport.TryDecrypt(
            profile, recipient.PrivateKey, sent.DhPublicKey.Span, sent.EncryptedPrivateKey.Span, aad, contract.PublicKey,
            out ContractPrivateKey? received, out KeyTransportError? error);

        Assert.True(ok, error?.ToString());
        Assert.Equal(dhLength, sent.DhPublicKey.Length);
        Assert.Equal(0x04, sent.DhPublicKey.Span[0]);
        Assert.Equal(fieldLength, sent.EncryptedPrivateKey.Length);
        using (received)
        {
            Assert.Equal(Convert.ToHexString(contract.PrivateKey), Convert.ToHexString(received!.Value));
        }
    }

    [Theory]
    [InlineData(KeyTransportProfile.Iso2)]
    [InlineData(KeyTransportProfile.Iso20Secp521)]
    [InlineData(KeyTransportProfile.Iso20X448)]
    public void Each_encryption_uses_a_fresh_ephemeral_key_and_IV(KeyTransportProfile profile)
    {
        RawKeyPair recipient = KeyTransportTestKeys.Generate(profile);
        RawKeyPair contract = KeyTransportTestKeys.Generate(profile);
        byte[] aad = KeyTransportTestKeys.Aad(profile);
        int ivLength = profile == KeyTransportProfile.Iso2 ? 16 : 12;

        EncryptedContractKey first = ContractKeyTransport.Encrypt(profile, recipient.PublicKey, contract.PrivateKey, aad);
        EncryptedContractKey second = ContractKeyTransport.Encrypt(profile, recipient.PublicKey, contract.PrivateKey, aad);

        Assert.NotEqual(Convert.ToHexString(first.DhPublicKey.Span), Convert.ToHexString(second.DhPublicKey.Span));
        Assert.NotEqual(Convert.ToHexString(first.EncryptedPrivateKey.Span[..ivLength]),
            Convert.ToHexString(second.EncryptedPrivateKey.Span[..ivLength]));
    }

    [Theory]
    [InlineData(KeyTransportProfile.Iso2)]
    [InlineData(KeyTransportProfile.Iso20Secp521)]
    public void The_decrypted_EC_key_signs_as_the_contract_key(KeyTransportProfile profile)
    {
        RawKeyPair recipient = KeyTransportTestKeys.Generate(profile);
        RawKeyPair contract = KeyTransportTestKeys.Generate(profile);
        byte[] aad = KeyTransportTestKeys.Aad(profile);
        EncryptedContractKey sent = ContractKeyTransport.Encrypt(profile, recipient.PublicKey, contract.PrivateKey, aad);
        Assert.True(ContractKeyTransport.TryDecrypt(
            profile, recipient.PrivateKey, sent.DhPublicKey.Span, sent.EncryptedPrivateKey.Span, aad, contract.PublicKey,
                out ContractPrivateKey? key, out _));

        using (key)
        using (ECDsa ecdsa = key!.CreateEcdsa()!)
        {
            ECParameters p = ecdsa.ExportParameters(false);
            Assert.Equal(Convert.ToHexString(contract.PublicKey), "04" + Convert.ToHexString(p.Q.X!) + Convert.ToHexString(p.Q.Y!));
        }
    }

    [Fact]
    public void Disposing_the_decrypted_key_makes_its_value_unavailable()
    {
        RawKeyPair recipient = KeyTransportTestKeys.Generate(KeyTransportProfile.Iso20X448);
        RawKeyPair contract = KeyTransportTestKeys.Generate(KeyTransportProfile.Iso20X448);
        byte[] aad = KeyTransportTestKeys.Aad(KeyTransportProfile.Iso20X448);
        EncryptedContractKey sent = ContractKeyTransport.Encrypt(KeyTransportProfile.Iso20X448, recipient.PublicKey, contract.PrivateKey, aad);
        Assert.True(ContractKeyTransport.TryDecrypt(KeyTransportProfile.Iso20X448, recipient.PrivateKey, sent.DhPublicKey.Span,
            sent.EncryptedPrivateKey.Span, aad, contract.PublicKey, out ContractPrivateKey? key, out _));

        key!.Dispose();

        Assert.Throws<ObjectDisposedException>(() => key.ToArray());
        Assert.Null(new ContractPrivateKey(KeyTransportProfile.Iso20X448, new byte[56], false).CreateEcdsa());
    }
}
