using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.TestPki;

namespace V2G.Security.Authority;

/// <summary>
/// A CA of a PKI folder that can answer for its certificates: it signs CRLs with its own key, and OCSP responses with its
/// own key or, when the folder holds one, with a delegated responder certificate (id-kp-OCSPSigning, issued by the CA).
/// </summary>
public sealed class SigningAuthority
{
    internal SigningAuthority(
        IssuedCertificate authority, IssuedCertificate? responder, IReadOnlySet<string> folderSerials)
    {
        Authority = authority;
        Responder = responder;
        FolderSerials = folderSerials;
    }

    /// <summary>The CA's name as in <c>certs/</c>.</summary>
    public string Name => Authority.Name;

    /// <summary>The CA certificate.</summary>
    public X509Certificate2 Certificate => Authority.Certificate;

    /// <summary>The delegated OCSP responder certificate, or null when the CA signs its OCSP responses itself.</summary>
    public X509Certificate2? ResponderCertificate => Responder?.Certificate;

    /// <summary>The serials (form of <see cref="CertificateSerial"/>) of the folder's certificates this CA issued.</summary>
    public IReadOnlySet<string> FolderSerials { get; }

    internal IssuedCertificate Authority { get; }

    internal IssuedCertificate? Responder { get; }

    /// <summary>The certificate and key that sign OCSP responses.</summary>
    internal IssuedCertificate OcspSigner => Responder ?? Authority;
}
