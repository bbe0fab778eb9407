using System;
using System.Security.Cryptography;

namespace V2G.Security.KeyTransport;

/// <summary>The checks on a contract private key: before sending it and after decrypting it ([V2G20-2678], [V2G20-2507]).</summary>
internal static class ContractKeyChecks
{
    /// <summary>Null when the key has the profile's length, its range, and (when given) the expected public key.</summary>
    public static KeyTransportError? Check(KeyTransportFormat format, ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> expectedPublicKey)
    {
        if (privateKey.Length != format.PrivateKeyLength)
        {
            return new(KeyTransportErrorKind.WrongLength,
                $"the contract private key must be {format.PrivateKeyLength} bytes for {format.Profile}, got {privateKey.Length}");
        }

        if (format.Profile == KeyTransportProfile.Iso20Secp521 && (privateKey[0] & 0xFE) != 0)
        {
            return new(KeyTransportErrorKind.LeadingBitsNotZero,
                $"the top 7 bits of the 66-byte SECP521 private key must be zero ([V2G20-2678]), first byte is 0x{privateKey[0]:X2}");
        }

        if (format.Curve != null)
        {
            KeyTransportError? range = EcKeyAgreement.CheckScalar(format, privateKey, "the contract private key", KeyTransportErrorKind.WrongLength);
            if (range != null)
            {
                return range;
            }
        }

        return expectedPublicKey.IsEmpty ? null : CheckPublicKey(format, privateKey, expectedPublicKey);
    }

    private static KeyTransportError? CheckPublicKey(KeyTransportFormat format, ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> expected)
    {
        int expectedLength = format.Curve == null ? format.PrivateKeyLength : format.DhPublicKeyLength;
        if (expected.Length != expectedLength)
        {
            string shape = format.Curve == null ? "the raw X448 u-coordinate" : "04 || X || Y";
            return new(KeyTransportErrorKind.WrongLength,
                $"the expected contract public key must be {shape} ({expectedLength} bytes) for {format.Profile}, got {expected.Length}");
        }

        byte[] actual = format.Curve == null ? X448KeyAgreement.PublicKeyOf(privateKey) : EcKeyAgreement.PublicPointOf(format, privateKey);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            string rule = format.Curve == null ? "X448(k, 5)" : "d·G";
            return new(KeyTransportErrorKind.PublicKeyMismatch,
                $"{rule} of the decrypted private key differs from the contract certificate's public key ([V2G20-2507]); " +
                "the key was encrypted for another recipient or altered");
        }

        return null;
    }
}
