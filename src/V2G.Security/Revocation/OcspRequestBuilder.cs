using System;
using System.Diagnostics.CodeAnalysis;
using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Revocation;

/// <summary>Builds RFC 6960 OCSP requests with System.Formats.Asn1 and reads the responder URL from authorityInfoAccess.</summary>
public static class OcspRequestBuilder
{
    private const string AuthorityInfoAccessOid = "1.3.6.1.5.5.7.1.1";
    private const string OcspAccessMethodOid = "1.3.6.1.5.5.7.48.1";

    /// <summary>
    /// The request for <paramref name="certificate"/> issued by <paramref name="issuer"/>: one CertID hashed with
    /// <paramref name="hashAlgorithm"/>, and a nonce extension when <paramref name="nonce"/> is given.
    /// </summary>
    public static OcspRequest Build(
        X509Certificate2 certificate, X509Certificate2 issuer, OcspHashAlgorithm hashAlgorithm = OcspHashAlgorithm.Sha256,
        byte[]? nonce = null)
    {
        OcspCertId certId = OcspCertId.Compute(certificate, issuer, hashAlgorithm);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    using (writer.PushSequence())
                    {
                        WriteCertId(writer, certId, certificate.SerialNumberBytes.Span);
                    }
                }

                if (nonce is not null)
                {
                    WriteNonceExtension(writer, nonce);
                }
            }
        }

        TryGetResponderUrl(certificate, out Uri? url);
        return new OcspRequest(writer.Encode(), certId, nonce is null ? null : [.. nonce], url);
    }

    /// <summary>A fresh random 32-byte nonce (RFC 8954 recommends 32 bytes).</summary>
    public static byte[] NewNonce() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The first OCSP URI of the certificate's authorityInfoAccess extension.</summary>
    public static bool TryGetResponderUrl(X509Certificate2 certificate, [NotNullWhen(true)] out Uri? url)
    {
        url = null;
        X509Extension? extension = certificate.Extensions[AuthorityInfoAccessOid];
        if (extension is null)
        {
            return false;
        }

        try
        {
            AsnReader descriptions = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
            var uriTag = new Asn1Tag(TagClass.ContextSpecific, 6);
            while (descriptions.HasData)
            {
                AsnReader description = descriptions.ReadSequence();
                string method = description.ReadObjectIdentifier();
                if (method == OcspAccessMethodOid && description.PeekTag().HasSameClassAndValue(uriTag)
                    && Uri.TryCreate(description.ReadCharacterString(UniversalTagNumber.IA5String, uriTag), UriKind.Absolute, out url))
                {
                    return true;
                }
            }
        }
        catch (AsnContentException)
        {
            // A malformed extension simply has no usable URL.
        }

        url = null;
        return false;
    }

    private static void WriteCertId(AsnWriter writer, OcspCertId certId, ReadOnlySpan<byte> serial)
    {
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(OcspCertId.Oid(certId.HashAlgorithm));
                writer.WriteNull();
            }

            writer.WriteOctetString(certId.IssuerNameHash);
            writer.WriteOctetString(certId.IssuerKeyHash);
            writer.WriteInteger(new BigInteger(serial, isUnsigned: false, isBigEndian: true));
        }
    }

    private static void WriteNonceExtension(AsnWriter writer, byte[] nonce)
    {
        // requestExtensions [2] EXPLICIT Extensions; the nonce is an OCTET STRING inside extnValue (RFC 8954).
        var inner = new AsnWriter(AsnEncodingRules.DER);
        inner.WriteOctetString(nonce);
        using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 2, isConstructed: true)))
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(OcspResponseVerifier.NonceOid);
                    writer.WriteOctetString(inner.Encode());
                }
            }
        }
    }
}
