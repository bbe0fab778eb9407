namespace V2G.Security.Certificates;

/// <summary>The key and signature algorithm every certificate of a <see cref="SecurityProfile"/> must use.</summary>
internal sealed record ProfileAlgorithms(string KeyAlgorithmOid, string? CurveOid, string SignatureAlgorithmOid)
{
    public static ProfileAlgorithms For(SecurityProfile profile) => profile switch
    {
        SecurityProfile.Iso2 => new(CertificateOids.EcPublicKey, CertificateOids.Secp256r1, CertificateOids.EcdsaSha256),
        SecurityProfile.Iso20Secp521 => new(CertificateOids.EcPublicKey, CertificateOids.Secp521r1, CertificateOids.EcdsaSha512),
        _ => new(CertificateOids.Ed448, null, CertificateOids.Ed448),
    };

    /// <summary>The key in words, e.g. "EC public key on secp521r1 (P-521)".</summary>
    public string KeyDescription => CurveOid is null
        ? CertificateOids.Describe(KeyAlgorithmOid)
        : $"{CertificateOids.Describe(KeyAlgorithmOid)} on {CertificateOids.Describe(CurveOid)}";

    public bool KeyMatches(ParsedCertificate certificate) =>
        certificate.KeyAlgorithmOid == KeyAlgorithmOid && certificate.CurveOid == CurveOid;

    public static string DescribeKey(ParsedCertificate certificate) => certificate.CurveOid is null
        ? CertificateOids.Describe(certificate.KeyAlgorithmOid)
        : $"{CertificateOids.Describe(certificate.KeyAlgorithmOid)} on {CertificateOids.Describe(certificate.CurveOid)}";
}
