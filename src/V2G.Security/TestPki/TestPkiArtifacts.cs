using System;
using System.Collections.Generic;
using V2G.Security.Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.TestPki;

/// <summary>The CRL of one CA of a <see cref="TestPkiSet"/> (<c>crl/&lt;CA&gt;.crl.der</c>).</summary>
/// <param name="IssuerName">The CA that signed it (file name of its certificate).</param>
/// <param name="Der">The DER CertificateList (CRLNumber 1, AKI).</param>
/// <param name="Revoked">The certificates it lists (ContractCert2 on MOSubCA2's, reason keyCompromise).</param>
/// <param name="ThisUpdate">thisUpdate.</param>
/// <param name="NextUpdate">nextUpdate.</param>
public sealed record TestPkiCrl(string IssuerName, byte[] Der, IReadOnlyList<string> Revoked, DateTimeOffset ThisUpdate, DateTimeOffset NextUpdate);

/// <summary>An OCSP request and the issuing CA's response for one certificate (<c>ocsp/&lt;Name&gt;.req.der|.resp.der</c>).</summary>
/// <param name="Name">The file stem, e.g. <c>ContractCert2_revoked</c>.</param>
/// <param name="CertificateName">The certificate asked about.</param>
/// <param name="IssuerName">Its issuer, which is also the responder (responderID byKey, CertID SHA-256).</param>
/// <param name="Status">The status the response gives.</param>
/// <param name="RequestDer">The DER OCSPRequest (no nonce).</param>
/// <param name="ResponseDer">The DER OCSPResponse (with the issuer certificate in <c>certs</c>).</param>
/// <param name="ThisUpdate">thisUpdate of the single response.</param>
/// <param name="NextUpdate">nextUpdate of the single response.</param>
public sealed record TestPkiOcspResponse(
    string Name, string CertificateName, string IssuerName, RevocationStatus Status, byte[] RequestDer, byte[] ResponseDer,
    DateTimeOffset ThisUpdate, DateTimeOffset NextUpdate);

/// <summary>A deliberately defective certificate of a <see cref="TestPkiSet"/> (<c>broken/&lt;Name&gt;</c>).</summary>
/// <param name="Name">The file stem, e.g. <c>SECCCert_wrongKeyUsage</c>.</param>
/// <param name="Certificate">The certificate and its key.</param>
/// <param name="Defect">What is wrong with it.</param>
/// <param name="ValidateWith">The sub-CAs to present with it (names of certificates or other broken ones), nearest first.</param>
/// <param name="TrustAnchor">The root to validate it with.</param>
/// <param name="Role">The role to validate a broken leaf for; null for a broken CA (it is refused only as an issuer).</param>
/// <param name="ExpectedRule">The rule <see cref="CertificateChainValidator"/> refuses the leaf with; null for a broken CA.</param>
/// <param name="RejectedByOpenSsl">False when only the ISO 15118 profile forbids it (plain RFC 5280 accepts the path).</param>
public sealed record BrokenCertificate(
    string Name, IssuedCertificate Certificate, string Defect, IReadOnlyList<string> ValidateWith, string TrustAnchor,
    CertificateRole? Role, ChainRule? ExpectedRule, bool RejectedByOpenSsl);

/// <summary>A chain file of a <see cref="TestPkiSet"/> (<c>chains/&lt;FileName&gt;</c>): PEM bundle, leaf first.</summary>
/// <param name="FileName">e.g. <c>cpoCertChain.pem</c> or <c>trustAnchors_V2G.pem</c>.</param>
/// <param name="Certificates">The certificate names in file order.</param>
public sealed record TestPkiChainFile(string FileName, IReadOnlyList<string> Certificates);
