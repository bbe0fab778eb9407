using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Tls;

/// <summary>
/// A certificate chain one side presents in the handshake: the SECC certificate (ISO 15118-2 and -20) or the vehicle
/// certificate (ISO 15118-20 only), each with the sub-CAs that issued it. The root is never sent.
/// </summary>
/// <param name="Leaf">The end-entity certificate with its private key.</param>
/// <param name="SubCertificates">Sub-CA 2 then Sub-CA 1 (any order works; the platform orders them).</param>
public sealed record TlsCredential(X509Certificate2 Leaf, IReadOnlyList<X509Certificate2> SubCertificates);
