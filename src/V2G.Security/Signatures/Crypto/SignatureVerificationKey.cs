using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto.Parameters;

namespace V2G.Security.Signatures.Crypto;

/// <summary>
/// The public key that verifies a SignatureValue: ECDSA P-256 or P-521 (BCL) or Ed448 (BouncyCastle, which the BCL
/// lacks), taken from the signer's certificate.
/// </summary>
public sealed class SignatureVerificationKey : IDisposable
{
    private readonly ECDsa? ecdsa;
    private readonly Ed448PublicKeyParameters? ed448;

    private SignatureVerificationKey(SecurityProfile profile, string description, ECDsa? ecdsa, Ed448PublicKeyParameters? ed448)
    {
        Profile = profile;
        Description = description;
        this.ecdsa = ecdsa;
        this.ed448 = ed448;
    }

    /// <summary>The profile whose signatures this key can verify (by its curve).</summary>
    public SecurityProfile Profile { get; }

    /// <summary>What the key is, for messages: algorithm, curve and the certificate it came from.</summary>
    public string Description { get; }

    /// <summary>The key of <paramref name="certificate"/>; false with the reason if it is no key of a Plug'n'Charge profile.</summary>
    /// <param name="certificate">The signer's certificate.</param>
    /// <param name="key">The key, or null.</param>
    /// <param name="error">Why the certificate's key cannot verify V2G signatures, or null.</param>
    public static bool TryFromCertificate(X509Certificate2 certificate, out SignatureVerificationKey? key, out string? error)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        key = null;
        string subject = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        string algorithm = certificate.PublicKey.Oid.Value ?? string.Empty;
        if (algorithm == KeyAlgorithmOids.Ed448)
        {
            byte[] raw = certificate.PublicKey.EncodedKeyValue.RawData;
            if (raw.Length != Ed448PublicKeyParameters.KeySize)
            {
                error = "the Ed448 key of " + subject + " has " + raw.Length + " bytes, not 57";
                return false;
            }

            key = new SignatureVerificationKey(SecurityProfile.Iso20Ed448, "Ed448 key of " + subject, null, new Ed448PublicKeyParameters(raw, 0));
            error = null;
            return true;
        }

        if (algorithm != KeyAlgorithmOids.EcPublicKey)
        {
            error = "the key of " + subject + " is neither ECDSA nor Ed448 (" + (certificate.PublicKey.Oid.FriendlyName ?? algorithm) + ")";
            return false;
        }

        ECDsa? ec;
        string? curve;
        try
        {
            ec = certificate.GetECDsaPublicKey();
            curve = ec?.ExportParameters(false).Curve.Oid.Value;
        }
        catch (CryptographicException e)
        {
            // A public key that is not a point of its curve (a corrupted certificate) verifies nothing.
            error = "the ECDSA key of " + subject + " cannot be read: " + e.Message;
            return false;
        }

        var profile = curve switch
        {
            KeyAlgorithmOids.Secp256r1 => SecurityProfile.Iso2,
            KeyAlgorithmOids.Secp521r1 => SecurityProfile.Iso20Secp521,
            _ => (SecurityProfile?)null,
        };
        if (ec == null || profile == null)
        {
            ec?.Dispose();
            error = "the ECDSA key of " + subject + " is on curve " + (curve ?? "?") + ", neither secp256r1 nor secp521r1";
            return false;
        }

        string size = profile == SecurityProfile.Iso2 ? "P-256" : "P-521";
        key = new SignatureVerificationKey(profile.Value, "ECDSA " + size + " key of " + subject, ec, null);
        error = null;
        return true;
    }

    /// <summary>The key of <paramref name="certificate"/>.</summary>
    /// <exception cref="CryptographicException">The certificate's key is no key of a Plug'n'Charge profile.</exception>
    public static SignatureVerificationKey FromCertificate(X509Certificate2 certificate) =>
        TryFromCertificate(certificate, out var key, out string? error) ? key! : throw new CryptographicException("The certificate cannot verify V2G signatures: " + error);

    /// <summary>Verifies <paramref name="signature"/> (raw r||s for ECDSA, RFC 8032 for Ed448) over <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (ed448 != null)
        {
            var verifier = new Org.BouncyCastle.Crypto.Signers.Ed448Signer(Array.Empty<byte>());
            verifier.Init(false, ed448);
            verifier.BlockUpdate(data);
            return verifier.VerifySignature(signature.ToArray());
        }

        var hash = Profile == SecurityProfile.Iso2 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA512;
        return ecdsa!.VerifyData(data, signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <inheritdoc/>
    public void Dispose() => ecdsa?.Dispose();

    /// <inheritdoc/>
    public override string ToString() => Description;
}
