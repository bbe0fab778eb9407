using System;
using System.Security.Cryptography;
using V2G.Messages.Iso20;
using V2G.Security.KeyTransport;
using V2G.Security.Signatures;

namespace V2G.Security.Provisioning;

/// <summary>
/// The vehicle's side of an ISO 15118-20 CertificateInstallationRes (SECP521): CPS chain to the V2G roots, signature of
/// SignedInstallationData with the CPS leaf, AES-GCM decryption with AAD = PCID || SKI (tag, leading bits, range and d·G
/// checked), new contract chain.
/// </summary>
public static class Iso20ContractInstaller
{
    /// <summary>Verifies a response and installs its contract.</summary>
    /// <param name="response">The decoded CertificateInstallationRes.</param>
    /// <param name="recipientKey">The OEM provisioning key (P-521).</param>
    /// <param name="pcid">The vehicle's PCID (its OEM provisioning certificate's CN), part of the AAD.</param>
    /// <param name="cpsTrust">The vehicle's V2G roots for the CPS chain.</param>
    /// <param name="contractTrust">The MO / V2G roots for the new contract chain.</param>
    public static ProvisioningResult<InstalledContract> Install(
        CommonMessagesDocument response, ECDiffieHellman recipientKey, string pcid, ProvisioningTrust cpsTrust, ProvisioningTrust contractTrust)
    {
        ArgumentNullException.ThrowIfNull(recipientKey);
        ArgumentNullException.ThrowIfNull(pcid);
        ArgumentNullException.ThrowIfNull(cpsTrust);
        ArgumentNullException.ThrowIfNull(contractTrust);
        if (response.Value is not CertificateInstallationResType body)
        {
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.UnexpectedMessage,
                "expected a CertificateInstallationRes, got " + response.Name.LocalName);
        }

        if (!body.ResponseCode.ToString().StartsWith("OK", StringComparison.Ordinal))
        {
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.ResponseNotOk,
                "CertificateInstallationRes ResponseCode is " + body.ResponseCode);
        }

        var data = body.SignedInstallationData;
        if (data is null || data.ECDHCurve != EcdhCurveType.SECP521 || data.SECP521_EncryptedPrivateKey is null)
        {
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.KeyDecryptionFailed,
                "SignedInstallationData carries no SECP521 encrypted key (ECDHCurve " + data?.ECDHCurve + ")");
        }

        if (!Iso20Chains.TryParse("CPSCertificateChain", body.CPSCertificateChain?.Certificate, body.CPSCertificateChain?.SubCertificates,
                out var cpsChain, out var failure)
            || !Iso20Chains.TryParse("ContractCertificateChain", data.ContractCertificateChain?.Certificate,
                data.ContractCertificateChain?.SubCertificates,
                out var contractChain, out failure))
        {
            return ProvisioningResult<InstalledContract>.Fail(failure!);
        }

        failure = ContractInstallation.CheckCps(cpsChain!, cpsTrust)
            ?? ContractInstallation.CheckSignature("CertificateInstallationRes", V2GSignature.Verify(response, cpsChain!.Leaf));
        if (failure != null)
        {
            return ProvisioningResult<InstalledContract>.Fail(failure);
        }

        bool Decrypt(out ContractPrivateKey? key, out KeyTransportError? error)
        {
            key = null;
            const KeyTransportProfile profile = KeyTransportProfile.Iso20Secp521;
            return KeyTransportAad.TryCreate(pcid, contractChain!.Leaf, out byte[]? aad, out error)
                && ContractKeyTransport.TryGetCertificatePublicKey(profile, contractChain.Leaf, out byte[]? expected, out error)
                && ContractKeyTransport.TryDecrypt(profile, recipientKey, data.DHPublicKey, data.SECP521_EncryptedPrivateKey, aad, expected,
                    out key, out error);
        }

        return ContractInstallation.Finish(contractChain!, null, contractTrust, Decrypt);
    }
}
