using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Provisioning;

/// <summary>The vehicle's side of ISO 15118-2: signed CertificateInstallationReq and CertificateUpdateReq.</summary>
public static class Iso2CertificateRequests
{
    /// <summary>The Id of the signed request body.</summary>
    public const string RequestId = "ID1";

    /// <summary>
    /// A CertificateInstallationReq with the OEM provisioning certificate and the IDs of the vehicle's V2G roots, signed with the
    /// OEM provisioning key.
    /// </summary>
    /// <param name="sessionId">The header's SessionID (8 bytes).</param>
    /// <param name="oemProvisioningCertificate">The vehicle's OEM provisioning certificate.</param>
    /// <param name="trustedRoots">The V2G (and MO) roots the vehicle holds, as ListOfRootCertificateIDs.</param>
    /// <param name="oemSigner">Signs with the OEM provisioning key (P-256).</param>
    public static ProvisioningResult<V2G_Message> BuildInstallationReq(
        byte[] sessionId, X509Certificate2 oemProvisioningCertificate, IReadOnlyList<X509Certificate2> trustedRoots, IV2GSigner oemSigner)
    {
        ArgumentNullException.ThrowIfNull(oemProvisioningCertificate);
        var body = new CertificateInstallationReqType
        {
            Id = RequestId,
            OEMProvisioningCert = oemProvisioningCertificate.RawData,
            ListOfRootCertificateIDs = RootIds(trustedRoots),
        };
        return Signed(sessionId, body, oemSigner, "CertificateInstallationReq");
    }

    /// <summary>
    /// A CertificateUpdateReq with the current contract chain, its eMAID and the IDs of the vehicle's roots, signed with the current
    /// contract key.
    /// </summary>
    /// <param name="sessionId">The header's SessionID (8 bytes).</param>
    /// <param name="currentContract">The contract chain being updated (leaf, Sub-CA 2, Sub-CA 1).</param>
    /// <param name="trustedRoots">The V2G (and MO) roots the vehicle holds.</param>
    /// <param name="contractSigner">Signs with the current contract key (P-256).</param>
    public static ProvisioningResult<V2G_Message> BuildUpdateReq(
        byte[] sessionId, CertificateChainData currentContract, IReadOnlyList<X509Certificate2> trustedRoots, IV2GSigner contractSigner)
    {
        ArgumentNullException.ThrowIfNull(currentContract);
        var body = new CertificateUpdateReqType
        {
            Id = RequestId,
            ContractSignatureCertChain = Iso2Chains.ToMessage(currentContract, null),
            EMAID = ProvisioningChecks.CommonName(currentContract.Leaf),
            ListOfRootCertificateIDs = RootIds(trustedRoots),
        };
        return Signed(sessionId, body, contractSigner, "CertificateUpdateReq");
    }

    private static ProvisioningResult<V2G_Message> Signed(byte[] sessionId, BodyBaseType body, IV2GSigner signer, string what)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(signer);
        var message = new V2G_Message
        {
            Header = new MessageHeaderType { SessionID = sessionId },
            Body = new BodyType { BodyElement = body },
        };
        var failure = SigningGuard.Run(what, () => V2GSignature.Sign(message, signer));
        return failure is null ? ProvisioningResult<V2G_Message>.Success(message) : ProvisioningResult<V2G_Message>.Fail(failure);
    }

    private static ListOfRootCertificateIDsType RootIds(IReadOnlyList<X509Certificate2> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var list = new ListOfRootCertificateIDsType();
        foreach (var root in roots)
        {
            var id = RootCertificateId.From(root);
            list.RootCertificateID.Add(new X509IssuerSerialType { X509IssuerName = id.IssuerName, X509SerialNumber = id.SerialNumber });
        }

        return list;
    }
}
