using System;
using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso20;
using V2G.Security.Signatures.Crypto;
using V2G.Security.Signatures.Engine;
using V2G.Security.Signatures.Iso20;

namespace V2G.Security.Signatures;

public static partial class V2GSignature
{
    private static readonly SecurityProfile[] Iso20Profiles = { SecurityProfile.Iso20Secp521, SecurityProfile.Iso20Ed448 };

    private static readonly FragmentCodec<CommonMessagesDocument, CommonMessagesFragment> Iso20Fragments = new(
        CommonMessagesCodec.GetIdentifiedElements,
        CommonMessagesCodec.EncodeFragment,
        fragment => fragment.Value,
        fragment => fragment.Name);

    /// <summary>Verifies the signature of an ISO 15118-20 CommonMessages message with the signer's certificate.</summary>
    /// <param name="document">The decoded message.</param>
    /// <param name="signerCertificate">The certificate whose key made the signature (contract, OEM provisioning, CPS or MO Sub-CA 2).</param>
    /// <param name="options">Expectations: the profile of the session, the SECC's GenChallenge for an AuthorizationReq.</param>
    public static SignatureVerificationResult Verify(CommonMessagesDocument document, X509Certificate2 signerCertificate, SignatureVerificationOptions? options = null) =>
        WithCertificate(() => Iso20SignedMessages.RuleOf(document).MessageName, signerCertificate, key => Verify(document, key, options));

    /// <summary>Verifies the signature of an ISO 15118-20 CommonMessages message with the signer's public key.</summary>
    /// <param name="document">The decoded message.</param>
    /// <param name="signerKey">The key that made the signature.</param>
    /// <param name="options">Expectations: the profile of the session, the SECC's GenChallenge for an AuthorizationReq.</param>
    public static SignatureVerificationResult Verify(CommonMessagesDocument document, SignatureVerificationKey signerKey, SignatureVerificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signerKey);
        return VerifyWith(document, signerKey, options);
    }

    /// <summary>
    /// Checks everything but the SignatureValue of an ISO 15118-20 message: the profile, the references the message
    /// type requires and their digests. For a message whose signer key is not at hand;
    /// <see cref="SignatureVerificationResult.SignatureChecked"/> is false.
    /// </summary>
    /// <param name="document">The decoded message.</param>
    /// <param name="options">Expectations: the profile of the session, the SECC's GenChallenge for an AuthorizationReq.</param>
    public static SignatureVerificationResult VerifyReferences(CommonMessagesDocument document, SignatureVerificationOptions? options = null) =>
        VerifyWith(document, null, options);

    private static SignatureVerificationResult VerifyWith(CommonMessagesDocument document, SignatureVerificationKey? signerKey, SignatureVerificationOptions? options)
    {
        var signature = document.Header?.Signature;
        return new SignatureVerifier<CommonMessagesDocument, CommonMessagesFragment>(Iso20Fragments, Iso20SignedMessages.RuleOf(document)).Verify(
            document,
            Iso20SignatureMapping.PartsOf(signature),
            () => Iso20SignatureMapping.Encode(signature!.SignedInfo),
            signerKey,
            options ?? SignatureVerificationOptions.Default,
            Iso20Profiles);
    }

    /// <summary>
    /// Signs what ISO 15118-20 signs in the message of <paramref name="document"/> and sets its header's Signature:
    /// elements without an Id get one (<c>ID1</c>, ...), References in document order with the profile's URIs.
    /// </summary>
    /// <param name="document">The message to sign (its content is changed in place).</param>
    /// <param name="signer">The signer of the key (P-521 or Ed448).</param>
    /// <exception cref="ArgumentException">The message holds nothing to sign, or the key belongs to no ISO 15118-20 profile.</exception>
    public static void Sign(CommonMessagesDocument document, IV2GSigner signer)
    {
        var suite = SignatureBuilder.SuiteOf(signer, Iso20Profiles);
        if (document.Value is not V2GMessageType message)
        {
            throw new ArgumentException("A " + document.Name.LocalName + " is no message with a header to carry a signature", nameof(document));
        }

        var rule = Iso20SignedMessages.RuleOf(document);
        var digests = SignatureBuilder.Digests(document, Iso20Fragments, rule, suite);
        var info = Iso20SignatureMapping.SignedInfo(suite, digests);
        byte[] signatureValue = signer.Sign(Iso20SignatureMapping.Encode(info));
        message.Header.Signature = new SignatureType { SignedInfo = info, SignatureValue = new SignatureValueType { Value = signatureValue } };
    }
}
