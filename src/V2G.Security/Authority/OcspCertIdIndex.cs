using System;
using System.Collections.Generic;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Revocation;

namespace V2G.Security.Authority;

/// <summary>Finds the signing CA a CertID names, by issuerNameHash and issuerKeyHash, for every supported hash algorithm.</summary>
internal sealed class OcspCertIdIndex
{
    private readonly Dictionary<string, SigningAuthority> _byHashes = new(StringComparer.Ordinal);

    public OcspCertIdIndex(IEnumerable<SigningAuthority> authorities)
    {
        foreach (SigningAuthority authority in authorities)
        {
            byte[] name = authority.Certificate.SubjectName.RawData;
            byte[] key = CertificateFacts.SubjectPublicKeyBits(authority.Certificate);
            foreach (OcspHashAlgorithm algorithm in Enum.GetValues<OcspHashAlgorithm>())
            {
                _byHashes.TryAdd(Key(OcspCertId.Oid(algorithm), OcspCertId.Hash(algorithm, name), OcspCertId.Hash(algorithm, key)), authority);
            }
        }
    }

    /// <summary>The CA the CertID names, or why there is none.</summary>
    public SigningAuthority? Find(CertificateID certId, out string? refusal)
    {
        if (!OcspCertId.TryFromOid(certId.HashAlgOid, out _))
        {
            refusal = $"the CertID hash algorithm {certId.HashAlgOid} is not supported (SHA-1, SHA-256, SHA-384, SHA-512 are)";
            return null;
        }

        if (_byHashes.TryGetValue(Key(certId.HashAlgOid, certId.GetIssuerNameHash(), certId.GetIssuerKeyHash()), out SigningAuthority? ca))
        {
            refusal = null;
            return ca;
        }

        refusal = $"this responder answers for no CA with issuerNameHash {Convert.ToHexString(certId.GetIssuerNameHash())} and "
            + $"issuerKeyHash {Convert.ToHexString(certId.GetIssuerKeyHash())}";
        return null;
    }

    private static string Key(string oid, byte[] nameHash, byte[] keyHash) =>
        $"{oid}/{Convert.ToHexString(nameHash)}/{Convert.ToHexString(keyHash)}";
}
