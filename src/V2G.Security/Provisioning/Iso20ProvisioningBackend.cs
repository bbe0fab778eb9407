using System;
using System.Linq;
using V2G.Messages.Iso20;
using V2G.Security.Certificates;
using V2G.Security.KeyTransport;
using V2G.Security.Signatures;

namespace V2G.Security.Provisioning;

/// <summary>
/// The back end's (CPS / MO) side of ISO 15118-20 CertificateInstallation: verifies the request and answers it with
/// SignedInstallationData (contract chain, SECP521 or X448 key transport with AAD = PCID || SKI of the contract certificate) signed by the CPS.
/// </summary>
public static class Iso20ProvisioningBackend
{
    /// <summary>The Id of the signed SignedInstallationData.</summary>
    public const string InstallationDataId = "ID1";

    /// <summary>Checks a CertificateInstallationReq: the signature of OEMProvisioningCertificateChain with its leaf and the chain
    /// (role OemProvisioning) to the OEM roots.</summary>
    /// <param name="request">The decoded request.</param>
    /// <param name="oemTrust">The OEM roots.</param>
    public static ProvisioningResult<VerifiedProvisioningRequest> VerifyInstallationReq(CommonMessagesDocument request, ProvisioningTrust oemTrust)
    {
        ArgumentNullException.ThrowIfNull(oemTrust);
        if (request.Value is not CertificateInstallationReqType body)
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(ProvisioningFailureKind.UnexpectedMessage,
                "expected a CertificateInstallationReq, got " + request.Name.LocalName);
        }

        var chainElement = body.OEMProvisioningCertificateChain;
        if (!Iso20Chains.TryParse("OEMProvisioningCertificateChain", chainElement?.Certificate, chainElement?.SubCertificates, out var oem,
            out var failure))
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(failure!);
        }

        var signature = V2GSignature.Verify(request, oem!.Leaf);
        if (!signature.IsValid)
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(ProvisioningFailure.FromSignature(
                ProvisioningFailureKind.RequestSignatureInvalid, "CertificateInstallationReq signature with the OEM provisioning certificate",
                    signature));
        }

        var chain = oemTrust.Validate(oem.Leaf, oem.SubCertificates, CertificateRole.OemProvisioning);
        if (!chain.IsValid)
        {
            return ProvisioningResult<VerifiedProvisioningRequest>.Fail(ProvisioningFailure.FromChain(
                ProvisioningFailureKind.OemProvisioningChainInvalid, "OEM provisioning chain", chain));
        }

        var roots = body.ListOfRootCertificateIDs?.RootCertificateID.Select(r => new RootCertificateId(r.X509IssuerName,
            r.X509SerialNumber)).ToList() ?? [];
        return ProvisioningResult<VerifiedProvisioningRequest>.Success(new(body.Header.SessionID, oem, roots, null)
        {
            MaximumContractCertificateChains = body.MaximumContractCertificateChains,
            PrioritizedEMaids = body.PrioritizedEMAIDs?.EMAID.ToList() ?? [],
        });
    }

    /// <summary>Verifies a CertificateInstallationReq and answers it with a signed CertificateInstallationRes (SECP521).</summary>
    /// <param name="request">The decoded request.</param>
    /// <param name="oemTrust">The OEM roots.</param>
    /// <param name="contract">The contract chain and its 66-byte P-521 key to deliver.</param>
    /// <param name="cps">The CPS chain and signer.</param>
    /// <param name="timeStamp">The response header's TimeStamp (seconds since the Unix epoch).</param>
    public static ProvisioningResult<CommonMessagesDocument> AnswerInstallationReq(
        CommonMessagesDocument request, ProvisioningTrust oemTrust, ContractDelivery contract, CpsCredentials cps, ulong timeStamp)
    {
        var verified = VerifyInstallationReq(request, oemTrust);
        return verified.IsSuccess ? BuildResponse(verified.Value, contract, cps,
            timeStamp) : ProvisioningResult<CommonMessagesDocument>.From(verified);
    }

    /// <summary>The signed CertificateInstallationRes for a verified request: the contract key encrypted (AES-256-GCM, SECP521)
    /// for the OEM provisioning key with AAD = PCID (the OEM certificate's CN) || SKI of the contract certificate.</summary>
    /// <param name="verified">The verified request.</param>
    /// <param name="contract">The contract chain and key to deliver.</param>
    /// <param name="cps">The CPS chain and signer.</param>
    /// <param name="timeStamp">The response header's TimeStamp.</param>
    public static ProvisioningResult<CommonMessagesDocument> BuildResponse(
        VerifiedProvisioningRequest verified, ContractDelivery contract, CpsCredentials cps, ulong timeStamp)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(cps);
        string pcid = ProvisioningChecks.CommonName(verified.VehicleChain.Leaf);
        if (!KeyTransportAad.TryCreate(pcid, contract.Chain.Leaf, out byte[]? aad, out var error)
            || !ContractKeyTransport.TryEncrypt(
                KeyTransportProfile.Iso20Secp521, verified.VehicleChain.Leaf, contract.PrivateKey, aad, out var encrypted, out error))
        {
            return ProvisioningResult<CommonMessagesDocument>.Fail(
                ProvisioningFailure.FromKeyTransport(ProvisioningFailureKind.KeyEncryptionFailed, error));
        }

        return Signed(verified, contract, cps, timeStamp, EcdhCurveType.SECP521, encrypted);
    }

    /// <summary>Verifies a CertificateInstallationReq and answers it with a signed CertificateInstallationRes (X448).</summary>
    /// <param name="request">The decoded request.</param>
    /// <param name="oemTrust">The OEM roots.</param>
    /// <param name="contract">The contract chain and its 56-byte X448 key to deliver.</param>
    /// <param name="cps">The CPS chain and signer (Ed448 in the Ed448 profile).</param>
    /// <param name="timeStamp">The response header's TimeStamp (seconds since the Unix epoch).</param>
    /// <param name="vehicleX448PublicKey">The vehicle's 56-byte X448 public key (see <see cref="BuildX448Response"/>).</param>
    public static ProvisioningResult<CommonMessagesDocument> AnswerX448InstallationReq(
        CommonMessagesDocument request, ProvisioningTrust oemTrust, ContractDelivery contract, CpsCredentials cps, ulong timeStamp,
        ReadOnlySpan<byte> vehicleX448PublicKey)
    {
        var verified = VerifyInstallationReq(request, oemTrust);
        return verified.IsSuccess
            ? BuildX448Response(verified.Value, contract, cps, timeStamp, vehicleX448PublicKey)
            : ProvisioningResult<CommonMessagesDocument>.From(verified);
    }

    /// <summary>
    /// The signed CertificateInstallationRes for a verified request with X448 key transport: ECDHCurve = X448, DHPublicKey =
    /// 0x04 || u (57 bytes) and X448_EncryptedPrivateKey (IV || CT || tag, 84 bytes) with AAD = PCID || SKI of the contract
    /// certificate. The vehicle's X448 key is given by the caller because an Ed448 OEM provisioning certificate does not carry
    /// it. The 57-byte DHPublicKey exceeds the XSD's 133-byte facet: encode the result with
    /// <c>ExiEncodeOptions.IgnoringLengthFacets</c>.
    /// </summary>
    /// <param name="verified">The verified request.</param>
    /// <param name="contract">The contract chain and its 56-byte X448 key to deliver.</param>
    /// <param name="cps">The CPS chain and signer.</param>
    /// <param name="timeStamp">The response header's TimeStamp.</param>
    /// <param name="vehicleX448PublicKey">The vehicle's 56-byte X448 public key (u-coordinate).</param>
    public static ProvisioningResult<CommonMessagesDocument> BuildX448Response(
        VerifiedProvisioningRequest verified, ContractDelivery contract, CpsCredentials cps, ulong timeStamp,
        ReadOnlySpan<byte> vehicleX448PublicKey)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(cps);
        string pcid = ProvisioningChecks.CommonName(verified.VehicleChain.Leaf);
        if (!KeyTransportAad.TryCreate(pcid, contract.Chain.Leaf, out byte[]? aad, out var error)
            || !ContractKeyTransport.TryEncrypt(
                KeyTransportProfile.Iso20X448, vehicleX448PublicKey, contract.PrivateKey, aad, out var encrypted, out error))
        {
            return ProvisioningResult<CommonMessagesDocument>.Fail(
                ProvisioningFailure.FromKeyTransport(ProvisioningFailureKind.KeyEncryptionFailed, error));
        }

        return Signed(verified, contract, cps, timeStamp, EcdhCurveType.X448, encrypted);
    }

    private static ProvisioningResult<CommonMessagesDocument> Signed(VerifiedProvisioningRequest verified, ContractDelivery contract,
        CpsCredentials cps, ulong timeStamp, EcdhCurveType curve, EncryptedContractKey encrypted)
    {
        bool x448 = curve == EcdhCurveType.X448;
        var response = new CertificateInstallationResType
        {
            Header = new MessageHeaderType { SessionID = verified.SessionId, TimeStamp = timeStamp },
            ResponseCode = ResponseCodeType.OK,
            EVSEProcessing = ProcessingType.Finished,
            CPSCertificateChain = Iso20Chains.Plain(cps.Chain),
            SignedInstallationData = new SignedInstallationDataType
            {
                Id = InstallationDataId,
                ContractCertificateChain = Iso20Chains.Contract(contract.Chain),
                ECDHCurve = curve,
                DHPublicKey = encrypted.DhPublicKey.ToArray(),
                SECP521_EncryptedPrivateKey = x448 ? null : encrypted.EncryptedPrivateKey.ToArray(),
                X448_EncryptedPrivateKey = x448 ? encrypted.EncryptedPrivateKey.ToArray() : null,
            },
            RemainingContractCertificateChains = 0,
        };
        var document = CommonMessagesDocument.FromCertificateInstallationRes(response);
        var failure = SigningGuard.Run("CertificateInstallationRes", () => V2GSignature.Sign(document, cps.Signer));
        return failure is null
            ? ProvisioningResult<CommonMessagesDocument>.Success(document)
            : ProvisioningResult<CommonMessagesDocument>.Fail(failure);
    }
}
