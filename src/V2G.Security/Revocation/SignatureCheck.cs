using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace V2G.Security.Revocation;

/// <summary>
/// Verifies a signature over to-be-signed bytes (tbsCertList, tbsResponseData, tbsCertificate) with a certificate's key:
/// ECDSA with the BCL, Ed448/Ed25519 with BouncyCastle (the BCL has no EdDSA).
/// </summary>
internal static class SignatureCheck
{
    private const string EcdsaSha256 = "1.2.840.10045.4.3.2";
    private const string EcdsaSha384 = "1.2.840.10045.4.3.3";
    private const string EcdsaSha512 = "1.2.840.10045.4.3.4";
    private const string Ed25519 = "1.3.101.112";
    private const string Ed448 = "1.3.101.113";
    private const string EcPublicKey = "1.2.840.10045.2.1";

    /// <summary>The outcome: null when the signature verifies, else the failure and why.</summary>
    public static (RevocationSourceFailure Failure, string Reason)? Verify(
        X509Certificate2 signer, string algorithmOid, byte[] toBeSigned, byte[] signature)
    {
        string keyOid = signer.PublicKey.Oid.Value ?? "";
        string signerName = CertificateFacts.DisplayName(signer);
        try
        {
            bool valid = algorithmOid switch
            {
                EcdsaSha256 when keyOid == EcPublicKey => VerifyEcdsa(signer, HashAlgorithmName.SHA256, toBeSigned, signature),
                EcdsaSha384 when keyOid == EcPublicKey => VerifyEcdsa(signer, HashAlgorithmName.SHA384, toBeSigned, signature),
                EcdsaSha512 when keyOid == EcPublicKey => VerifyEcdsa(signer, HashAlgorithmName.SHA512, toBeSigned, signature),
                Ed448 when keyOid == Ed448 => VerifyEd448(signer, toBeSigned, signature),
                Ed25519 when keyOid == Ed25519 => VerifyEd25519(signer, toBeSigned, signature),
                _ => throw new NotSupportedException(),
            };
            return valid ? null : (RevocationSourceFailure.BadSignature, $"the signature does not verify with the key of {signerName}");
        }
        catch (NotSupportedException)
        {
            return (RevocationSourceFailure.UnsupportedAlgorithm,
                $"signature algorithm {algorithmOid} with a {keyOid} key of {signerName} is not supported");
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return (RevocationSourceFailure.BadSignature, $"the key of {signerName} cannot verify the signature: {e.Message}");
        }
    }

    private static bool VerifyEcdsa(X509Certificate2 signer, HashAlgorithmName hash, byte[] data, byte[] signature)
    {
        using ECDsa key = signer.GetECDsaPublicKey() ?? throw new NotSupportedException();
        return key.VerifyData(data, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
    }

    private static bool VerifyEd448(X509Certificate2 signer, byte[] data, byte[] signature)
    {
        byte[] key = CertificateFacts.SubjectPublicKeyBits(signer);
        if (key.Length != Ed448PublicKeyParameters.KeySize || signature.Length != Ed448PrivateKeyParameters.SignatureSize)
        {
            return false;
        }

        // Pure Ed448 with the empty context, as X.509 (RFC 8410) uses it.
        var verifier = new Ed448Signer(Array.Empty<byte>());
        verifier.Init(false, new Ed448PublicKeyParameters(key));
        verifier.BlockUpdate(data, 0, data.Length);
        return verifier.VerifySignature(signature);
    }

    private static bool VerifyEd25519(X509Certificate2 signer, byte[] data, byte[] signature)
    {
        byte[] key = CertificateFacts.SubjectPublicKeyBits(signer);
        if (key.Length != Ed25519PublicKeyParameters.KeySize)
        {
            return false;
        }

        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(key));
        verifier.BlockUpdate(data, 0, data.Length);
        return verifier.VerifySignature(signature);
    }
}
