using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Authority;
using V2G.Security.Certificates;
using V2G.Security.TestPki;

namespace V2G.Security.Provisioning;

/// <summary>
/// Issues contract certificates from a PKI folder's MO Sub-CA 2 (the folder must hold its key): a fresh key pair of the
/// folder's profile per contract (P-256, P-521, or Ed448 with a separate X448 agreement key), subject CN = eMAID, DC = MO,
/// the organization and country of the Sub-CA, keyUsage digitalSignature, nonRepudiation and keyAgreement.
/// </summary>
public sealed class ContractIssuer : IDisposable
{
    /// <summary>The name of the issuing CA in the folder's <c>certs/</c>.</summary>
    public const string IssuingCaName = "MOSubCA2";

    /// <summary>The name of the issuing CA's own issuer, sent along in the contract chain.</summary>
    public const string SubCa1Name = "MOSubCA1";

    private readonly IssuedCertificate _subCa2;
    private readonly X509Certificate2 _subCa1;
    private readonly SecurityProfile _profile;
    private readonly CertificateFactory _factory;

    private ContractIssuer(IssuedCertificate subCa2, X509Certificate2 subCa1, SecurityProfile profile)
    {
        _subCa2 = subCa2;
        _subCa1 = subCa1;
        _profile = profile;
        _factory = new CertificateFactory(profile, NamePart(subCa2.Certificate, "O") ?? "V2G", NamePart(subCa2.Certificate, "C") ?? "DE");
    }

    /// <summary>How long an issued contract certificate is valid (capped at the Sub-CA's notAfter).</summary>
    public TimeSpan Lifetime { get; init; } = TestPkiLifetimes.Leaf;

    /// <summary>Loads MO Sub-CA 2 with its key and MO Sub-CA 1 from a PKI folder.</summary>
    /// <param name="pki">The folder.</param>
    /// <param name="issuer">The issuer.</param>
    /// <param name="error">Why the folder cannot issue contracts.</param>
    /// <returns>False when the folder lacks MOSubCA2's key or MOSubCA1.</returns>
    public static bool TryCreate(PkiDirectory pki, [NotNullWhen(true)] out ContractIssuer? issuer, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pki);
        issuer = null;
        PkiDirectoryEntry? subCa1 = pki.Find(SubCa1Name);
        if (subCa1 is null)
        {
            error = $"the PKI folder has no {SubCa1Name} certificate for the contract chain";
            return false;
        }

        if (!pki.TryLoadAuthority(IssuingCaName, out IssuedCertificate? subCa2, out error))
        {
            error = $"the PKI folder cannot issue contracts: {error}";
            return false;
        }

        issuer = new ContractIssuer(subCa2, X509CertificateLoader.LoadCertificate(subCa1.Certificate.RawData), pki.Profile);
        return true;
    }

    /// <summary>Issues a contract certificate for <paramref name="emaid"/> with a new key pair.</summary>
    /// <param name="emaid">The compact eMAID (the certificate's CN).</param>
    /// <param name="now">The issuing time (notBefore is one day earlier, as the test PKI backdates).</param>
    /// <returns>The chain and the key to deliver; dispose it when delivered.</returns>
    /// <exception cref="ArgumentException"><paramref name="emaid"/> is not a compact eMAID (a contract role CN).</exception>
    public IssuedContract Issue(string emaid, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emaid);
        if (IdentifierSyntax.EmaidProblem(emaid) is { } problem)
        {
            // Refused before signing: a certificate whose CN fails the contract role would never validate.
            throw new ArgumentException($"'{emaid}' cannot be a contract certificate's CN: {problem}", nameof(emaid));
        }

        PkiKeyPair key = PkiKeyPair.Generate(_profile);
        DateTimeOffset notAfter = now + Lifetime;
        if (notAfter > _subCa2.Certificate.NotAfter)
        {
            notAfter = _subCa2.Certificate.NotAfter;
        }

        using IssuedCertificate leaf = _factory.Issue(new CertificateTemplate
        {
            Name = "ContractCert",
            CommonName = emaid,
            DomainComponent = "MO",
            IsCa = false,
            KeyUsage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.KeyAgreement,
            NotBefore = now - TestPkiLifetimes.Backdating,
            NotAfter = notAfter,
            Key = key,
            Issuer = _subCa2,
        });
        var chain = new CertificateChainData(
            X509CertificateLoader.LoadCertificate(leaf.RawData),
            [X509CertificateLoader.LoadCertificate(_subCa2.RawData), X509CertificateLoader.LoadCertificate(_subCa1.RawData)]);
        string serial = CertificateSerial.Of(chain.Leaf);
        if (_profile != SecurityProfile.Iso20Ed448)
        {
            return new IssuedContract(emaid, serial, ContractDelivery.FromEcdsa(chain, leaf.PrivateKey), null, null);
        }

        // ISO 15118-20 Ed448: the certificate signs with Ed448, the delivered key is an X448 agreement key.
        AgreementKeyPair agreement = AgreementKeyPair.Generate("ContractCert_X448");
        byte[] agreementKey = agreement.PrivateKey;
        try
        {
            return new IssuedContract(emaid, serial, new ContractDelivery(chain, agreementKey), agreement.PublicKey, leaf.ExportPkcs8PrivateKey());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(agreementKey);
        }
    }

    /// <summary>Disposes the Sub-CA certificates and key.</summary>
    public void Dispose()
    {
        _subCa2.Dispose();
        _subCa1.Dispose();
    }

    private static string? NamePart(X509Certificate2 certificate, string attribute)
    {
        string oid = attribute == "O" ? "2.5.4.10" : "2.5.4.6";
        return certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => r.GetSingleElementType().Value == oid)
            .Select(r => r.GetSingleElementValue())
            .FirstOrDefault();
    }
}
