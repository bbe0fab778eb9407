using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.KeyTransport;

/// <summary>The raw public key of a certificate in the form key transport compares and encrypts for.</summary>
internal static class ContractCertificateKeys
{
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";
    private const string X448Oid = "1.3.101.111";
    private const string Ed448Oid = "1.3.101.113";

    /// <summary>04 || X || Y (EC profiles) or the raw u-coordinate (X448 certificate key).</summary>
    public static bool TryGet(
        KeyTransportFormat format,
        X509Certificate2 certificate,
        [NotNullWhen(true)] out byte[]? publicKey,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        publicKey = null;
        string oid = certificate.PublicKey.Oid.Value ?? "";
        string subject = certificate.Subject;
        if (format.Curve == null)
        {
            if (oid == X448Oid && certificate.PublicKey.EncodedKeyValue.RawData.Length == format.PrivateKeyLength)
            {
                publicKey = certificate.PublicKey.EncodedKeyValue.RawData;
                error = null;
                return true;
            }

            string carried = oid == Ed448Oid ? "an Ed448 key (its X448 key is not in the certificate)" : "key algorithm " + oid;
            error = new(KeyTransportErrorKind.UnsupportedContractCertificate,
                $"certificate '{subject}' carries {carried}; pass the expected X448 public key as raw bytes");
            return false;
        }

        using ECDsa? ec = oid == EcPublicKeyOid ? certificate.GetECDsaPublicKey() : null;
        if (ec == null || ec.KeySize != (format.Profile == KeyTransportProfile.Iso2 ? 256 : 521))
        {
            error = new(KeyTransportErrorKind.UnsupportedContractCertificate,
                $"certificate '{subject}' does not carry a key on {format.Profile}'s curve (algorithm {oid})");
            return false;
        }

        publicKey = EcKeyAgreement.EncodePoint(format, ec);
        error = null;
        return true;
    }
}
