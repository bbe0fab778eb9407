using System;

namespace V2G.Security.Revocation;

/// <summary>A DER-encoded OCSP request for one certificate, with what is needed to check the answer.</summary>
/// <param name="Der">The OCSPRequest bytes (unsigned), to POST as application/ocsp-request.</param>
/// <param name="CertId">The CertID asked about.</param>
/// <param name="Nonce">The nonce sent, or null; pass it to <see cref="OcspResponseVerifier.Verify"/>.</param>
/// <param name="ResponderUrl">The OCSP URL of the certificate's authorityInfoAccess, or null when it has none.</param>
public sealed record OcspRequest(byte[] Der, OcspCertId CertId, byte[]? Nonce, Uri? ResponderUrl);
