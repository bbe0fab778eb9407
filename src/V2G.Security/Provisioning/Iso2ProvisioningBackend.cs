using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Messages.Iso2;
using V2G.Security.Certificates;
using V2G.Security.KeyTransport;
using V2G.Security.Signatures;

namespace V2G.Security.Provisioning;

/// <summary>
/// The back end's (CPS / MO) side of ISO 15118-2: verifies a CertificateInstallationReq or CertificateUpdateReq and answers it
/// with the contract chain and its key encrypted for the vehicle, signed by the CPS.
/// </summary>
public static class Iso2ProvisioningBackend
{
    /// <summary>Checks a CertificateInstallationReq: its signature with the OEM provisioning certificate it carries and
    /// that certificate's chain (role OemProvisioning) to the OEM roots.</summary>
    /// <param name="request">The decoded request.</param>
    /// <param name="oemTrust">The OEM roots, with the OEM Sub-CAs in <see cref="ProvisioningTrust.KnownSubCertificates"/>
    /// (ISO 15118-2 sends the leaf only).</param>
    public static ProvisioningResult<VerifiedProvisioningRequest> VerifyInstallationReq(Iso2Document request, ProvisioningTrust oemTrust)
    {
        ArgumentNullException.ThrowIfNull(oemTrust);
        if (request.V2G_Message?.Body?.BodyElement is not CertificateInstallationReqType body)
        {
            return Fail<VerifiedProvisioningRequest>(ProvisioningFailureKind.UnexpectedMessage,
                "expected a CertificateInstallationReq, got " + NameOf(request));
        }

        if (!ProvisioningChecks.TryParse("OEMProvisioningCert", body.OEMProvisioningCert, out var oemCertificate, out var failure))
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(failure);
        }

        var signature = V2GSignature.Verify(request, oemCertificate);
        if (!signature.IsValid)
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(ProvisioningFailure.FromSignature(
                ProvisioningFailureKind.RequestSignatureInvalid, "CertificateInstallationReq signature with OEMProvisioningCert", signature));
        }

        var chain = oemTrust.Validate(oemCertificate, [], CertificateRole.OemProvisioning);
        if (!chain.IsValid)
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(ProvisioningFailure.FromChain(
                ProvisioningFailureKind.OemProvisioningChainInvalid, "OEM provisioning chain", chain));
        }

        var validated = new CertificateChainData(oemCertificate, chain.Path.Skip(1).Take(chain.Path.Count - 2).ToList());
        return ProvisioningResult<VerifiedProvisioningRequest>.Success(
            new(request.V2G_Message!.Header.SessionID, validated, RootIds(body.ListOfRootCertificateIDs), null));
    }

    /// <summary>Checks a CertificateUpdateReq: its signature with the contract certificate it carries, that the eMAID is the
    /// certificate's, and the contract chain (role Contract) to the MO or V2G roots.</summary>
    /// <param name="request">The decoded request.</param>
    /// <param name="contractTrust">The MO (and V2G) roots trusted for contract chains.</param>
    public static ProvisioningResult<VerifiedProvisioningRequest> VerifyUpdateReq(Iso2Document request, ProvisioningTrust contractTrust)
    {
        ArgumentNullException.ThrowIfNull(contractTrust);
        if (request.V2G_Message?.Body?.BodyElement is not CertificateUpdateReqType body)
        {
            return Fail<VerifiedProvisioningRequest>(ProvisioningFailureKind.UnexpectedMessage,
                "expected a CertificateUpdateReq, got " + NameOf(request));
        }

        if (!Iso2Chains.TryParse("ContractSignatureCertChain", body.ContractSignatureCertChain, out var current, out var failure))
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(failure!);
        }

        var signature = V2GSignature.Verify(request, current!.Leaf);
        if (!signature.IsValid)
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(ProvisioningFailure.FromSignature(
                ProvisioningFailureKind.RequestSignatureInvalid, "CertificateUpdateReq signature with the current contract certificate", signature));
        }

        string certificateEmaid = ProvisioningChecks.CommonName(current.Leaf);
        if (!string.Equals(body.EMAID, certificateEmaid, StringComparison.OrdinalIgnoreCase))
        {
            return Fail<VerifiedProvisioningRequest>(ProvisioningFailureKind.EmaidMismatch,
                $"the request's eMAID '{body.EMAID}' is not the contract certificate's '{certificateEmaid}'");
        }

        var chain = contractTrust.Validate(current.Leaf, current.SubCertificates, CertificateRole.Contract);
        if (!chain.IsValid)
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(ProvisioningFailure.FromChain(
                ProvisioningFailureKind.CurrentContractChainInvalid, "current contract chain", chain));
        }

        return ProvisioningResult<VerifiedProvisioningRequest>.Success(
            new(request.V2G_Message!.Header.SessionID, current, RootIds(body.ListOfRootCertificateIDs), body.EMAID));
    }

    /// <summary>Verifies a CertificateInstallationReq and answers it with a signed CertificateInstallationRes whose contract key
    /// is encrypted for the OEM provisioning key.</summary>
    /// <param name="request">The decoded request.</param>
    /// <param name="oemTrust">See <see cref="VerifyInstallationReq"/>.</param>
    /// <param name="contract">The contract chain and key to deliver.</param>
    /// <param name="cps">The CPS chain and signer.</param>
    public static ProvisioningResult<V2G_Message> AnswerInstallationReq(
        Iso2Document request, ProvisioningTrust oemTrust, ContractDelivery contract, CpsCredentials cps)
    {
        var verified = VerifyInstallationReq(request, oemTrust);
        return verified.IsSuccess ? BuildResponse(verified.Value, contract, cps, update: false) : ProvisioningResult<V2G_Message>.From(verified);
    }

    /// <summary>Verifies a CertificateUpdateReq and answers it with a signed CertificateUpdateRes whose new contract key is
    /// encrypted for the current contract key.</summary>
    /// <param name="request">The decoded request.</param>
    /// <param name="contractTrust">See <see cref="VerifyUpdateReq"/>.</param>
    /// <param name="contract">The new contract chain and key to deliver.</param>
    /// <param name="cps">The CPS chain and signer.</param>
    public static ProvisioningResult<V2G_Message> AnswerUpdateReq(
        Iso2Document request, ProvisioningTrust contractTrust, ContractDelivery contract, CpsCredentials cps)
    {
        var verified = VerifyUpdateReq(request, contractTrust);
        return verified.IsSuccess ? BuildResponse(verified.Value, contract, cps, update: true) : ProvisioningResult<V2G_Message>.From(verified);
    }

    /// <summary>Builds the signed response for a verified request: the four contract elements with Ids id1..id4, signed by
    /// the CPS key; the contract key encrypted for the request's signer certificate.</summary>
    /// <param name="verified">The verified request (its <see cref="VerifiedProvisioningRequest.VehicleChain"/> leaf receives the key).</param>
    /// <param name="contract">The contract chain and key to deliver.</param>
    /// <param name="cps">The CPS chain and signer.</param>
    /// <param name="update">True for a CertificateUpdateRes, false for a CertificateInstallationRes.</param>
    public static ProvisioningResult<V2G_Message> BuildResponse(
        VerifiedProvisioningRequest verified, ContractDelivery contract, CpsCredentials cps, bool update)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(cps);
        if (!ContractKeyTransport.TryEncrypt(
            KeyTransportProfile.Iso2, verified.VehicleChain.Leaf, contract.PrivateKey, [], out var encrypted, out var error))
        {
            return ProvisioningResult<V2G_Message>.Fail(ProvisioningFailure.FromKeyTransport(ProvisioningFailureKind.KeyEncryptionFailed, error));
        }

        var saChain = Iso2Chains.ToMessage(cps.Chain, null);
        var contractChain = Iso2Chains.ToMessage(contract.Chain, "id1");
        var key = new ContractSignatureEncryptedPrivateKeyType { Id = "id2", Value = encrypted.EncryptedPrivateKey.ToArray() };
        var dh = new DiffieHellmanPublickeyType { Id = "id3", Value = encrypted.DhPublicKey.ToArray() };
        var emaid = new EMAIDType { Id = "id4", Value = ProvisioningChecks.CommonName(contract.Chain.Leaf) };
        BodyBaseType body = update
            ? new CertificateUpdateResType
            {
                ResponseCode = ResponseCodeType.OK,
                SAProvisioningCertificateChain = saChain,
                ContractSignatureCertChain = contractChain,
                ContractSignatureEncryptedPrivateKey = key,
                DHpublickey = dh,
                EMAID = emaid,
            }
            : new CertificateInstallationResType
            {
                ResponseCode = ResponseCodeType.OK,
                SAProvisioningCertificateChain = saChain,
                ContractSignatureCertChain = contractChain,
                ContractSignatureEncryptedPrivateKey = key,
                DHpublickey = dh,
                EMAID = emaid,
            };
        var message = new V2G_Message
        {
            Header = new MessageHeaderType { SessionID = verified.SessionId },
            Body = new BodyType { BodyElement = body },
        };
        var failure = SigningGuard.Run(update ? "CertificateUpdateRes" : "CertificateInstallationRes", () => V2GSignature.Sign(message, cps.Signer));
        return failure is null ? ProvisioningResult<V2G_Message>.Success(message) : ProvisioningResult<V2G_Message>.Fail(failure);
    }

    private static IReadOnlyList<RootCertificateId> RootIds(ListOfRootCertificateIDsType? list) =>
        list?.RootCertificateID.Select(r => new RootCertificateId(r.X509IssuerName, r.X509SerialNumber)).ToList() ?? [];

    private static string NameOf(Iso2Document document) =>
        document.V2G_Message?.Body?.BodyElement?.GetType().Name ?? document.Name.LocalName;

    private static ProvisioningResult<T> Fail<T>(ProvisioningFailureKind kind, string message) => ProvisioningResult<T>.Fail(kind, message);
}
