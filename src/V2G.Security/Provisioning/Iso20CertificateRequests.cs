using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso20;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Provisioning;

/// <summary>The vehicle's side of ISO 15118-20: a signed CertificateInstallationReq (ISO 15118-20 has no CertificateUpdate).</summary>
public static class Iso20CertificateRequests
{
    /// <summary>The Id of the signed OEMProvisioningCertificateChain.</summary>
    public const string ChainId = "ID1";

    /// <summary>
    /// A CertificateInstallationReq with the OEM provisioning chain (signed element), the IDs of the vehicle's roots, the number of
    /// contract chains it accepts and its preferred eMAIDs, signed with the OEM provisioning key.
    /// </summary>
    /// <param name="header">SessionID and TimeStamp (any Signature in it is replaced).</param>
    /// <param name="oemProvisioningChain">OEM provisioning leaf, OEM Sub-CA 2, OEM Sub-CA 1.</param>
    /// <param name="trustedRoots">The V2G (and MO) roots the vehicle holds.</param>
    /// <param name="maximumContractCertificateChains">How many contract chains the vehicle accepts (at least 1).</param>
    /// <param name="prioritizedEmaids">Preferred eMAIDs in order, or empty.</param>
    /// <param name="oemSigner">Signs with the OEM provisioning key (P-521 or Ed448).</param>
    public static ProvisioningResult<CommonMessagesDocument> BuildInstallationReq(
        MessageHeaderType header,
        CertificateChainData oemProvisioningChain,
        IReadOnlyList<X509Certificate2> trustedRoots,
        byte maximumContractCertificateChains,
        IReadOnlyList<string> prioritizedEmaids,
        IV2GSigner oemSigner)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(oemProvisioningChain);
        ArgumentNullException.ThrowIfNull(trustedRoots);
        ArgumentNullException.ThrowIfNull(prioritizedEmaids);
        ArgumentNullException.ThrowIfNull(oemSigner);
        if (maximumContractCertificateChains == 0)
        {
            return ProvisioningResult<CommonMessagesDocument>.Fail(ProvisioningFailureKind.InvalidInput,
                "MaximumContractCertificateChains must be at least 1");
        }

        var roots = new ListOfRootCertificateIDsType();
        foreach (var root in trustedRoots)
        {
            var id = RootCertificateId.From(root);
            roots.RootCertificateID.Add(new X509IssuerSerialType { X509IssuerName = id.IssuerName, X509SerialNumber = id.SerialNumber });
        }

        var request = new CertificateInstallationReqType
        {
            Header = new MessageHeaderType { SessionID = header.SessionID, TimeStamp = header.TimeStamp },
            OEMProvisioningCertificateChain = new SignedCertificateChainType
            {
                Id = ChainId,
                Certificate = oemProvisioningChain.Leaf.RawData,
                SubCertificates = Iso20Chains.Subs(oemProvisioningChain),
            },
            ListOfRootCertificateIDs = roots,
            MaximumContractCertificateChains = maximumContractCertificateChains,
            PrioritizedEMAIDs = prioritizedEmaids.Count == 0 ? null : new EMAIDListType { EMAID = new List<string>(prioritizedEmaids) },
        };
        var document = CommonMessagesDocument.FromCertificateInstallationReq(request);
        var failure = SigningGuard.Run("CertificateInstallationReq", () => V2GSignature.Sign(document, oemSigner));
        return failure is null
            ? ProvisioningResult<CommonMessagesDocument>.Success(document)
            : ProvisioningResult<CommonMessagesDocument>.Fail(failure);
    }
}
