using System;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace V2G.Security.Signatures.Crypto;

/// <summary>Creates signers from private keys in PKCS#8 (PEM or DER), as a test PKI or a key file holds them.</summary>
public static class V2GSigners
{
    /// <summary>
    /// A signer for the PKCS#8 private key in <paramref name="pem"/>: RFC 6979 deterministic ECDSA for P-256 and P-521
    /// keys, Ed448 for Ed448 keys.
    /// </summary>
    /// <exception cref="CryptographicException">The text holds no PKCS#8 private key of a V2G profile.</exception>
    public static IV2GSigner FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var fields = PemEncoding.Find(pem);
        string label = pem[fields.Label];
        if (label != "PRIVATE KEY")
        {
            throw new CryptographicException("Expected a PKCS#8 'PRIVATE KEY' PEM block, found '" + label + "'");
        }

        byte[] der = Convert.FromBase64String(pem[fields.Base64Data]);
        try
        {
            return FromPkcs8(der);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    /// <summary>A signer for a DER PKCS#8 private key (see <see cref="FromPem"/>).</summary>
    /// <exception cref="CryptographicException">The bytes hold no PKCS#8 private key of a V2G profile.</exception>
    public static IV2GSigner FromPkcs8(ReadOnlySpan<byte> der)
    {
        Org.BouncyCastle.Crypto.AsymmetricKeyParameter key;
        try
        {
            key = PrivateKeyFactory.CreateKey(der.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.IO.IOException or SecurityUtilityException)
        {
            throw new CryptographicException("The PKCS#8 private key cannot be read: " + e.Message, e);
        }

        return key switch
        {
            ECPrivateKeyParameters ec => new DeterministicEcdsaSigner(ec),
            Ed448PrivateKeyParameters ed => new Ed448Signer(ed),
            _ => throw new CryptographicException("A " + key.GetType().Name + " is no signing key of a V2G profile (ECDSA P-256/P-521 or Ed448)"),
        };
    }
}
