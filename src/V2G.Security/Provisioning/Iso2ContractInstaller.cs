using System;
using System.Security.Cryptography;
using V2G.Messages.Iso2;
using V2G.Security.KeyTransport;
using V2G.Security.Signatures;

namespace V2G.Security.Provisioning;

/// <summary>
/// The vehicle's side of an ISO 15118-2 CertificateInstallationRes or CertificateUpdateRes: CPS chain to the V2G roots,
/// signature with the CPS leaf, decryption of the contract key (d·G checked against the contract certificate), new contract chain.
/// </summary>
public static class Iso2ContractInstaller
{
    /// <summary>Verifies a response and installs its contract.</summary>
    /// <param name="response">The decoded CertificateInstallationRes or CertificateUpdateRes.</param>
    /// <param name="recipientKey">The OEM provisioning key (installation) or the current contract key (update), P-256.</param>
    /// <param name="cpsTrust">The vehicle's V2G roots for the CPS chain.</param>
    /// <param name="contractTrust">The MO / V2G roots for the new contract chain.</param>
    public static ProvisioningResult<InstalledContract> Install(
        Iso2Document response, ECDiffieHellman recipientKey, ProvisioningTrust cpsTrust, ProvisioningTrust contractTrust)
    {
        ArgumentNullException.ThrowIfNull(recipientKey);
        ArgumentNullException.ThrowIfNull(cpsTrust);
        ArgumentNullException.ThrowIfNull(contractTrust);
        string name;
        ResponseCodeType code;
        CertificateChainType? sa, contract;
        byte[]? encrypted, dh;
        string? emaid;
        switch (response.V2G_Message?.Body?.BodyElement)
        {
            case CertificateInstallationResType r:
                (name, code, sa, contract, encrypted, dh, emaid) = ("CertificateInstallationRes", r.ResponseCode, r.SAProvisioningCertificateChain,
                    r.ContractSignatureCertChain, r.ContractSignatureEncryptedPrivateKey?.Value, r.DHpublickey?.Value, r.EMAID?.Value);
                break;
            case CertificateUpdateResType u:
                (name, code, sa, contract, encrypted, dh, emaid) = ("CertificateUpdateRes", u.ResponseCode, u.SAProvisioningCertificateChain,
                    u.ContractSignatureCertChain, u.ContractSignatureEncryptedPrivateKey?.Value, u.DHpublickey?.Value, u.EMAID?.Value);
                break;
            default:
                return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.UnexpectedMessage,
                    "expected a CertificateInstallationRes or CertificateUpdateRes, got "
                    + (response.V2G_Message?.Body?.BodyElement?.GetType().Name ?? response.Name.LocalName));
        }

        if (!code.ToString().StartsWith("OK", StringComparison.Ordinal))
        {
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.ResponseNotOk, name + " ResponseCode is " + code);
        }

        if (!Iso2Chains.TryParse("SAProvisioningCertificateChain", sa, out var cpsChain, out var failure)
            || !Iso2Chains.TryParse("ContractSignatureCertChain", contract, out var contractChain, out failure))
        {
            return ProvisioningResult<InstalledContract>.Fail(failure!);
        }

        failure = ContractInstallation.CheckCps(cpsChain!, cpsTrust)
            ?? ContractInstallation.CheckSignature(name, V2GSignature.Verify(response, cpsChain!.Leaf));
        if (failure != null)
        {
            return ProvisioningResult<InstalledContract>.Fail(failure);
        }

        byte[] dhKey = dh ?? [];
        byte[] encryptedKey = encrypted ?? [];
        bool Decrypt(out ContractPrivateKey? key, out KeyTransportError? error)
        {
            key = null;
            return ContractKeyTransport.TryGetCertificatePublicKey(KeyTransportProfile.Iso2, contractChain!.Leaf, out byte[]? expected, out error)
                && ContractKeyTransport.TryDecrypt(KeyTransportProfile.Iso2, recipientKey, dhKey, encryptedKey, [], expected, out key, out error);
        }

        return ContractInstallation.Finish(contractChain!, emaid, contractTrust, Decrypt);
    }
}
