using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace V2G.Security.TestPki;

/// <summary>
/// Writes a <see cref="TestPkiSet"/> as a folder shaped like the shared test PKI: <c>certs/</c> (PEM and DER), <c>keys/</c>
/// (PKCS#8 PEM, plus raw X448 keys), <c>chains/</c>, <c>crl/</c>, <c>ocsp/</c>, <c>broken/</c> (+ <c>broken/keys/</c>) and
/// <c>manifest.json</c>.
/// </summary>
public static class TestPkiFolderWriter
{
    /// <summary>Writes every file, creating the folders; existing files of the same names are replaced.</summary>
    /// <param name="pki">The PKI.</param>
    /// <param name="directory">The target folder.</param>
    /// <param name="error">Why the folder could not be written (the file system's message).</param>
    /// <returns>True if every file was written.</returns>
    public static bool TryWrite(TestPkiSet pki, string directory, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pki);
        error = null;
        try
        {
            Write(pki, directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot write the PKI to '{directory}': {e.Message}";
            return false;
        }
    }

    private static void Write(TestPkiSet pki, string directory)
    {
        string certs = Sub(directory, "certs");
        string keys = Sub(directory, "keys");
        foreach (IssuedCertificate certificate in pki.Certificates)
        {
            WriteCertificate(certs, keys, certificate);
        }

        foreach (AgreementKeyPair key in pki.AgreementKeys)
        {
            File.WriteAllText(Path.Combine(keys, key.Name + ".key.pem"), Pem("PRIVATE KEY", key.ExportPkcs8()));
            File.WriteAllText(Path.Combine(keys, key.Name + ".key.hex"), Convert.ToHexString(key.PrivateKey) + "\n");
            File.WriteAllText(Path.Combine(keys, key.Name + ".pub.hex"), Convert.ToHexString(key.PublicKey) + "\n");
        }

        string chains = Sub(directory, "chains");
        foreach (TestPkiChainFile chain in TestPkiSet.ChainFiles)
        {
            File.WriteAllText(Path.Combine(chains, chain.FileName),
                string.Concat(chain.Certificates.Select(name => Pem("CERTIFICATE", pki[name].RawData))));
        }

        string crl = Sub(directory, "crl");
        foreach (TestPkiCrl list in pki.Crls)
        {
            File.WriteAllBytes(Path.Combine(crl, list.IssuerName + ".crl.der"), list.Der);
            File.WriteAllText(Path.Combine(crl, list.IssuerName + ".crl.pem"), Pem("X509 CRL", list.Der));
        }

        string ocsp = Sub(directory, "ocsp");
        foreach (TestPkiOcspResponse response in pki.OcspResponses)
        {
            File.WriteAllBytes(Path.Combine(ocsp, response.Name + ".req.der"), response.RequestDer);
            File.WriteAllBytes(Path.Combine(ocsp, response.Name + ".resp.der"), response.ResponseDer);
        }

        if (pki.Broken.Count > 0)
        {
            string broken = Sub(directory, "broken");
            string brokenKeys = Sub(broken, "keys");
            foreach (BrokenCertificate certificate in pki.Broken)
            {
                WriteCertificate(broken, brokenKeys, certificate.Certificate);
            }
        }

        File.WriteAllText(Path.Combine(directory, "manifest.json"), TestPkiManifest.Json(pki));
    }

    private static void WriteCertificate(string certs, string keys, IssuedCertificate certificate)
    {
        File.WriteAllBytes(Path.Combine(certs, certificate.Name + ".der"), certificate.RawData);
        File.WriteAllText(Path.Combine(certs, certificate.Name + ".pem"), Pem("CERTIFICATE", certificate.RawData));
        File.WriteAllText(Path.Combine(keys, certificate.Name + ".key.pem"), certificate.ExportPrivateKeyPem() + "\n");
    }

    private static string Sub(string directory, string name) => Directory.CreateDirectory(Path.Combine(directory, name)).FullName;

    private static string Pem(string label, byte[] der) => new string(PemEncoding.Write(label, der)) + "\n";
}
