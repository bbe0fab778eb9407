using System.Formats.Asn1;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Csr;

/// <summary>Reads which profile the public key of a DER CertificationRequest belongs to, before any parser or verifier runs.</summary>
internal static class CsrKeyAlgorithm
{
    /// <summary>
    /// False when the bytes are not a CertificationRequest; otherwise the profile of the key (null for a key of no profile)
    /// and <paramref name="description"/> saying what the key is.
    /// </summary>
    public static bool TryRead(byte[] der, out SecurityProfile? profile, out string description)
    {
        try
        {
            AsnReader request = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
            AsnReader info = request.ReadSequence();
            info.ReadInteger();
            info.ReadEncodedValue();
            AsnReader algorithm = info.ReadSequence().ReadSequence();
            string oid = algorithm.ReadObjectIdentifier();
            string? curve = algorithm.HasData && algorithm.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier)
                ? algorithm.ReadObjectIdentifier()
                : null;
            description = curve is null ? $"key algorithm {oid}" : $"key algorithm {oid} on curve {curve}";
            profile = (oid, curve) switch
            {
                (KeyAlgorithmOids.EcPublicKey, KeyAlgorithmOids.Secp256r1) => SecurityProfile.Iso2,
                (KeyAlgorithmOids.EcPublicKey, KeyAlgorithmOids.Secp521r1) => SecurityProfile.Iso20Secp521,
                (KeyAlgorithmOids.Ed448, null) => SecurityProfile.Iso20Ed448,
                _ => null,
            };
            return true;
        }
        catch (AsnContentException e)
        {
            description = "not a CertificationRequest: " + e.Message;
            profile = null;
            return false;
        }
    }
}
