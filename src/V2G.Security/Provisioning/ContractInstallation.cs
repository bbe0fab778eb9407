using System;
using System.Security.Cryptography;
using V2G.Security.Certificates;
using V2G.Security.KeyTransport;
using V2G.Security.Signatures;

namespace V2G.Security.Provisioning;

/// <summary>The vehicle's checks common to both standards, in order: CPS chain, response signature, key, new contract chain.</summary>
internal static class ContractInstallation
{
    public static ProvisioningFailure? CheckCps(CertificateChainData cpsChain, ProvisioningTrust cpsTrust)
    {
        var chain = cpsTrust.Validate(cpsChain.Leaf, cpsChain.SubCertificates, CertificateRole.Cps);
        return chain.IsValid ? null : ProvisioningFailure.FromChain(ProvisioningFailureKind.CpsChainInvalid, "CPS certificate chain", chain);
    }

    public static ProvisioningFailure? CheckSignature(string messageName, SignatureVerificationResult signature) =>
        signature.IsValid
            ? null
            : ProvisioningFailure.FromSignature(ProvisioningFailureKind.ResponseSignatureInvalid, messageName + " signature with the CPS leaf",
                signature);

    public delegate bool Decrypt(out ContractPrivateKey? key, out KeyTransportError? error);

    public static ProvisioningResult<InstalledContract> Finish(
        CertificateChainData contractChain, string? emaidElement, ProvisioningTrust contractTrust, Decrypt decrypt)
    {
        bool decrypted;
        ContractPrivateKey? key;
        KeyTransportError? error;
        try
        {
            decrypted = decrypt(out key, out error);
        }
        catch (CryptographicException e)
        {
            // A recipient key the platform cannot use (e.g. non-exportable where export is needed) is the caller's input problem.
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.InvalidInput, "the recipient key cannot be used: " + e.Message);
        }

        if (!decrypted)
        {
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailure.FromKeyTransport(ProvisioningFailureKind.KeyDecryptionFailed,
                error!));
        }

        var chain = contractTrust.Validate(contractChain.Leaf, contractChain.SubCertificates, CertificateRole.Contract);
        if (!chain.IsValid)
        {
            key!.Dispose();
            return ProvisioningResult<InstalledContract>.Fail(
                ProvisioningFailure.FromChain(ProvisioningFailureKind.NewContractChainInvalid, "new contract chain", chain));
        }

        string emaid = ProvisioningChecks.CommonName(contractChain.Leaf);
        if (emaidElement != null && !string.Equals(emaidElement, emaid, StringComparison.OrdinalIgnoreCase))
        {
            key!.Dispose();
            return ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.EmaidMismatch,
                $"the response's eMAID '{emaidElement}' is not the contract certificate's '{emaid}'");
        }

        return ProvisioningResult<InstalledContract>.Success(new InstalledContract(contractChain, key!, emaid));
    }
}
