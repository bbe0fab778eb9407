using System;
using System.Security.Cryptography;
using V2G.Messages.Iso20;
using V2G.Security.KeyTransport;
using V2G.Security.Signatures;

namespace V2G.Security.Provisioning;

/// <summary>
/// The vehicle's side of an ISO 15118-20 CertificateInstallationRes (SECP521 or X448): CPS chain to the V2G roots, signature of
/// SignedInstallationData with the CPS leaf, AES-GCM decryption with AAD = PCID || SKI (tag, leading bits, range and the public
/// key checked), new contract chain.
/// </summary>
public static class Iso20ContractInstaller
{
    /// <summary>Verifies a SECP521 response and installs its contract.</summary>
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
        var failure = Open(response, EcdhCurveType.SECP521, cpsTrust, out var data, out var contractChain);
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
                && ContractKeyTransport.TryDecrypt(profile, recipientKey, data!.DHPublicKey, data.SECP521_EncryptedPrivateKey, aad, expected,
                    out key, out error);
        }

        return ContractInstallation.Finish(contractChain!, null, contractTrust, Decrypt);
    }

    /// <summary>
    /// Verifies an X448 response (ECDHCurve X448, 57-byte DHPublicKey, X448_EncryptedPrivateKey) and installs its contract. The
    /// contract certificate of the Ed448 profile is an Ed448 certificate, so the X448 public key the decrypted key must match is
    /// given by the caller. Decode the response with <c>ExiDecodeOptions.IgnoringLengthFacets</c> (the 57-byte key breaks the
    /// XSD's 133-byte facet).
    /// </summary>
    /// <param name="response">The decoded CertificateInstallationRes.</param>
    /// <param name="recipientX448PrivateKey">The vehicle's raw 56-byte X448 private key (its OEM provisioning key agreement key).</param>
    /// <param name="expectedContractX448PublicKey">The 56-byte X448 public key of the contract; required (no unchecked install).</param>
    /// <param name="pcid">The vehicle's PCID (its OEM provisioning certificate's CN), part of the AAD.</param>
    /// <param name="cpsTrust">The vehicle's V2G roots for the CPS chain.</param>
    /// <param name="contractTrust">The MO / V2G roots for the new contract chain.</param>
    public static ProvisioningResult<InstalledContract> InstallX448(
        CommonMessagesDocument response,
        ReadOnlySpan<byte> recipientX448PrivateKey,
        ReadOnlySpan<byte> expectedContractX448PublicKey,
        string pcid,
        ProvisioningTrust cpsTrust,
        ProvisioningTrust contractTrust)
    {
        ArgumentNullException.ThrowIfNull(pcid);
        ArgumentNullException.ThrowIfNull(cpsTrust);
        ArgumentNullException.ThrowIfNull(contractTrust);
        if (expectedContractX448PublicKey.IsEmpty)
        {
            // Fail closed: an X448 key that is not compared with the contract's public key must not be installed.
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.InvalidInput,
                "the expected X448 contract public key is required");
        }

        var failure = Open(response, EcdhCurveType.X448, cpsTrust, out var data, out var contractChain);
        if (failure != null)
        {
            return ProvisioningResult<InstalledContract>.Fail(failure);
        }

        // Local functions cannot capture spans: copy, and zero the private key copy when done.
        byte[] recipient = recipientX448PrivateKey.ToArray();
        byte[] expected = expectedContractX448PublicKey.ToArray();
        try
        {
            bool Decrypt(out ContractPrivateKey? key, out KeyTransportError? error)
            {
                key = null;
                return KeyTransportAad.TryCreate(pcid, contractChain!.Leaf, out byte[]? aad, out error)
                    && ContractKeyTransport.TryDecrypt(KeyTransportProfile.Iso20X448, recipient, data!.DHPublicKey,
                        data.X448_EncryptedPrivateKey, aad, expected, out key, out error);
            }

            return ContractInstallation.Finish(contractChain!, null, contractTrust, Decrypt);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(recipient);
        }
    }

    /// <summary>The checks before decryption: message, ResponseCode, curve and field, both chains parsed, CPS chain, signature.</summary>
    private static ProvisioningFailure? Open(CommonMessagesDocument response, EcdhCurveType curve, ProvisioningTrust cpsTrust,
        out SignedInstallationDataType? data, out CertificateChainData? contractChain)
    {
        data = null;
        contractChain = null;
        if (response.Value is not CertificateInstallationResType body)
        {
            return new(ProvisioningFailureKind.UnexpectedMessage, "expected a CertificateInstallationRes, got " + response.Name.LocalName);
        }

        if (!body.ResponseCode.ToString().StartsWith("OK", StringComparison.Ordinal))
        {
            return new(ProvisioningFailureKind.ResponseNotOk, "CertificateInstallationRes ResponseCode is " + body.ResponseCode);
        }

        data = body.SignedInstallationData;
        byte[]? field = curve == EcdhCurveType.X448 ? data?.X448_EncryptedPrivateKey : data?.SECP521_EncryptedPrivateKey;
        if (data is null || data.ECDHCurve != curve || field is null)
        {
            return new(ProvisioningFailureKind.KeyDecryptionFailed,
                $"SignedInstallationData carries no {curve} encrypted key (ECDHCurve {data?.ECDHCurve})");
        }

        if (!Iso20Chains.TryParse("CPSCertificateChain", body.CPSCertificateChain?.Certificate, body.CPSCertificateChain?.SubCertificates,
                out var cpsChain, out var failure)
            || !Iso20Chains.TryParse("ContractCertificateChain", data.ContractCertificateChain?.Certificate,
                data.ContractCertificateChain?.SubCertificates, out contractChain, out failure))
        {
            return failure!;
        }

        return ContractInstallation.CheckCps(cpsChain!, cpsTrust)
            ?? ContractInstallation.CheckSignature("CertificateInstallationRes", V2GSignature.Verify(response, cpsChain!.Leaf));
    }
}
