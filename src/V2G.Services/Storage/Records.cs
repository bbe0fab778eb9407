using System;
using System.Collections.Generic;

namespace V2G.Services.Storage;

/// <summary>One revoked certificate of a CA, as its CRL and OCSP answers list it.</summary>
/// <param name="CaName">The issuing CA's name as in the PKI folder's <c>certs/</c> (e.g. <c>MOSubCA2</c>).</param>
/// <param name="SerialNumberHex">The certificate's serial number, upper-case hex without leading zero bytes.</param>
/// <param name="RevokedAt">When the revocation took effect.</param>
/// <param name="Reason">The RFC 5280 CRLReason code (0 unspecified, 1 keyCompromise, ...).</param>
public sealed record RevocationEntry(string CaName, string SerialNumberHex, DateTimeOffset RevokedAt, int Reason);

/// <summary>The revocation state of one CA: its revoked certificates and the number of its current CRL.</summary>
/// <param name="CaName">The CA's name.</param>
/// <param name="Entries">Every revoked certificate, oldest first.</param>
/// <param name="CrlNumber">The CA's CRL counter: the number of the last CRL signed or revocation recorded (0 before any);
/// every CRL signed from now on carries a larger number.</param>
public sealed record RevocationState(string CaName, IReadOnlyList<RevocationEntry> Entries, long CrlNumber);

/// <summary>What a revocation did.</summary>
/// <param name="Added">False when the certificate was already revoked (nothing changed).</param>
/// <param name="CrlNumber">The CA's CRL counter after the revocation; the CRLs that list it carry larger numbers.</param>
public sealed record RevocationOutcome(bool Added, long CrlNumber);

/// <summary>A certificate that a CA of the service issued (OCSP answers "good" for it, not "unknown").</summary>
/// <param name="CaName">The issuing CA's name.</param>
/// <param name="SerialNumberHex">Serial number, upper-case hex.</param>
/// <param name="Certificate">The DER certificate.</param>
/// <param name="Subject">The subject's common name (an eMAID for a contract certificate).</param>
/// <param name="IssuedAt">When it was issued.</param>
public sealed record IssuedCertificateRecord(
    string CaName, string SerialNumberHex, byte[] Certificate, string Subject, DateTimeOffset IssuedAt);

/// <summary>An entry of the root certificate pool (OPCP RCP).</summary>
/// <param name="RootCertificateId">The pool's id of the root (OPCP <c>rootCertificateId</c>).</param>
/// <param name="RootType">V2G, MO, OEM (OPCP <c>rootType</c>: <c>V2G</c>, <c>MO</c>, <c>OEM</c>).</param>
/// <param name="Certificate">The DER root certificate.</param>
/// <param name="AddedAt">When it entered the pool.</param>
public sealed record RootCertificateRecord(string RootCertificateId, string RootType, byte[] Certificate, DateTimeOffset AddedAt);

/// <summary>An OEM provisioning chain of one vehicle in the provisioning certificate pool (OPCP PCP).</summary>
/// <param name="Pcid">The vehicle's PCID (the OEM provisioning certificate's common name).</param>
/// <param name="VehicleCertificate">The DER OEM provisioning certificate.</param>
/// <param name="SubCa1Certificate">The DER OEM Sub-CA 1 certificate.</param>
/// <param name="SubCa2Certificate">The DER OEM Sub-CA 2 certificate, if the chain has one.</param>
/// <param name="XsdMsgDefNamespace">The message namespace the vehicle speaks (ISO-2 or ISO-20 CommonMessages).</param>
/// <param name="PreviousPcid">The vehicle's earlier PCID, if the OEM renewed it.</param>
/// <param name="AddedAt">When it entered the pool.</param>
public sealed record ProvisioningCertificateRecord(
    string Pcid, byte[] VehicleCertificate, byte[] SubCa1Certificate, byte[]? SubCa2Certificate,
    string XsdMsgDefNamespace, string? PreviousPcid, DateTimeOffset AddedAt);

/// <summary>Signed contract data for one eMAID/PCID pair in the contract certificate pool (OPCP CCP).</summary>
/// <param name="Emaid">The contract's eMAID.</param>
/// <param name="Pcid">The vehicle's PCID.</param>
/// <param name="XsdMsgDefNamespace">The message namespace the data is encoded for.</param>
/// <param name="SignedContractData">The CPS-signed CertificateInstallationRes the data was delivered as (EXI).</param>
/// <param name="ContractCertificate">The DER contract certificate it carries.</param>
/// <param name="IsDefault">Whether it is the vehicle's default contract.</param>
/// <param name="Metadata">Free text the MO attached (OPCP <c>metadata</c>).</param>
/// <param name="AddedAt">When it entered the pool.</param>
public sealed record ContractDataRecord(
    string Emaid, string Pcid, string XsdMsgDefNamespace, byte[] SignedContractData, byte[] ContractCertificate,
    bool IsDefault, string? Metadata, DateTimeOffset AddedAt);

/// <summary>One provisioning exchange the service answered (shown on the status page).</summary>
/// <param name="At">When it was answered.</param>
/// <param name="Kind">CertificateInstallation or CertificateUpdate.</param>
/// <param name="XsdMsgDefNamespace">The request's namespace.</param>
/// <param name="Pcid">The vehicle's PCID, if the request got that far.</param>
/// <param name="Emaid">The delivered contract's eMAID, if any.</param>
/// <param name="Succeeded">Whether a response was delivered.</param>
/// <param name="Detail">The failure, or a short description of what was delivered.</param>
public sealed record ExchangeRecord(
    DateTimeOffset At, string Kind, string XsdMsgDefNamespace, string? Pcid, string? Emaid, bool Succeeded, string Detail);
