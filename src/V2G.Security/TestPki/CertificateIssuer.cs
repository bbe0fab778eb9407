using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.TestPki;

/// <summary>
/// Issues the certificates of one test PKI with the BCL <see cref="CertificateRequest"/>, adding the profile's
/// extensions: basicConstraints and keyUsage (critical), SKI, and on every non-root AKI, AIA OCSP and CRL DP.
/// </summary>
internal sealed class CertificateIssuer
{
    private readonly ProfileParameters _parameters;
    private readonly string _organization;
    private readonly string _country;
    private readonly DateTimeOffset _now;

    public CertificateIssuer(ProfileParameters parameters, string organization, string country, DateTimeOffset now)
    {
        _parameters = parameters;
        _organization = organization;
        _country = country;
        // Whole seconds: certificate times carry no fractions, and a child must not start before its issuer.
        _now = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
    }

    /// <summary>Issues a root (when <paramref name="issuer"/> is null, self-signed) or a certificate signed by the issuer.</summary>
    public IssuedCertificate Issue(CertificateSpec spec, IssuedCertificate? issuer)
    {
        ECDsa key = ECDsa.Create(_parameters.Curve);
        try
        {
            X500DistinguishedName subject = Name(spec.CommonName, spec.DomainComponent);
            var request = new CertificateRequest(subject, key, _parameters.Hash);
            AddExtensions(request, spec, issuer);

            X500DistinguishedName issuerName = issuer?.Certificate.SubjectName ?? subject;
            X509SignatureGenerator generator = X509SignatureGenerator.CreateForECDsa(issuer?.PrivateKey ?? key);
            DateTimeOffset notBefore = _now - TestPkiLifetimes.Backdating;
            using X509Certificate2 issued = request.Create(issuerName, generator, notBefore, _now + spec.Lifetime, SerialNumber());
            return new IssuedCertificate(spec.Name, issued.CopyWithPrivateKey(key), key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private void AddExtensions(CertificateRequest request, CertificateSpec spec, IssuedCertificate? issuer)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(
            spec.IsCa, spec.PathLength.HasValue, spec.PathLength ?? 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(spec.KeyUsage, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, _parameters.SkiMethod, critical: false));
        if (issuer is null)
        {
            return;
        }

        AddIssuerExtensions(request, issuer, _parameters);
    }

    /// <summary>
    /// The extensions of a leaf of the test PKI profile on <paramref name="request"/> (its own extensions are replaced):
    /// basicConstraints CA:false and keyUsage (both critical), SKI, AKI, AIA OCSP and CRL DP. The entry point for
    /// issuers outside the builder (<c>Csr.CsrSigner</c> duplicates this today and can call it instead).
    /// </summary>
    internal static void AddLeafExtensions(
        CertificateRequest request, X509KeyUsageFlags usage, IssuedCertificate issuer, SecurityProfile profile)
    {
        ProfileParameters parameters = ProfileParameters.For(profile)
            ?? throw new ArgumentException($"profile {profile} has no BCL certificate parameters", nameof(profile));
        request.CertificateExtensions.Clear();
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, parameters.SkiMethod, critical: false));
        AddIssuerExtensions(request, issuer, parameters);
    }

    private static void AddIssuerExtensions(CertificateRequest request, IssuedCertificate issuer, ProfileParameters parameters)
    {
        // keyIdentifier = the issuer's SKI, no issuer name and serial (as the shared test PKI).
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(
            issuer.Certificate, true, false));
        request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(
            [$"http://ocsp.{parameters.UriLabel}.test.invalid/{issuer.Name}"], null, critical: false));
        request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension(
            [$"http://crl.{parameters.UriLabel}.test.invalid/{issuer.Name}.crl"], critical: false));
    }

    /// <summary>DN = CN, O, C, DC in this DER order, as the shared test PKI writes it.</summary>
    private X500DistinguishedName Name(string commonName, string domainComponent)
    {
        // The builder encodes the RDNs in the reverse order of the Add calls.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddDomainComponent(domainComponent);
        builder.AddCountryOrRegion(_country);
        builder.AddOrganizationName(_organization);
        builder.AddCommonName(commonName);
        return builder.Build();
    }

    /// <summary>16 random bytes, positive and minimally encoded (first byte 0x40..0x7F).</summary>
    private static byte[] SerialNumber()
    {
        byte[] serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x3F) | 0x40);
        return serial;
    }
}
