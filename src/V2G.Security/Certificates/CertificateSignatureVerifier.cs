using System;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Ed448Math = Org.BouncyCastle.Math.EC.Rfc8032.Ed448;

namespace V2G.Security.Certificates;

/// <summary>Verifies a certificate's signature over its TBS bytes with its issuer's key: ECDSA with the BCL, Ed448 with BouncyCastle.</summary>
internal static class CertificateSignatureVerifier
{
    /// <summary>
    /// True when the signature verifies; otherwise <paramref name="reason"/> says why it does not. The outcome is
    /// kept on the subject, so that path building and the signature rule of one validation verify each link once.
    /// </summary>
    public static bool Verify(ParsedCertificate subject, ParsedCertificate issuer, out string reason)
    {
        if (subject.SignatureChecks.TryGetValue(issuer, out var known))
        {
            reason = known.Reason;
            return known.Verifies;
        }

        bool verifies = VerifyOnce(subject, issuer, out reason);
        subject.SignatureChecks[issuer] = (verifies, reason);
        return verifies;
    }

    private static bool VerifyOnce(ParsedCertificate subject, ParsedCertificate issuer, out string reason)
    {
        try
        {
            return subject.SignatureAlgorithmOid switch
            {
                CertificateOids.EcdsaSha256 => VerifyEcdsa(subject, issuer, HashAlgorithmName.SHA256, out reason),
                CertificateOids.EcdsaSha384 => VerifyEcdsa(subject, issuer, HashAlgorithmName.SHA384, out reason),
                CertificateOids.EcdsaSha512 => VerifyEcdsa(subject, issuer, HashAlgorithmName.SHA512, out reason),
                CertificateOids.Ed448 => VerifyEd448(subject, issuer, out reason),
                _ => Fail($"signature algorithm {CertificateOids.Describe(subject.SignatureAlgorithmOid)} is not supported", out reason),
            };
        }
        // PlatformNotSupportedException: a named curve the platform does not know (an arbitrary OID in the key).
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException or PlatformNotSupportedException)
        {
            return Fail($"the issuer's public key cannot be used: {e.Message}", out reason);
        }
    }

    private static bool VerifyEcdsa(ParsedCertificate subject, ParsedCertificate issuer, HashAlgorithmName hash, out string reason)
    {
        if (issuer.KeyAlgorithmOid != CertificateOids.EcPublicKey)
        {
            return Fail($"ECDSA signature but the issuer key is {CertificateOids.Describe(issuer.KeyAlgorithmOid)}", out reason);
        }

        using ECDsa key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(issuer.SubjectPublicKeyInfo, out _);
        bool valid = key.VerifyData(subject.TbsBytes.Span, subject.SignatureValue, hash, DSASignatureFormat.Rfc3279DerSequence);
        return valid ? Pass(out reason) : Fail($"ECDSA/{hash.Name} signature does not verify with the issuer's key", out reason);
    }

    private static bool VerifyEd448(ParsedCertificate subject, ParsedCertificate issuer, out string reason)
    {
        if (issuer.KeyAlgorithmOid != CertificateOids.Ed448 || issuer.PublicKey.Length != Ed448PublicKeyParameters.KeySize)
        {
            return Fail($"Ed448 signature but the issuer key is {CertificateOids.Describe(issuer.KeyAlgorithmOid)}", out reason);
        }

        if (subject.SignatureValue.Length != Ed448Math.SignatureSize)
        {
            return Fail($"an Ed448 signature has {Ed448Math.SignatureSize} bytes, this one {subject.SignatureValue.Length}", out reason);
        }

        var signer = new Ed448Signer(Array.Empty<byte>());
        signer.Init(false, new Ed448PublicKeyParameters(issuer.PublicKey, 0));
        byte[] tbs = subject.TbsBytes.ToArray();
        signer.BlockUpdate(tbs, 0, tbs.Length);
        bool valid = signer.VerifySignature(subject.SignatureValue);
        return valid ? Pass(out reason) : Fail("Ed448 signature does not verify with the issuer's key", out reason);
    }

    private static bool Pass(out string reason)
    {
        reason = "signature verifies";
        return true;
    }

    private static bool Fail(string why, out string reason)
    {
        reason = why;
        return false;
    }
}
