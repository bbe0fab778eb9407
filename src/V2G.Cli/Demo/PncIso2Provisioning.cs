using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using V2G.Security.TestPki;

namespace V2G.Cli.Demo;

/// <summary>
/// The ISO 15118-2 CertificateInstallation of <c>v2g demo</c>, made once per run with a new P-256 test PKI: the car, which has no
/// contract yet, asks with its OEM provisioning key; the back end verifies it and answers with the PKI's contract (issued for this run) whose key
/// is encrypted for the car; the car verifies the answer and installs the contract, which <see cref="PncIso2Exchange"/> then
/// authorizes with. Each party works on what it decodes from the EXI bytes.
/// </summary>
internal sealed class PncIso2Provisioning
{
    private static readonly Lazy<PncIso2Provisioning> Current = new(() => new PncIso2Provisioning(DateTimeOffset.UtcNow));

    private readonly ProvisioningResult<V2G_Message> _response;

    private PncIso2Provisioning(DateTimeOffset now)
    {
        Pki = new TestPkiBuilder(SecurityProfile.Iso2, now).Build();
        OemTrust = PncProvisioningChecks.OemTrust(Pki);
        CpsTrust = PncProvisioningChecks.CpsTrust(Pki);
        ContractTrust = PncProvisioningChecks.ContractTrust(Pki);

        ProvisioningResult<V2G_Message> request = Iso2CertificateRequests.BuildInstallationReq(Iso2Session.SessionId(),
            Pki.OemProvisioning.Leaf.Certificate, [Pki.V2GRoot.Certificate, Pki.MoRoot.Certificate],
            new EcdsaSigner(Pki.OemProvisioning.Leaf.PrivateKey));
        CertificateInstallationRequest = request.IsSuccess
            ? request.Value
            : throw new CryptographicException("the car cannot sign its CertificateInstallationReq: " + request.Failure);

        // The back end answers the request it decoded; the car installs from the response it decoded.
        // The test PKI's contract stands for the one the MO issues now; the car never held it before, and signs with what it decrypts.
        _response = Iso2ProvisioningBackend.AnswerInstallationReq(Received(CertificateInstallationRequest), OemTrust,
            PncProvisioningChecks.Delivery(Pki), PncProvisioningChecks.Cps(Pki));
        using ECDiffieHellman oemKey = PncProvisioningChecks.OemKey(Pki);
        Installed = _response.IsSuccess
            ? Iso2ContractInstaller.Install(Received(_response.Value), oemKey, CpsTrust, ContractTrust)
            : ProvisioningResult<InstalledContract>.Fail(_response.Failure);
    }

    /// <summary>The installation of this run.</summary>
    public static PncIso2Provisioning Instance => Current.Value;

    /// <summary>The test PKI (P-256) made for this run; <see cref="PncIso2Exchange"/> uses it too.</summary>
    public GeneratedPki Pki { get; }

    /// <summary>The car's request: OEM provisioning certificate and root IDs, signed with the OEM provisioning key.</summary>
    public V2G_Message CertificateInstallationRequest { get; }

    /// <summary>The back end's signed answer: CPS chain, contract chain, encrypted contract key, DH public key, eMAID.</summary>
    /// <exception cref="CryptographicException">The back end refused the request (its check line says why).</exception>
    public V2G_Message CertificateInstallationResponse =>
        _response.IsSuccess ? _response.Value : throw new CryptographicException("the back end refused: " + _response.Failure);

    /// <summary>What the car's installer made of the response: the contract, or why it refused.</summary>
    public ProvisioningResult<InstalledContract> Installed { get; }

    private ProvisioningTrust OemTrust { get; }

    private ProvisioningTrust CpsTrust { get; }

    private ProvisioningTrust ContractTrust { get; }

    /// <summary>The back end verifies the request's signature with the certificate it carries and that certificate's chain.</summary>
    /// <returns>The two checks.</returns>
    public IReadOnlyList<DemoCheck> CheckRequest()
    {
        Iso2Document received = Received(CertificateInstallationRequest);
        var body = (CertificateInstallationReqType)received.V2G_Message!.Body.BodyElement!;
        DemoCheck signature = PncProvisioningChecks.SignedBy("CertificateInstallationReq signature (OEM provisioning certificate it carries)",
            "CertificateInstallationReq signature", body.OEMProvisioningCert, "OEMProvisioningCert", oem => V2GSignature.Verify(received, oem));

        return
        [
            signature,
            PncProvisioningChecks.BackEndVerification(
                "OEM provisioning chain (role OemProvisioning, back end's OEM Sub-CAs, trust anchor OEMRootCA)",
                Iso2ProvisioningBackend.VerifyInstallationReq(received, OemTrust), OemTrust),
        ];
    }

    /// <summary>
    /// The car verifies the response: CPS chain to its V2G root, signature with the CPS leaf, then installs it (key decrypted
    /// and checked against the contract certificate, new contract chain to its roots).
    /// </summary>
    /// <returns>The four checks.</returns>
    public IReadOnlyList<DemoCheck> CheckResponse()
    {
        Iso2Document received = Received(CertificateInstallationResponse);
        var body = (CertificateInstallationResType)received.V2G_Message!.Body.BodyElement!;
        CertificateChainType cpsChain = body.SAProvisioningCertificateChain;
        DemoCheck chain = PncProvisioningChecks.CarriedChain("CPS certificate chain (role Cps, trust anchor V2GRootCA)",
            cpsChain.Certificate, cpsChain.SubCertificates?.Certificate ?? [], CpsTrust, CertificateRole.Cps);
        DemoCheck signature = PncProvisioningChecks.SignedBy("CertificateInstallationRes signature (CPS leaf of the chain)",
            "CertificateInstallationRes signature", cpsChain.Certificate, "the CPS certificate", cps => V2GSignature.Verify(received, cps));

        return [chain, signature, .. PncProvisioningChecks.Installation(
            "contract private key (ECDH with the OEM provisioning key, AES-128-CBC)", Installed, ContractTrust)];
    }

    /// <summary>What the receiver decodes from the message's EXI bytes.</summary>
    private static Iso2Document Received(V2G_Message message) => Iso2Codec.Decode(Iso2Codec.Encode(message));
}
