using System;
using System.Collections.Generic;
using static V2G.Cli.Demo.CodecSteps;

namespace V2G.Cli.Demo;

/// <summary>
/// The Plug'n'Charge session of <c>v2g demo</c>: with test PKIs made in memory for this run, the signed messages of
/// ISO 15118-2 and ISO 15118-20 are shown, and their receivers validate the chains and verify the signatures (one line per
/// check). Per standard, the EV first installs a contract with a CertificateInstallation and then authorizes with it. One
/// AuthorizationReq is checked against another GenChallenge and must be refused.
/// </summary>
internal static class PncSessionSteps
{
    /// <summary>The session.</summary>
    public static DemoSession Session { get; } = new(
        "Plug'n'Charge (ISO 15118-2 and ISO 15118-20)",
        [
            "Contract-based authorization with a test PKI made in memory for this run (new keys each time). The EV first",
            "installs its contract (CertificateInstallation: OEM provisioning key, CPS-signed answer), then authorizes with it:",
            "ISO 15118-2 with P-256 / SHA-256, ISO 15118-20 with P-521 / SHA-512. Signatures are computed over EXI",
            "fragments; each receiver decodes the EXI bytes and validates or verifies what it received.",
        ],
        [
            Checked(
                Iso2("CertificateInstallationReq: the EV has no contract yet; it asks for one, signed with its OEM provisioning key",
                    () => PncIso2Provisioning.Instance.CertificateInstallationRequest),
                () => PncIso2Provisioning.Instance.CheckRequest()),
            Checked(
                Iso2("CertificateInstallationRes: the back end sends a fresh contract, its key encrypted for the EV, signed by the CPS",
                    () => PncIso2Provisioning.Instance.CertificateInstallationResponse),
                () => PncIso2Provisioning.Instance.CheckResponse()),
            Checked(
                Iso2("PaymentDetailsReq: the EV sends its eMAID and contract chain (leaf, MO Sub-CA 2, MO Sub-CA 1)",
                    () => PncIso2Exchange.Instance.PaymentDetailsRequest),
                () => PncIso2Exchange.Instance.CheckPaymentDetails()),
            Iso2("PaymentDetailsRes: OK; the charger sends a random 16-byte GenChallenge", () => PncIso2Exchange.Instance.PaymentDetailsResponse),
            Checked(
                Iso2("AuthorizationReq: the EV signs the GenChallenge with its installed contract key",
                    () => PncIso2Exchange.Instance.AuthorizationRequest),
                () => PncIso2Exchange.Instance.CheckAuthorization()),
            Checked(
                Iso2("AuthorizationReq: the same request replayed to a charger that sent another GenChallenge",
                    () => PncIso2Exchange.Instance.AuthorizationRequest),
                () => PncIso2Exchange.Instance.CheckReplayedAuthorization()),
            Checked(
                Iso2("ChargeParameterDiscoveryRes: the SalesTariff is signed with the MO Sub-CA 2 key",
                    () => PncIso2Exchange.Instance.ChargeParameterDiscoveryResponse),
                () => PncIso2Exchange.Instance.CheckSalesTariff()),
            Checked(
                Iso2("MeteringReceiptReq: the EV signs the meter reading (12850 Wh) with its contract key",
                    () => PncIso2Exchange.Instance.MeteringReceiptRequest),
                () => PncIso2Exchange.Instance.CheckMeteringReceipt()),

            Iso20Common("AuthorizationSetupRes: EIM and PnC offered, certificate installation too; PnC with a random 16-byte GenChallenge",
                () => PncIso20Exchange.Instance.AuthorizationSetupResponse),
            Checked(
                Iso20Common("CertificateInstallationReq: the EV has no contract yet; its OEM provisioning chain, signed with the P-521 OEM key",
                    () => PncIso20Provisioning.Instance.CertificateInstallationRequest),
                () => PncIso20Provisioning.Instance.CheckRequest()),
            Checked(
                Iso20Common("CertificateInstallationRes: a fresh contract, its key AES-256-GCM encrypted for the EV, signed by the CPS",
                    () => PncIso20Provisioning.Instance.CertificateInstallationResponse),
                () => PncIso20Provisioning.Instance.CheckResponse()),
            Checked(
                Iso20Common("AuthorizationReq: PnC; GenChallenge and installed P-521 contract chain, signed with its key",
                    () => PncIso20Exchange.Instance.AuthorizationRequest),
                () => PncIso20Exchange.Instance.CheckAuthorization()),
            Checked(
                Iso20Common("MeteringConfirmationReq: SignedMeteringData (42300 Wh) signed with the contract key",
                    () => PncIso20Exchange.Instance.MeteringConfirmationRequest),
                () => PncIso20Exchange.Instance.CheckMeteringConfirmation()),
        ]);

    private static CheckedMessageStep Checked(RoundTripStep roundTrip, Func<IReadOnlyList<DemoCheck>> checks) => new(roundTrip, checks);
}
