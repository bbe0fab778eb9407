using System;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security.Signatures.Crypto;
using V2G.Security.Signatures.Engine;
using V2G.Security.Signatures.Iso2;

namespace V2G.Security.Signatures;

public static partial class V2GSignature
{
    private static readonly SecurityProfile[] Iso2Profiles = { SecurityProfile.Iso2 };

    private static readonly FragmentCodec<Iso2Document, Iso2Fragment> Iso2Fragments = new(
        Iso2Codec.GetIdentifiedElements,
        Iso2Codec.EncodeFragment,
        fragment => fragment.Value,
        fragment => fragment.Name);

    /// <summary>Verifies the signature of an ISO 15118-2 message with the signer's certificate.</summary>
    /// <param name="document">The decoded message.</param>
    /// <param name="signerCertificate">The certificate whose key made the signature (contract, OEM provisioning, CPS or MO Sub-CA 2).</param>
    /// <param name="options">Expectations: the SECC's GenChallenge for an AuthorizationReq.</param>
    public static SignatureVerificationResult Verify(Iso2Document document, X509Certificate2 signerCertificate, SignatureVerificationOptions? options = null) =>
        WithCertificate(() => MessageNameOf(document), signerCertificate, key => Verify(document, key, options));

    /// <summary>Verifies the signature of an ISO 15118-2 message with the signer's public key.</summary>
    /// <param name="document">The decoded message.</param>
    /// <param name="signerKey">The key that made the signature.</param>
    /// <param name="options">Expectations: the SECC's GenChallenge for an AuthorizationReq.</param>
    public static SignatureVerificationResult Verify(Iso2Document document, SignatureVerificationKey signerKey, SignatureVerificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signerKey);
        return VerifyWith(document, signerKey, options);
    }

    /// <summary>
    /// Checks everything but the SignatureValue of an ISO 15118-2 message: the profile, the references the message
    /// type requires and their digests. For a message whose signer key is not at hand (a SalesTariff in a capture);
    /// <see cref="SignatureVerificationResult.SignatureChecked"/> is false.
    /// </summary>
    /// <param name="document">The decoded message.</param>
    /// <param name="options">Expectations: the SECC's GenChallenge for an AuthorizationReq.</param>
    public static SignatureVerificationResult VerifyReferences(Iso2Document document, SignatureVerificationOptions? options = null) =>
        VerifyWith(document, null, options);

    private static SignatureVerificationResult VerifyWith(Iso2Document document, SignatureVerificationKey? signerKey, SignatureVerificationOptions? options)
    {
        var message = document.V2G_Message;
        var rule = message == null ? SignedMessageRule<Iso2Fragment>.Unsigned(document.Name.LocalName) : Iso2SignedMessages.RuleOf(message);
        var signature = message?.Header?.Signature;
        return new SignatureVerifier<Iso2Document, Iso2Fragment>(Iso2Fragments, rule).Verify(
            document,
            Iso2SignatureMapping.PartsOf(signature),
            () => Iso2SignatureMapping.Encode(signature!.SignedInfo),
            signerKey,
            options ?? SignatureVerificationOptions.Default,
            Iso2Profiles);
    }

    /// <summary>
    /// Signs what ISO 15118-2 signs in <paramref name="message"/> and sets its header's Signature: elements without
    /// an Id get one (<c>ID1</c>, ...), References in document order with the profile's URIs.
    /// </summary>
    /// <param name="message">The message to sign (changed in place).</param>
    /// <param name="signer">The signer of the key (a P-256 key).</param>
    /// <exception cref="ArgumentException">The message holds nothing to sign, or the key is not a P-256 key.</exception>
    public static void Sign(V2G_Message message, IV2GSigner signer)
    {
        ArgumentNullException.ThrowIfNull(message);
        var suite = SignatureBuilder.SuiteOf(signer, Iso2Profiles);
        var rule = Iso2SignedMessages.RuleOf(message);
        var digests = SignatureBuilder.Digests(Iso2Document.FromV2G_Message(message), Iso2Fragments, rule, suite);
        var info = Iso2SignatureMapping.SignedInfo(suite, digests);
        byte[] signatureValue = signer.Sign(Iso2SignatureMapping.Encode(info));
        message.Header.Signature = new SignatureType { SignedInfo = info, SignatureValue = new SignatureValueType { Value = signatureValue } };
    }

    private static string MessageNameOf(Iso2Document document) =>
        document.V2G_Message is { } message ? Iso2SignedMessages.RuleOf(message).MessageName : document.Name.LocalName;
}
