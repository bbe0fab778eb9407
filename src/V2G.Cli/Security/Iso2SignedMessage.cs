using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso2;
using V2G.Security.Certificates;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Cli.Security;

/// <summary>An ISO 15118-2 V2G_Message and the signer its body type has.</summary>
internal sealed class Iso2SignedMessage : ISignedMessage
{
    private const string Contract = "contract certificate";
    private readonly Iso2Document document;

    private Iso2SignedMessage(Iso2Document document)
    {
        this.document = document;
        BodyBaseType? body = document.V2G_Message?.Body?.BodyElement;
        MessageName = body is null ? document.Name.LocalName : NameOf(body);
        Signer = SignerOf(body);
    }

    /// <inheritdoc/>
    public string MessageName { get; }

    /// <inheritdoc/>
    public SignerCertificates Signer { get; }

    /// <summary>Decodes an EXI document.</summary>
    /// <param name="exi">The stream.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ExiDecodeException">The stream is malformed (with bit offset and element path).</exception>
    public static Iso2SignedMessage Decode(byte[] exi) => new(Iso2Codec.Decode(exi, ExiDecodeOptions.Default, out _));

    /// <summary>Reads the XML form.</summary>
    /// <param name="xml">The XML.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ExiXmlException">The XML breaks the schema.</exception>
    public static Iso2SignedMessage FromXml(string xml) => new(Iso2Codec.FromXml(xml));

    /// <inheritdoc/>
    public SignatureVerificationResult Verify(X509Certificate2 signer, SignatureVerificationOptions options) =>
        V2GSignature.Verify(document, signer, options);

    /// <inheritdoc/>
    public void Sign(IV2GSigner signer)
    {
        V2G_Message message = document.V2G_Message ?? throw new System.ArgumentException($"a {MessageName} is no V2G_Message with a header");
        V2GSignature.Sign(message, signer);
    }

    /// <inheritdoc/>
    public byte[] Encode() => Iso2Codec.Encode(document);

    /// <inheritdoc/>
    public string ToXml() => Iso2Codec.ToXml(document);

    private static SignerCertificates SignerOf(BodyBaseType? body) => body switch
    {
        AuthorizationReqType or MeteringReceiptReqType => SignerCertificates.NotCarried(CertificateRole.Contract, Contract),
        CertificateInstallationReqType r => SignerCertificates.Carried(
            CertificateRole.OemProvisioning, "OEM provisioning certificate", "OEMProvisioningCert", r.OEMProvisioningCert, null),
        CertificateUpdateReqType r => Chain(CertificateRole.Contract, Contract, "ContractSignatureCertChain", r.ContractSignatureCertChain),
        CertificateInstallationResType r => Cps(r.SAProvisioningCertificateChain),
        CertificateUpdateResType r => Cps(r.SAProvisioningCertificateChain),
        ChargeParameterDiscoveryResType => SignerCertificates.NotCarried(CertificateRole.TariffSigner, "MO Sub-CA 2 certificate"),
        _ => SignerCertificates.NotCarried(null, "no signer (not a signed message type)"),
    };

    private static SignerCertificates Cps(CertificateChainType chain) =>
        Chain(CertificateRole.Cps, "CPS certificate", "SAProvisioningCertificateChain", chain);

    private static SignerCertificates Chain(CertificateRole role, string description, string element, CertificateChainType chain) =>
        SignerCertificates.Carried(role, description, element, chain.Certificate, chain.SubCertificates?.Certificate.ToArray());

    private static string NameOf(BodyBaseType body)
    {
        string name = body.GetType().Name;
        return name.EndsWith("Type", System.StringComparison.Ordinal) ? name[..^4] : name;
    }
}
