using System;
using System.Security.Cryptography;

namespace V2G.Security.Authority;

/// <summary>A CRL a <see cref="CrlPublisher"/> signed.</summary>
/// <param name="CaName">The issuing CA.</param>
/// <param name="CrlNumber">Its CRLNumber.</param>
/// <param name="Der">The DER CertificateList.</param>
/// <param name="ThisUpdate">thisUpdate.</param>
/// <param name="NextUpdate">nextUpdate.</param>
/// <param name="EntryCount">How many revoked certificates it lists.</param>
public sealed record PublishedCrl(string CaName, long CrlNumber, byte[] Der, DateTimeOffset ThisUpdate, DateTimeOffset NextUpdate, int EntryCount)
{
    /// <summary>The CRL as an <c>X509 CRL</c> PEM block.</summary>
    public string Pem => new string(PemEncoding.Write("X509 CRL", Der)) + "\n";
}
