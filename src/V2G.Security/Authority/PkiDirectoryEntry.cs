using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Authority;

/// <summary>One certificate of a PKI folder's <c>certs/</c>.</summary>
/// <param name="Name">The file name without extension (e.g. <c>MOSubCA2</c>): the name services use for the CA.</param>
/// <param name="Certificate">The certificate (no private key).</param>
/// <param name="IsCertificateAuthority">Whether basicConstraints says cA=true.</param>
/// <param name="IsSelfSigned">Whether subject and issuer are the same name (a root).</param>
/// <param name="HasPrivateKey">Whether <c>keys/&lt;Name&gt;.key.pem</c> exists.</param>
public sealed record PkiDirectoryEntry(
    string Name, X509Certificate2 Certificate, bool IsCertificateAuthority, bool IsSelfSigned, bool HasPrivateKey);
