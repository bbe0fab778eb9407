using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso20;
using V2G.Security;
using V2G.Security.Provisioning;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using V2G.Security.TestPki;

namespace V2G.Cli.Demo;

/// <summary>
/// The ISO 15118-20 Plug'n'Charge messages of <c>v2g demo</c>, made once per run with the P-521 test PKI and the contract the
/// car installed in <see cref="PncIso20Provisioning"/>, and a random GenChallenge (see <see cref="PncIso2Exchange"/> for why
/// once). The checks work on what the receiver decodes.
/// </summary>
internal sealed class PncIso20Exchange
{
    /// <summary>The selected schedule tuple of the ISO 15118-20 demo session.</summary>
    private const uint ScheduleTupleId = 1;

    private static readonly Lazy<PncIso20Exchange> Current = new(() => new PncIso20Exchange(PncIso20Provisioning.Instance));

    private PncIso20Exchange(PncIso20Provisioning provisioning)
    {
        Pki = provisioning.Pki;
        GenChallenge = PncChecks.NewGenChallenge();
        InstalledContract contract = PncProvisioningChecks.Require(provisioning.Installed);
        var contractKey = new EcdsaSigner(PncProvisioningChecks.SigningKey(contract));

        AuthorizationSetupResponse = new AuthorizationSetupResType
        {
            Header = Iso20Session.Header(Iso20Timeline.AuthorizationSetup),
            ResponseCode = ResponseCodeType.OK,
            AuthorizationServices = { AuthorizationType.EIM, AuthorizationType.PnC },
            CertificateInstallationService = true,
            PnC_ASResAuthorizationMode = new PnC_ASResAuthorizationModeType { GenChallenge = GenChallenge },
        };

        AuthorizationRequest = new AuthorizationReqType
        {
            Header = Iso20Session.Header(Iso20Timeline.Authorization),
            SelectedAuthorizationService = AuthorizationType.PnC,
            PnC_AReqAuthorizationMode = new PnC_AReqAuthorizationModeType
            {
                Id = "pnc1",
                GenChallenge = GenChallenge,
                ContractCertificateChain = new ContractCertificateChainType
                {
                    Certificate = contract.ContractChain.Leaf.RawData,
                    SubCertificates = new SubCertificatesType
                    {
                        Certificate = contract.ContractChain.SubCertificates.Select(c => c.RawData).ToList(),
                    },
                },
            },
        };
        V2GSignature.Sign(AuthorizationRequest, contractKey);

        MeteringConfirmationRequest = new MeteringConfirmationReqType
        {
            Header = Iso20Session.Header(Iso20Timeline.PowerDeliveryStop),
            SignedMeteringData = new SignedMeteringDataType
            {
                Id = "meter1",
                SessionID = Iso20Session.SessionId(),
                MeterInfo = new MeterInfoType
                {
                    MeterID = Iso20Session.MeterId,
                    ChargedEnergyReadingWh = 42_300,
                    MeterTimestamp = Iso20Session.At(Iso20Timeline.PowerDeliveryStop),
                },
                Scheduled_SMDTControlMode = new Scheduled_SMDTControlModeType { SelectedScheduleTupleID = ScheduleTupleId },
            },
        };
        V2GSignature.Sign(MeteringConfirmationRequest, contractKey);
    }

    /// <summary>The exchange of this run.</summary>
    public static PncIso20Exchange Instance => Current.Value;

    /// <summary>The test PKI (P-521) made for this run (that of <see cref="PncIso20Provisioning"/>).</summary>
    public GeneratedPki Pki { get; }

    /// <summary>The charger's random GenChallenge.</summary>
    public byte[] GenChallenge { get; }

    /// <summary>The charger offers EIM and PnC, with <see cref="GenChallenge"/>, and the certificate installation service.</summary>
    public CommonMessagesDocument AuthorizationSetupResponse { get; }

    /// <summary>The EV selects PnC: GenChallenge and installed contract chain, signed with the installed contract key.</summary>
    public CommonMessagesDocument AuthorizationRequest { get; }

    /// <summary>The EV confirms the final meter reading, SignedMeteringData signed with the contract key.</summary>
    public CommonMessagesDocument MeteringConfirmationRequest { get; }

    /// <summary>
    /// The charger validates the contract chain of the AuthorizationReq and verifies its signature with the chain's leaf
    /// and the GenChallenge it sent.
    /// </summary>
    /// <returns>The two checks.</returns>
    public IReadOnlyList<DemoCheck> CheckAuthorization()
    {
        CommonMessagesDocument received = Received(AuthorizationRequest);
        ContractCertificateChainType chain = received.AuthorizationReq!.PnC_AReqAuthorizationMode!.ContractCertificateChain;
        using X509Certificate2 contract = X509CertificateLoader.LoadCertificate(chain.Certificate);
        var options = new SignatureVerificationOptions { Profile = SecurityProfile.Iso20Secp521, ExpectedGenChallenge = GenChallenge };
        return
        [
            PncChecks.ContractChain(Pki, chain.Certificate, chain.SubCertificates.Certificate, statedEmaid: null),
            PncChecks.Signature("AuthorizationReq signature (contract certificate of the chain, GenChallenge of AuthorizationSetupRes)",
                V2GSignature.Verify(received, contract, options)),
        ];
    }

    /// <summary>The charger verifies the MeteringConfirmationReq with the contract certificate of the AuthorizationReq.</summary>
    /// <returns>The check.</returns>
    public IReadOnlyList<DemoCheck> CheckMeteringConfirmation()
    {
        ContractCertificateChainType chain = Received(AuthorizationRequest).AuthorizationReq!.PnC_AReqAuthorizationMode!.ContractCertificateChain;
        using X509Certificate2 contract = X509CertificateLoader.LoadCertificate(chain.Certificate);
        return
        [
            PncChecks.Signature("MeteringConfirmationReq signature (contract certificate)",
                V2GSignature.Verify(
                    Received(MeteringConfirmationRequest), contract, new SignatureVerificationOptions { Profile = SecurityProfile.Iso20Secp521 })),
        ];
    }

    /// <summary>What the receiver decodes from the message's EXI bytes.</summary>
    private static CommonMessagesDocument Received(CommonMessagesDocument document) =>
        CommonMessagesCodec.Decode(CommonMessagesCodec.Encode(document), ExiDecodeOptions.Default, out _);
}
