using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using V2G.Security.TestPki;

namespace V2G.Cli.Demo;

/// <summary>
/// The ISO 15118-2 Plug'n'Charge messages of <c>v2g demo</c>, made once per run with the P-256 test PKI and the contract the
/// car installed in <see cref="PncIso2Provisioning"/>, and a random GenChallenge: signatures use random ECDSA nonces, so each
/// message is built and signed once and then shown and checked. The checks work on what the receiver decodes from the EXI bytes.
/// </summary>
internal sealed class PncIso2Exchange
{
    private static readonly Lazy<PncIso2Exchange> Current = new(() => new PncIso2Exchange(PncIso2Provisioning.Instance));

    private PncIso2Exchange(PncIso2Provisioning provisioning)
    {
        Pki = provisioning.Pki;
        GenChallenge = PncChecks.NewGenChallenge();
        InstalledContract contract = PncProvisioningChecks.Require(provisioning.Installed);
        var contractKey = new EcdsaSigner(PncProvisioningChecks.SigningKey(contract));

        PaymentDetailsRequest = Iso2Session.Message(new PaymentDetailsReqType
        {
            EMAID = contract.EMaid,
            ContractSignatureCertChain = new CertificateChainType
            {
                Certificate = contract.ContractChain.Leaf.RawData,
                SubCertificates = new SubCertificatesType { Certificate = contract.ContractChain.SubCertificates.Select(c => c.RawData).ToList() },
            },
        });
        PaymentDetailsResponse = Iso2Session.Message(new PaymentDetailsResType
        {
            ResponseCode = ResponseCodeType.OK,
            GenChallenge = GenChallenge,
            EVSETimeStamp = Iso2Session.SessionStartUnixSeconds + 4,
        });

        AuthorizationRequest = Iso2Session.Message(new AuthorizationReqType { GenChallenge = GenChallenge });
        V2GSignature.Sign(AuthorizationRequest, contractKey);

        ChargeParameterDiscoveryResponse = Iso2ChargeParameterSamples.Response();
        V2GSignature.Sign(ChargeParameterDiscoveryResponse, new EcdsaSigner(Pki.Contract.SubCa2.PrivateKey));

        MeteringReceiptRequest = Iso2Session.Message(new MeteringReceiptReqType
        {
            SessionID = Iso2Session.SessionId(),
            SAScheduleTupleID = Iso2Session.ScheduleTupleId,
            MeterInfo = new MeterInfoType
            {
                MeterID = Iso2Session.MeterId,
                MeterReading = 12_850,
                TMeter = Iso2Session.SessionStartUnixSeconds + 1_500,
            },
        });
        V2GSignature.Sign(MeteringReceiptRequest, contractKey);
    }

    /// <summary>The exchange of this run.</summary>
    public static PncIso2Exchange Instance => Current.Value;

    /// <summary>The test PKI (P-256) made for this run (that of <see cref="PncIso2Provisioning"/>).</summary>
    public GeneratedPki Pki { get; }

    /// <summary>The charger's random GenChallenge.</summary>
    public byte[] GenChallenge { get; }

    /// <summary>The EV's eMAID and installed contract chain (leaf, MO Sub-CA 2, MO Sub-CA 1).</summary>
    public V2G_Message PaymentDetailsRequest { get; }

    /// <summary>The charger's answer with <see cref="GenChallenge"/>.</summary>
    public V2G_Message PaymentDetailsResponse { get; }

    /// <summary>The EV's AuthorizationReq over the GenChallenge, signed with the installed contract key.</summary>
    public V2G_Message AuthorizationRequest { get; }

    /// <summary>The demo session's ChargeParameterDiscoveryRes, its SalesTariff signed with the MO Sub-CA 2 key.</summary>
    public V2G_Message ChargeParameterDiscoveryResponse { get; }

    /// <summary>The EV's receipt of the meter reading, signed with the contract key.</summary>
    public V2G_Message MeteringReceiptRequest { get; }

    /// <summary>The charger validates the contract chain it received in PaymentDetailsReq.</summary>
    /// <returns>The check.</returns>
    public IReadOnlyList<DemoCheck> CheckPaymentDetails()
    {
        var request = (PaymentDetailsReqType)Received(PaymentDetailsRequest).V2G_Message!.Body.BodyElement!;
        CertificateChainType chain = request.ContractSignatureCertChain;
        return [PncChecks.ContractChain(Pki, chain.Certificate, chain.SubCertificates?.Certificate ?? [], request.EMAID)];
    }

    /// <summary>The charger verifies the AuthorizationReq with the contract certificate and its GenChallenge.</summary>
    /// <returns>The check.</returns>
    public IReadOnlyList<DemoCheck> CheckAuthorization() =>
    [
        PncChecks.Signature("AuthorizationReq signature (contract certificate, GenChallenge of PaymentDetailsRes)",
            V2GSignature.Verify(
                Received(AuthorizationRequest), ContractCertificate(), new SignatureVerificationOptions { ExpectedGenChallenge = GenChallenge })),
    ];

    /// <summary>A charger that sent another GenChallenge must refuse the same AuthorizationReq (a replay).</summary>
    /// <returns>The check.</returns>
    public IReadOnlyList<DemoCheck> CheckReplayedAuthorization() =>
    [
        PncChecks.SignatureRefusal("AuthorizationReq against another GenChallenge", SignatureFailureReason.GenChallengeMismatch,
            V2GSignature.Verify(Received(AuthorizationRequest), ContractCertificate(),
                new SignatureVerificationOptions { ExpectedGenChallenge = PncChecks.OtherGenChallenge(GenChallenge) })),
    ];

    /// <summary>The EV verifies the SalesTariff with MO Sub-CA 2 of its own contract chain.</summary>
    /// <returns>The check.</returns>
    public IReadOnlyList<DemoCheck> CheckSalesTariff() =>
    [
        PncChecks.Signature("SalesTariff signature (MO Sub-CA 2 of the EV's contract chain)",
            V2GSignature.Verify(Received(ChargeParameterDiscoveryResponse), Pki.Contract.SubCa2.Certificate)),
    ];

    /// <summary>The charger verifies the MeteringReceiptReq with the contract certificate.</summary>
    /// <returns>The check.</returns>
    public IReadOnlyList<DemoCheck> CheckMeteringReceipt() =>
    [
        PncChecks.Signature(
            "MeteringReceiptReq signature (contract certificate)", V2GSignature.Verify(Received(MeteringReceiptRequest), ContractCertificate())),
    ];

    /// <summary>What the receiver decodes from the message's EXI bytes.</summary>
    private static Iso2Document Received(V2G_Message message) => Iso2Codec.Decode(Iso2Codec.Encode(message));

    /// <summary>The contract certificate as the charger received it in PaymentDetailsReq.</summary>
    private X509Certificate2 ContractCertificate()
    {
        var request = (PaymentDetailsReqType)Received(PaymentDetailsRequest).V2G_Message!.Body.BodyElement!;
        return X509CertificateLoader.LoadCertificate(request.ContractSignatureCertChain.Certificate);
    }
}
