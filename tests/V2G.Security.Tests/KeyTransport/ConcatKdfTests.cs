using System;
using System.Security.Cryptography;
using V2G.Security.KeyTransport;
using Xunit;

namespace V2G.Security.Tests.KeyTransport;

public sealed class ConcatKdfTests
{
    [Theory]
    [MemberData(nameof(KeyTransportVectors.Positive), MemberType = typeof(KeyTransportVectors))]
    public void Derives_each_vector_session_key_from_its_shared_secret(string name)
    {
        KeyTransportVector v = KeyTransportVectors.Load(name);
        HashAlgorithmName hash = v.Profile == KeyTransportProfile.Iso2 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA512;
        byte[] key = new byte[v.SessionKey.Length];

        ConcatKdf.DeriveKey(hash, v.SharedSecret, ConcatKdf.Iso15118OtherInfo, key);

        Assert.Equal(Convert.ToHexString(v.SessionKey), Convert.ToHexString(key));
    }

    [Theory]
    [MemberData(nameof(KeyTransportVectors.Positive), MemberType = typeof(KeyTransportVectors))]
    public void The_vector_hash_input_is_counter_one_then_Z_then_OtherInfo(string name)
    {
        KeyTransportVector v = KeyTransportVectors.Load(name);
        byte[] expected = [0, 0, 0, 1, .. v.SharedSecret, 0x01, 0x55, 0x56];

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(v.KdfInput));
    }

    [Fact]
    public void Output_longer_than_one_hash_uses_counter_two_for_the_second_block()
    {
        byte[] z = [1, 2, 3];
        byte[] output = new byte[40];

        ConcatKdf.DeriveKey(HashAlgorithmName.SHA256, z, ConcatKdf.Iso15118OtherInfo, output);

        byte[] first = SHA256.HashData([0, 0, 0, 1, 1, 2, 3, 0x01, 0x55, 0x56]);
        byte[] second = SHA256.HashData([0, 0, 0, 2, 1, 2, 3, 0x01, 0x55, 0x56]);
        Assert.Equal(Convert.ToHexString([.. first, .. second.AsSpan(0, 8)]), Convert.ToHexString(output));
    }

    [Fact]
    public void Rejects_a_hash_other_than_SHA256_or_SHA512()
    {
        byte[] output = new byte[16];
        Assert.Throws<ArgumentException>(() => ConcatKdf.DeriveKey(HashAlgorithmName.SHA1, [1], ConcatKdf.Iso15118OtherInfo, output));
    }
}
