using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using V2G.Security.TestPki;

namespace V2G.Cli.Demo;

/// <summary>
/// What the parties of the demo's CertificateInstallation hold (the back end's OEM trust, the car's V2G and MO roots) and the
/// checks they make, turned into the demo's check lines.
/// </summary>
internal static class PncProvisioningChecks
{
    /// <summary>The chain a message carries for <paramref name="leaf"/>: the leaf and the sub-CAs of <paramref name="chain"/>.</summary>
    /// <param name="leaf">The leaf.</param>
    /// <param name="chain">The chain whose Sub-CA 2 issued the leaf.</param>
    /// <returns>The chain data.</returns>
    public static CertificateChainData ChainData(IssuedCertificate leaf, IssuedChain chain) => new(leaf.Certificate, chain.SubCertificates);

    /// <summary>The back end's trust for OEM provisioning chains: the OEM root, and the OEM Sub-CAs (ISO 15118-2 sends the leaf only).</summary>
    /// <param name="pki">The PKI.</param>
    /// <returns>The trust.</returns>
    public static ProvisioningTrust OemTrust(GeneratedPki pki) => new()
    {
        Anchors = pki.OemProvisioning.TrustAnchors,
        Options = pki.ValidationOptions(CertificateRole.OemProvisioning),
        KnownSubCertificates = pki.OemProvisioning.SubCertificates,
    };

    /// <summary>The car's trust for the CPS chain: the V2G root.</summary>
    /// <param name="pki">The PKI.</param>
    /// <returns>The trust.</returns>
    public static ProvisioningTrust CpsTrust(GeneratedPki pki) => new()
    {
        Anchors = [pki.V2GRoot.Certificate],
        Options = pki.ValidationOptions(CertificateRole.Cps),
    };

    /// <summary>The car's trust for its new contract chain: the V2G and MO roots.</summary>
    /// <param name="pki">The PKI.</param>
    /// <returns>The trust.</returns>
    public static ProvisioningTrust ContractTrust(GeneratedPki pki) => new()
    {
        Anchors = [pki.V2GRoot.Certificate, pki.MoRoot.Certificate],
        Options = pki.ValidationOptions(CertificateRole.Contract),
    };

    /// <summary>What the back end delivers: the PKI's contract chain and key (it stands for the contract the MO issues now).</summary>
    /// <param name="pki">The PKI.</param>
    /// <returns>The delivery.</returns>
    public static ContractDelivery Delivery(GeneratedPki pki) =>
        ContractDelivery.FromEcdsa(ChainData(pki.Contract.Leaf, pki.Contract), pki.Contract.Leaf.PrivateKey);

    /// <summary>The back end's CPS chain and signing key.</summary>
    /// <param name="pki">The PKI.</param>
    /// <returns>The credentials.</returns>
    public static CpsCredentials Cps(GeneratedPki pki) =>
        new(ChainData(pki.Cps.Leaf, pki.Cps), new EcdsaSigner(pki.Cps.Leaf.PrivateKey));

    /// <summary>The car's OEM provisioning key as the ECDH key that receives the contract key.</summary>
    /// <param name="pki">The PKI.</param>
    /// <returns>A new key; the caller disposes it.</returns>
    public static ECDiffieHellman OemKey(GeneratedPki pki) =>
        ECDiffieHellman.Create(pki.OemProvisioning.Leaf.PrivateKey.ExportParameters(true));

    /// <summary>A signature check with the signer certificate a message carries; an unreadable certificate fails the check.</summary>
    /// <param name="what">What was checked.</param>
    /// <param name="refusedAs">What the check is called when the certificate cannot be read.</param>
    /// <param name="signer">The signer certificate (DER).</param>
    /// <param name="unreadable">The certificate's name in the message when it cannot be read.</param>
    /// <param name="verify">The signature verification with the loaded certificate.</param>
    /// <returns>The check.</returns>
    public static DemoCheck SignedBy(
        string what, string refusedAs, byte[] signer, string unreadable, Func<X509Certificate2, SignatureVerificationResult> verify)
    {
        try
        {
            using X509Certificate2 certificate = X509CertificateLoader.LoadCertificate(signer);
            return PncChecks.Signature(what, verify(certificate));
        }
        catch (CryptographicException e)
        {
            return DemoCheck.Verification(refusedAs, false, $"{unreadable} cannot be read: {e.Message}");
        }
    }

    /// <summary>The back end's verdict on the OEM provisioning chain of a CertificateInstallationReq.</summary>
    /// <param name="what">What was checked.</param>
    /// <param name="verified">The back end's result.</param>
    /// <param name="trust">The trust it verified against (its anchors name the end of the path).</param>
    /// <returns>The check.</returns>
    public static DemoCheck BackEndVerification(string what, ProvisioningResult<VerifiedProvisioningRequest> verified, ProvisioningTrust trust)
    {
        if (!verified.IsSuccess)
        {
            return DemoCheck.Verification(what, false, verified.Failure.ToString());
        }

        CertificateChainData chain = verified.Value.VehicleChain;
        X509Certificate2 leaf = chain.Leaf;
        ChainValidationResult path = CertificateChainValidator.Validate(leaf, chain.SubCertificates, trust.Anchors,
            trust.Options with { Role = CertificateRole.OemProvisioning });
        return DemoCheck.Verification(what, path.IsValid, path.IsValid ? PathText(path) : path.ToString());
    }

    /// <summary>A chain validation of certificates as a message carried them.</summary>
    /// <param name="what">What was checked.</param>
    /// <param name="leaf">The leaf (DER).</param>
    /// <param name="subCertificates">The sub-CAs (DER), issuer of the leaf first.</param>
    /// <param name="trust">The anchors and options.</param>
    /// <param name="role">The role the chain is validated for.</param>
    /// <returns>The check.</returns>
    public static DemoCheck CarriedChain(string what, byte[] leaf, IReadOnlyList<byte[]> subCertificates, ProvisioningTrust trust,
        CertificateRole role)
    {
        X509Certificate2[] certificates;
        try
        {
            certificates = subCertificates.Prepend(leaf).Select(der => X509CertificateLoader.LoadCertificate(der)).ToArray();
        }
        catch (CryptographicException e)
        {
            return DemoCheck.Verification(what, false, "a carried certificate cannot be read: " + e.Message);
        }

        ChainValidationResult result = CertificateChainValidator.Validate(certificates[0], certificates[1..], trust.Anchors,
            trust.Options with { Role = role });
        return DemoCheck.Verification(what, result.IsValid, result.IsValid ? PathText(result) : result.ToString());
    }

    /// <summary>
    /// The car's verdict on the contract it installed: the decrypted key matches the contract certificate (d·G checked),
    /// and the new contract chain is valid for role Contract with the eMAID as its CN.
    /// </summary>
    /// <param name="keyWhat">What the key check is.</param>
    /// <param name="installed">The installer's result.</param>
    /// <param name="contractTrust">The car's roots for contract chains.</param>
    /// <returns>Two checks: key, then new contract chain.</returns>
    public static IReadOnlyList<DemoCheck> Installation(string keyWhat, ProvisioningResult<InstalledContract> installed,
        ProvisioningTrust contractTrust)
    {
        string chainWhat = $"new contract certificate chain (role Contract, trust anchors {AnchorNames(contractTrust)})";
        if (!installed.IsSuccess)
        {
            string reason = "contract not installed: " + installed.Failure;
            return [DemoCheck.Verification(keyWhat, false, reason), DemoCheck.Verification(chainWhat, false, reason)];
        }

        InstalledContract contract = installed.Value;
        DemoCheck key = DemoCheck.Verification(keyWhat, contract.PrivateKey.PublicKeyChecked, contract.PrivateKey.PublicKeyChecked
            ? $"{contract.PrivateKey.Profile}: d·G equals the public key of the contract certificate"
            : "the key was not compared with the contract certificate's public key");
        ChainValidationResult path = CertificateChainValidator.Validate(contract.ContractChain.Leaf, contract.ContractChain.SubCertificates,
            contractTrust.Anchors, contractTrust.Options with { Role = CertificateRole.Contract });
        DemoCheck chain = DemoCheck.Verification(chainWhat, path.IsValid,
            path.IsValid ? $"{PathText(path)}; eMAID {contract.EMaid} is the leaf's CN" : path.ToString());
        return [key, chain];
    }

    /// <summary>The installed contract, or a <see cref="CryptographicException"/> naming why the car has none.</summary>
    /// <param name="installed">The installer's result.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="CryptographicException">The installation failed; the steps that need the contract cannot run.</exception>
    public static InstalledContract Require(ProvisioningResult<InstalledContract> installed) =>
        installed.IsSuccess ? installed.Value : throw new CryptographicException("the car has no contract: " + installed.Failure);

    /// <summary>The signing key of an installed contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>A new ECDSA key.</returns>
    /// <exception cref="CryptographicException">The contract key is not an ECDSA key.</exception>
    public static ECDsa SigningKey(InstalledContract contract) =>
        contract.PrivateKey.CreateEcdsa() ?? throw new CryptographicException("the installed contract key is not an ECDSA key");

    private static string PathText(ChainValidationResult result) =>
        string.Join(" <- ", result.Path.Select(c => c.GetNameInfo(X509NameType.SimpleName, false)));

    private static string AnchorNames(ProvisioningTrust trust) =>
        string.Join(", ", trust.Anchors.Select(c => c.GetNameInfo(X509NameType.SimpleName, false)));
}
