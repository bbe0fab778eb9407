using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security;
using V2G.Security.TestPki;

namespace V2G.Services.Tests.Revocation;

/// <summary>
/// The PKI folders the revocation tests serve: the shared ones (read-only) and fresh ones written with
/// <see cref="TestPkiFolderWriter"/> into temp folders (deleted by <see cref="Dispose"/>).
/// </summary>
public sealed class TempPkiFolder : IDisposable
{
    private TempPkiFolder(string path) => Path = path;

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A new test PKI of <paramref name="profile"/> (ContractCert2 revoked in its crl/, as <c>v2g pki init</c> writes).</summary>
    public static TempPkiFolder Create(SecurityProfile profile)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "v2g-ocsp-" + Guid.NewGuid().ToString("N"));
        using TestPkiSet pki = new TestPkiSetBuilder(profile, DateTimeOffset.UtcNow).Build();
        if (!TestPkiFolderWriter.TryWrite(pki, path, out string? error))
        {
            throw new IOException(error);
        }

        return new TempPkiFolder(path);
    }

    /// <summary>An empty temp folder for request and response files.</summary>
    public static TempPkiFolder Scratch()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "v2g-ocsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempPkiFolder(path);
    }

    /// <summary>The folder for a set name: a shared one, or "generated-iso2" / "generated-iso20" for a new one.</summary>
    public static (string Path, TempPkiFolder? Owned) For(string set)
    {
        if (!set.StartsWith("generated-", StringComparison.Ordinal))
        {
            return (SharedData.Pki(set), null);
        }

        SecurityProfile profile = set == "generated-iso2" ? SecurityProfile.Iso2 : SecurityProfile.Iso20Secp521;
        TempPkiFolder folder = Create(profile);
        return (folder.Path, folder);
    }

    /// <summary>
    /// Adds a delegated OCSP responder for <paramref name="caName"/> (ECDSA profiles): <c>certs/OCSPResponder.der</c> with
    /// id-kp-OCSPSigning, issued by the CA, and its key in <c>keys/</c>.
    /// </summary>
    public X509Certificate2 AddDelegatedResponder(string caName)
    {
        using X509Certificate2 caCertificate = X509CertificateLoader.LoadCertificateFromFile(File("certs", caName + ".der"));
        using ECDsa caKey = ECDsa.Create();
        caKey.ImportFromPem(System.IO.File.ReadAllText(File("keys", caName + ".key.pem")));
        using X509Certificate2 ca = caCertificate.CopyWithPrivateKey(caKey);
        using ECDsa key = ECDsa.Create(caKey.KeySize == 256 ? ECCurve.NamedCurves.nistP256 : ECCurve.NamedCurves.nistP521);
        HashAlgorithmName hash = caKey.KeySize == 256 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA512;
        var request = new CertificateRequest($"CN={caName} OCSP Responder,O=ISO15118 Test PKI,C=DE", key, hash);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.9")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        byte[] serial = RandomNumberGenerator.GetBytes(8);
        serial[0] &= 0x7F;
        using X509Certificate2 responder = request.Create(ca, now.AddDays(-1), now.AddDays(30), serial);
        System.IO.File.WriteAllBytes(File("certs", "OCSPResponder.der"), responder.RawData);
        System.IO.File.WriteAllText(File("certs", "OCSPResponder.pem"), responder.ExportCertificatePem() + "\n");
        System.IO.File.WriteAllText(File("keys", "OCSPResponder.key.pem"), key.ExportPkcs8PrivateKeyPem() + "\n");
        return X509CertificateLoader.LoadCertificate(responder.RawData);
    }

    /// <summary>A file of the folder.</summary>
    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
