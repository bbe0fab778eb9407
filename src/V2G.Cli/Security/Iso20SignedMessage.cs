using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso20;
using V2G.Security.Certificates;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Cli.Security;

/// <summary>
/// An ISO 15118-20 CommonMessages message and the signer its type has. Decoding and encoding ignore length facets:
/// the X448 DHPublicKey of CertificateInstallationRes has 57 bytes although its XSD facet says 133.
/// </summary>
internal sealed class Iso20SignedMessage : ISignedMessage
{
    private const string Contract = "contract certificate";
    private readonly CommonMessagesDocument document;

    private Iso20SignedMessage(CommonMessagesDocument document)
    {
        this.document = document;
        MessageName = document.Name.LocalName;
        Signer = SignerOf(document.Value);
    }

    /// <inheritdoc/>
    public string MessageName { get; }

    /// <inheritdoc/>
    public SignerCertificates Signer { get; }

    /// <summary>Decodes an EXI document.</summary>
    /// <param name="exi">The stream.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ExiDecodeException">The stream is malformed (with bit offset and element path).</exception>
    public static Iso20SignedMessage Decode(byte[] exi) =>
        new(CommonMessagesCodec.Decode(exi, ExiDecodeOptions.IgnoringLengthFacets, out _));

    /// <summary>Reads the XML form.</summary>
    /// <param name="xml">The XML.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ExiXmlException">The XML breaks the schema.</exception>
    public static Iso20SignedMessage FromXml(string xml) => new(Iso20XmlReader.Read(xml));

    /// <inheritdoc/>
    public SignatureVerificationResult Verify(X509Certificate2 signer, SignatureVerificationOptions options) =>
        V2GSignature.Verify(document, signer, options);

    /// <inheritdoc/>
    public void Sign(IV2GSigner signer) => V2GSignature.Sign(document, signer);

    /// <inheritdoc/>
    public byte[] Encode() => CommonMessagesCodec.Encode(document, ExiEncodeOptions.IgnoringLengthFacets);

    /// <inheritdoc/>
    public string ToXml() => CommonMessagesCodec.ToXml(document);

    private static SignerCertificates SignerOf(object? value) => value switch
    {
        AuthorizationReqType { PnC_AReqAuthorizationMode: { } p } => SignerCertificates.Carried(
            CertificateRole.Contract, Contract, "ContractCertificateChain", p.ContractCertificateChain.Certificate,
            p.ContractCertificateChain.SubCertificates.Certificate.ToArray()),
        MeteringConfirmationReqType => SignerCertificates.NotCarried(CertificateRole.Contract, Contract),
        CertificateInstallationReqType r => SignerCertificates.Carried(
            CertificateRole.OemProvisioning, "OEM provisioning certificate", "OEMProvisioningCertificateChain",
            r.OEMProvisioningCertificateChain.Certificate, r.OEMProvisioningCertificateChain.SubCertificates?.Certificate.ToArray()),
        CertificateInstallationResType r => SignerCertificates.Carried(
            CertificateRole.Cps, "CPS certificate", "CPSCertificateChain", r.CPSCertificateChain.Certificate,
            r.CPSCertificateChain.SubCertificates?.Certificate.ToArray()),
        ScheduleExchangeResType => SignerCertificates.NotCarried(CertificateRole.TariffSigner, "MO Sub-CA 2 certificate"),
        _ => SignerCertificates.NotCarried(null, "no signer (not a signed message type)"),
    };
}
