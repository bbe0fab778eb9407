using System;
using V2G.Exi;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Tests.Signatures;

/// <summary>Decoding, verifying, signing and encoding a vector's message with the codec of its set.</summary>
public static class SignedMessages
{
    /// <summary>
    /// ISO-20 messages decode with length facets ignored: the Ed448 set's CertificateInstallationRes carries the 57-byte
    /// X448 DHPublicKey the standard's text requires in a type whose facet says 133 bytes.
    /// </summary>
    public static object Decode(SignedVector vector, byte[] exi) => vector.IsIso2
        ? Iso2Codec.Decode(exi)
        : CommonMessagesCodec.Decode(exi, ExiDecodeOptions.IgnoringLengthFacets, out _);

    public static SignatureVerificationResult Verify(object document, SignatureVerificationKey key, SignatureVerificationOptions? options = null) => document switch
    {
        Iso2Document d => V2GSignature.Verify(d, key, options ?? Offline),
        CommonMessagesDocument d => V2GSignature.Verify(d, key, options ?? Offline),
        _ => throw new ArgumentException("not a signed family", nameof(document)),
    };

    public static SignatureVerificationResult Verify(SignedVector vector, byte[] exi, SignatureVerificationOptions? options = null)
    {
        using var key = SignatureVerificationKey.FromCertificate(vector.Certificate);
        return Verify(Decode(vector, exi), key, options);
    }

    /// <summary>Verification without a GenChallenge to compare with (the vectors are offline captures).</summary>
    public static SignatureVerificationOptions Offline { get; } = new() { AllowUnboundGenChallenge = true };

    public static void RemoveSignature(object document)
    {
        switch (document)
        {
            case Iso2Document d:
                d.V2G_Message!.Header.Signature = null;
                break;
            case CommonMessagesDocument d:
                d.Header!.Signature = null;
                break;
        }
    }

    public static void Sign(object document, IV2GSigner signer)
    {
        switch (document)
        {
            case Iso2Document d:
                V2GSignature.Sign(d.V2G_Message!, signer);
                break;
            case CommonMessagesDocument d:
                V2GSignature.Sign(d, signer);
                break;
        }
    }

    public static byte[] Encode(object document) => document switch
    {
        Iso2Document d => Iso2Codec.Encode(d),
        CommonMessagesDocument d => CommonMessagesCodec.Encode(d, ExiEncodeOptions.IgnoringLengthFacets),
        _ => throw new ArgumentException("not a signed family", nameof(document)),
    };

    public static byte[] SignedInfoExi(object document) => document switch
    {
        Iso2Document d => V2G.Messages.Iso2.XmlDsigCodec.EncodeFragment(V2G.Messages.Iso2.XmlDsigFragment.FromSignedInfo(d.V2G_Message!.Header.Signature!.SignedInfo)),
        CommonMessagesDocument d => V2G.Messages.Iso20.XmlDsigCodec.EncodeFragment(V2G.Messages.Iso20.XmlDsigFragment.FromSignedInfo(d.Header!.Signature!.SignedInfo)),
        _ => throw new ArgumentException("not a signed family", nameof(document)),
    };

    public static byte[] SignatureValue(object document) => document switch
    {
        Iso2Document d => d.V2G_Message!.Header.Signature!.SignatureValue.Value,
        CommonMessagesDocument d => d.Header!.Signature!.SignatureValue.Value,
        _ => throw new ArgumentException("not a signed family", nameof(document)),
    };

    /// <summary>Each Reference's Id with the fragment EXI of the element it names.</summary>
    public static (string Id, byte[] Fragment)[] Fragments(object document) => document switch
    {
        Iso2Document d => Array.ConvertAll(Iso2Codec.GetIdentifiedElements(d).ToArray(), e => (e.Id, Iso2Codec.EncodeFragment(e.Fragment, ExiEncodeOptions.IgnoringLengthFacets))),
        CommonMessagesDocument d => Array.ConvertAll(CommonMessagesCodec.GetIdentifiedElements(d).ToArray(), e => (e.Id, CommonMessagesCodec.EncodeFragment(e.Fragment, ExiEncodeOptions.IgnoringLengthFacets))),
        _ => throw new ArgumentException("not a signed family", nameof(document)),
    };
}
