using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso20;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using V2G.Security.TestPki;

namespace V2G.Cli.Demo;

/// <summary>
/// The ISO 15118-20 CertificateInstallation (SECP521) of <c>v2g demo</c>, made once per run with a new P-521 test PKI: the car,
/// which has no contract yet, signs its OEM provisioning chain; the back end verifies it and answers with the PKI's contract
/// (issued for this run), its key encrypted with AES-256-GCM for the car (AAD = PCID || SKI); the car verifies the answer and
/// installs the contract, which <see cref="PncIso20Exchange"/> then authorizes with. Each party works on what it decodes.
/// </summary>
internal sealed class PncIso20Provisioning
{
    private static readonly Lazy<PncIso20Provisioning> Current = new(() => new PncIso20Provisioning(DateTimeOffset.UtcNow));

    private readonly ProvisioningResult<CommonMessagesDocument> _response;

    private PncIso20Provisioning(DateTimeOffset now)
    {
        Pki = new TestPkiBuilder(SecurityProfile.Iso20Secp521, now).Build();
        OemTrust = PncProvisioningChecks.OemTrust(Pki);
        CpsTrust = PncProvisioningChecks.CpsTrust(Pki);
        ContractTrust = PncProvisioningChecks.ContractTrust(Pki);
        Pcid = Pki.OemProvisioning.Leaf.Certificate.GetNameInfo(X509NameType.SimpleName, false);

        ProvisioningResult<CommonMessagesDocument> request = Iso20CertificateRequests.BuildInstallationReq(
            Iso20Session.Header(Iso20Timeline.AuthorizationSetup), PncProvisioningChecks.ChainData(Pki.OemProvisioning.Leaf, Pki.OemProvisioning),
            [Pki.V2GRoot.Certificate, Pki.MoRoot.Certificate], 1, [], new EcdsaSigner(Pki.OemProvisioning.Leaf.PrivateKey));
        CertificateInstallationRequest = request.IsSuccess
            ? request.Value
            : throw new CryptographicException("the car cannot sign its CertificateInstallationReq: " + request.Failure);

        // The test PKI's contract stands for the one the MO issues now; the car never held it before, and signs with what it decrypts.
        _response = Iso20ProvisioningBackend.AnswerInstallationReq(Received(CertificateInstallationRequest), OemTrust,
            PncProvisioningChecks.Delivery(Pki), PncProvisioningChecks.Cps(Pki), Iso20Session.At(Iso20Timeline.AuthorizationSetup));
        using ECDiffieHellman oemKey = PncProvisioningChecks.OemKey(Pki);
        Installed = _response.IsSuccess
            ? Iso20ContractInstaller.Install(Received(_response.Value), oemKey, Pcid, CpsTrust, ContractTrust)
            : ProvisioningResult<InstalledContract>.Fail(_response.Failure);
    }

    /// <summary>The installation of this run.</summary>
    public static PncIso20Provisioning Instance => Current.Value;

    /// <summary>The test PKI (P-521) made for this run; <see cref="PncIso20Exchange"/> uses it too.</summary>
    public GeneratedPki Pki { get; }

    /// <summary>The car's PCID: the CN of its OEM provisioning certificate, part of the key transport's AAD.</summary>
    public string Pcid { get; }

    /// <summary>The car's request: the signed OEM provisioning chain, root IDs, one contract chain accepted.</summary>
    public CommonMessagesDocument CertificateInstallationRequest { get; }

    /// <summary>The back end's answer: CPS chain and SignedInstallationData (contract chain, DH public key, encrypted key), signed.</summary>
    /// <exception cref="CryptographicException">The back end refused the request (its check line says why).</exception>
    public CommonMessagesDocument CertificateInstallationResponse =>
        _response.IsSuccess ? _response.Value : throw new CryptographicException("the back end refused: " + _response.Failure);

    /// <summary>What the car's installer made of the response: the contract, or why it refused.</summary>
    public ProvisioningResult<InstalledContract> Installed { get; }

    private ProvisioningTrust OemTrust { get; }

    private ProvisioningTrust CpsTrust { get; }

    private ProvisioningTrust ContractTrust { get; }

    /// <summary>The back end verifies the signed OEM provisioning chain with its leaf, and the chain to the OEM root.</summary>
    /// <returns>The two checks.</returns>
    public IReadOnlyList<DemoCheck> CheckRequest()
    {
        CommonMessagesDocument received = Received(CertificateInstallationRequest);
        SignedCertificateChainType chain = received.CertificateInstallationReq!.OEMProvisioningCertificateChain;
        var options = new SignatureVerificationOptions { Profile = SecurityProfile.Iso20Secp521 };
        DemoCheck signature = PncProvisioningChecks.SignedBy("CertificateInstallationReq signature (OEM provisioning certificate of the chain)",
            "CertificateInstallationReq signature", chain.Certificate, "the OEM certificate", oem => V2GSignature.Verify(received, oem, options));

        return
        [
            signature,
            PncProvisioningChecks.BackEndVerification("OEM provisioning chain (role OemProvisioning, trust anchor OEMRootCA)",
                Iso20ProvisioningBackend.VerifyInstallationReq(received, OemTrust), OemTrust),
        ];
    }

    /// <summary>
    /// The car verifies the response: CPS chain to its V2G root, signature of SignedInstallationData with the CPS leaf, then
    /// installs it (AES-GCM with its PCID, key checked against the contract certificate, new contract chain to its roots).
    /// </summary>
    /// <returns>The four checks.</returns>
    public IReadOnlyList<DemoCheck> CheckResponse()
    {
        CommonMessagesDocument received = Received(CertificateInstallationResponse);
        CertificateChainType cpsChain = received.CertificateInstallationRes!.CPSCertificateChain;
        DemoCheck chain = PncProvisioningChecks.CarriedChain("CPS certificate chain (role Cps, trust anchor V2GRootCA)",
            cpsChain.Certificate, cpsChain.SubCertificates?.Certificate ?? [], CpsTrust, CertificateRole.Cps);
        var options = new SignatureVerificationOptions { Profile = SecurityProfile.Iso20Secp521 };
        DemoCheck signature = PncProvisioningChecks.SignedBy("CertificateInstallationRes signature (CPS leaf of the chain)",
            "CertificateInstallationRes signature", cpsChain.Certificate, "the CPS certificate", cps => V2GSignature.Verify(received, cps, options));

        return [chain, signature, .. PncProvisioningChecks.Installation(
            $"contract private key (ECDH P-521 with the OEM provisioning key, AES-256-GCM, AAD = PCID {Pcid} || SKI)", Installed, ContractTrust)];
    }

    /// <summary>What the receiver decodes from the message's EXI bytes.</summary>
    private static CommonMessagesDocument Received(CommonMessagesDocument document) =>
        CommonMessagesCodec.Decode(CommonMessagesCodec.Encode(document), ExiDecodeOptions.Default, out _);
}
