using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso2;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// Signature verification of an ISO 15118-2 AuthorizationReq: the input is a (mutated) signed message. Whatever
/// decodes is verified; verification throws nothing, and it reports valid only if the signed content (the SignedInfo
/// and every referenced element, as their canonical EXI fragments) is exactly that of the original signed message.
/// Parts the signature does not cover (the SessionID) may change without invalidating it: that is the standard's rule.
/// </summary>
public sealed class Iso2SignatureTarget : IFuzzTarget
{
    /// <summary>A P-256 key made for this target only; deterministic ECDSA makes the signed message reproducible.</summary>
    private const string SignerPkcs8Hex =
        "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b02010104208470f623501e0fc28f481d49daafb9c4"
        + "accbb325eb290cb3bd8cba9b1fe23d3ba14403420004f1e41543866d1d300725b5982a3f00c4bf4b3fa83f5ffb1f9b7dd6d054"
        + "09205e0facdd2b26bf8874143e3683a62153b649d11db45d050add4360834e6a3b0823";

    private const string UnsignedXml =
        "<v2gci_d:V2G_Message xmlns:v2gci_d=\"urn:iso:15118:2:2013:MsgDef\" xmlns:v2gci_h=\"urn:iso:15118:2:2013:MsgHeader\" "
        + "xmlns:v2gci_b=\"urn:iso:15118:2:2013:MsgBody\"><v2gci_d:Header><v2gci_h:SessionID>4142434445464748</v2gci_h:SessionID>"
        + "</v2gci_d:Header><v2gci_d:Body><v2gci_b:AuthorizationReq v2gci_b:Id=\"ID1\">"
        + "<v2gci_b:GenChallenge>EBESExQVFhcYGRobHB0eHw==</v2gci_b:GenChallenge></v2gci_b:AuthorizationReq></v2gci_d:Body></v2gci_d:V2G_Message>";

    private static readonly SignatureVerificationOptions Offline = new() { AllowUnboundGenChallenge = true };

    private readonly SignatureVerificationKey key;
    private readonly byte[] signedContent;

    public Iso2SignatureTarget()
    {
        byte[] pkcs8 = Convert.FromHexString(SignerPkcs8Hex);
        using ECDsa ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        using X509Certificate2 certificate = new CertificateRequest("CN=fuzz signer", ecdsa, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        key = SignatureVerificationKey.FromCertificate(certificate);

        Iso2Document document = Iso2Codec.FromXml(UnsignedXml);
        V2GSignature.Sign(document.V2G_Message!, V2GSigners.FromPkcs8(pkcs8));
        SignedMessage = Iso2Codec.Encode(document);
        signedContent = SignedContent(Iso2Codec.Decode(SignedMessage))
            ?? throw new InvalidOperationException("the signed message has no signed content");
        if (!V2GSignature.Verify(Iso2Codec.Decode(SignedMessage), key, Offline).IsValid)
        {
            throw new InvalidOperationException("the target's own signed message does not verify");
        }
    }

    public string Name => "signature-iso2";

    /// <summary>The original signed message: the seed.</summary>
    public byte[] SignedMessage { get; }

    public void Run(ReadOnlySpan<byte> input)
    {
        if (!Iso2Codec.TryDecode(input, out Iso2Document document, out _))
        {
            return;
        }

        SignatureVerificationResult result = V2GSignature.Verify(document, key, Offline);
        if (!result.IsValid)
        {
            return;
        }

        byte[]? content = SignedContent(document);
        if (content is null || !content.AsSpan().SequenceEqual(signedContent))
        {
            throw new FuzzPropertyException($"{Name}: reported valid for changed signed content: {Convert.ToHexString(input)}");
        }
    }

    public IEnumerable<Seed> Seeds(SeedSource source) => [new Seed("AuthorizationReq-signed.exi", SignedMessage)];

    /// <summary>The SignedInfo fragment followed by each identified element's fragment; null if there is no signature.</summary>
    private static byte[]? SignedContent(Iso2Document document)
    {
        SignatureType? signature = document.V2G_Message?.Header.Signature;
        if (signature is null)
        {
            return null;
        }

        try
        {
            byte[] signedInfo = XmlDsigCodec.EncodeFragment(XmlDsigFragment.FromSignedInfo(signature.SignedInfo));
            IEnumerable<byte> elements = Iso2Codec.GetIdentifiedElements(document)
                .SelectMany(e => System.Text.Encoding.UTF8.GetBytes(e.Id).Concat(Iso2Codec.EncodeFragment(e.Fragment)));
            return [.. signedInfo, .. elements];
        }
        catch (ExiEncodeException)
        {
            return null;
        }
    }
}
