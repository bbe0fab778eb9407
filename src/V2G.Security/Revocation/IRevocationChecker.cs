using System;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Revocation;

/// <summary>
/// Answers whether a certificate is revoked, from the CRLs and OCSP responses it holds or fetches. Chain
/// validation asks it once per certificate below a trust anchor and applies its <see cref="RevocationPolicy"/>.
/// </summary>
public interface IRevocationChecker
{
    /// <summary>The status of <paramref name="certificate"/>, issued by <paramref name="issuer"/>, at <paramref name="validationTime"/>.</summary>
    RevocationCheckResult Check(X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset validationTime);
}
