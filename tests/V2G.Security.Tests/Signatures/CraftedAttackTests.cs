using System;
using System.Linq;
using V2G.Messages.Iso2;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Security.Tests.Signatures;

/// <summary>
/// Attacks on a signed message that a naive verifier accepts: each is built from a valid vector, re-signed with the
/// right key where the attack needs a valid signature, and must be refused for its own reason.
/// </summary>
public sealed class CraftedAttackTests
{
    private static readonly SignedVector Authorization = SignedVector.Load("iso2", "AuthorizationReq");

    private static (Iso2Document Document, V2G_Message Message) Decode(SignedVector vector)
    {
        var document = Iso2Codec.Decode(vector.MessageExi);
        return (document, document.V2G_Message!);
    }

    private static SignatureVerificationResult Verify(SignedVector vector, Iso2Document document, SignatureVerificationOptions? options = null)
    {
        using var key = SignatureVerificationKey.FromCertificate(vector.Certificate);
        return V2GSignature.Verify(Iso2Codec.Decode(Iso2Codec.Encode(document)), key, options ?? SignedMessages.Offline);
    }

    /// <summary>Re-signs SignedInfo as it stands (with whatever the attack put into it) with the vector's key.</summary>
    private static void Resign(SignedVector vector, V2G_Message message)
    {
        var signature = message.Header.Signature!;
        byte[] signedInfo = XmlDsigCodec.EncodeFragment(XmlDsigFragment.FromSignedInfo(signature.SignedInfo));
        signature.SignatureValue.Value = V2GSigners.FromPem(vector.SignerKeyPem).Sign(signedInfo);
    }

    [Fact]
    public void The_unaltered_message_verifies_so_each_refusal_is_the_attack()
    {
        var (document, _) = Decode(Authorization);
        Assert.True(Verify(Authorization, document).IsValid);
    }

    [Fact]
    public void A_second_element_with_the_signed_id_is_refused()
    {
        // The CertificateInstallationRes signs its four contract elements; an attacker gives the unsigned
        // SAProvisioningCertificateChain the Id of the signed ContractSignatureCertChain.
        var vector = SignedVector.Load("iso2", "CertificateInstallationRes");
        var (document, message) = Decode(vector);
        var response = (CertificateInstallationResType)message.Body.BodyElement!;
        response.SAProvisioningCertificateChain.Id = response.ContractSignatureCertChain.Id;

        var result = Verify(vector, document);
        Assert.Equal(SignatureFailureReason.DuplicateId, result.Failure);
        Assert.Contains("'" + response.ContractSignatureCertChain.Id + "'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_element_other_than_the_required_one_is_refused_even_if_it_verifies()
    {
        // Signed: the CPS's SAProvisioningCertificateChain (not a contract element) under a fresh Id, digest right,
        // SignedInfo re-signed: the signature is cryptographically fine but covers the wrong element.
        var vector = SignedVector.Load("iso2", "CertificateInstallationRes");
        var (document, message) = Decode(vector);
        var response = (CertificateInstallationResType)message.Body.BodyElement!;
        response.SAProvisioningCertificateChain.Id = "other";
        var reference = message.Header.Signature!.SignedInfo.Reference[0];
        reference.URI = "#other";
        reference.DigestValue = SignatureSuite.Iso2.ComputeDigest(Iso2Codec.EncodeFragment(Iso2Fragment.FromSAProvisioningCertificateChain(response.SAProvisioningCertificateChain)));
        Resign(vector, message);

        var result = Verify(vector, document);
        Assert.Equal(SignatureFailureReason.UnexpectedReference, result.Failure);
        Assert.Contains("SAProvisioningCertificateChain", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authorization_req_whose_signature_does_not_cover_the_authorization_req_is_refused()
    {
        // Its one reference names the header's own SignatureValue (the only other element with an Id), digest and
        // signature valid: the AuthorizationReq itself is not covered.
        var (document, message) = Decode(Authorization);
        var signature = message.Header.Signature!;
        signature.SignatureValue.Id = "sv";
        var reference = signature.SignedInfo.Reference[0];
        reference.URI = "#sv";
        reference.DigestValue = SignatureSuite.Iso2.ComputeDigest(Iso2Codec.EncodeFragment(Iso2Fragment.FromSignatureValue(signature.SignatureValue)));
        Resign(Authorization, message);

        var result = Verify(Authorization, document);
        Assert.Equal(SignatureFailureReason.UnexpectedReference, result.Failure);
    }

    [Fact]
    public void A_missing_reference_is_refused()
    {
        var vector = SignedVector.Load("iso2", "CertificateInstallationRes");
        var (document, message) = Decode(vector);
        message.Header.Signature!.SignedInfo.Reference.RemoveAt(3);
        Resign(vector, message);

        var result = Verify(vector, document);
        Assert.Equal(SignatureFailureReason.MissingReference, result.Failure);
        Assert.Contains("eMAID", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_given_twice_is_refused()
    {
        var (document, message) = Decode(Authorization);
        var info = message.Header.Signature!.SignedInfo;
        var copy = info.Reference[0];
        info.Reference.Add(new ReferenceType { URI = copy.URI, Transforms = copy.Transforms, DigestMethod = copy.DigestMethod, DigestValue = copy.DigestValue });
        Resign(Authorization, message);

        Assert.Equal(SignatureFailureReason.DuplicateReference, Verify(Authorization, document).Failure);
    }

    [Fact]
    public void A_second_transform_is_refused()
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.SignedInfo.Reference[0].Transforms!.Transform.Add(new TransformType { Algorithm = SignatureAlgorithmUris.CanonicalExi });
        Resign(Authorization, message);

        var result = Verify(Authorization, document);
        Assert.Equal(SignatureFailureReason.TransformCount, result.Failure);
        Assert.Contains("2 Transforms", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_without_transforms_is_refused()
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.SignedInfo.Reference[0].Transforms = null;
        Resign(Authorization, message);

        Assert.Equal(SignatureFailureReason.TransformCount, Verify(Authorization, document).Failure);
    }

    [Theory]
    [InlineData("http://www.w3.org/2000/09/xmldsig#enveloped-signature")]
    [InlineData("http://www.w3.org/2001/10/xml-exc-c14n#")]
    public void A_transform_other_than_canonical_exi_is_refused(string algorithm)
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.SignedInfo.Reference[0].Transforms!.Transform[0].Algorithm = algorithm;
        Resign(Authorization, message);

        var result = Verify(Authorization, document);
        Assert.Equal(SignatureFailureReason.CanonicalizationNotAllowed, result.Failure);
        Assert.Contains(algorithm, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SignatureAlgorithmUris.EcdsaSha512)]
    [InlineData(SignatureAlgorithmUris.Ed448)]
    [InlineData("http://www.w3.org/2000/09/xmldsig#rsa-sha1")]
    public void A_signature_method_of_another_profile_is_refused(string algorithm)
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.SignedInfo.SignatureMethod.Algorithm = algorithm;
        Resign(Authorization, message);

        var result = Verify(Authorization, document);
        Assert.Equal(SignatureFailureReason.SignatureMethodNotAllowed, result.Failure);
        Assert.Contains(algorithm, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SignatureAlgorithmUris.Sha512)]
    [InlineData(SignatureAlgorithmUris.Shake256)]
    [InlineData("http://www.w3.org/2000/09/xmldsig#sha1")]
    public void A_digest_method_of_another_profile_is_refused(string algorithm)
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.SignedInfo.Reference[0].DigestMethod.Algorithm = algorithm;
        Resign(Authorization, message);

        var result = Verify(Authorization, document);
        Assert.Equal(SignatureFailureReason.DigestMethodNotAllowed, result.Failure);
        Assert.Contains(algorithm, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iso20_signature_mixing_profiles_is_refused()
    {
        // ecdsa-sha512 with a SHAKE256 digest: both URIs are ISO 15118-20 ones, but of two profiles.
        var vector = SignedVector.Load("iso20", "AuthorizationReq");
        var document = (Iso20.CommonMessagesDocument)SignedMessages.Decode(vector, vector.MessageExi);
        document.Header!.Signature!.SignedInfo.Reference[0].DigestMethod.Algorithm = SignatureAlgorithmUris.Shake256;

        using var key = SignatureVerificationKey.FromCertificate(vector.Certificate);
        var result = V2GSignature.Verify(document, key, SignedMessages.Offline);
        Assert.Equal(SignatureFailureReason.DigestMethodNotAllowed, result.Failure);
    }

    [Fact]
    public void A_session_profile_excludes_the_other_iso20_profile()
    {
        var vector = SignedVector.Load("iso20_ed448", "MeteringConfirmationReq");
        using var key = SignatureVerificationKey.FromCertificate(vector.Certificate);
        var document = (Iso20.CommonMessagesDocument)SignedMessages.Decode(vector, vector.MessageExi);
        var options = new SignatureVerificationOptions { Profile = SecurityProfile.Iso20Secp521 };
        Assert.Equal(SignatureFailureReason.SignatureMethodNotAllowed, V2GSignature.Verify(document, key, options).Failure);
        Assert.True(V2GSignature.Verify(document, key, new SignatureVerificationOptions { Profile = SecurityProfile.Iso20Ed448 }).IsValid);
    }

    [Fact]
    public void A_signed_info_with_an_id_is_refused()
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.SignedInfo.Id = "si";
        Resign(Authorization, message);

        var result = Verify(Authorization, document);
        Assert.Equal(SignatureFailureReason.ForbiddenSignatureContent, result.Failure);
        Assert.Contains("SignedInfo carries an Id", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_info_is_refused()
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.KeyInfo = new KeyInfoType { Items = { new KeyInfoTypeItem { KeyName = "contract" } } };

        var result = Verify(Authorization, document);
        Assert.Equal(SignatureFailureReason.ForbiddenSignatureContent, result.Failure);
        Assert.Contains("KeyInfo", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_uri_that_is_not_a_same_document_id_is_refused()
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature!.SignedInfo.Reference[0].URI = "#xpointer(/)";
        Resign(Authorization, message);

        Assert.Equal(SignatureFailureReason.ReferenceUriMalformed, Verify(Authorization, document).Failure);
    }

    [Fact]
    public void An_authorization_req_signed_over_another_gen_challenge_is_refused()
    {
        var (document, message) = Decode(Authorization);
        byte[] signedChallenge = ((AuthorizationReqType)message.Body.BodyElement!).GenChallenge!;
        byte[] sentChallenge = signedChallenge.ToArray();
        sentChallenge[0] ^= 0x01;

        var result = Verify(Authorization, document, new SignatureVerificationOptions { ExpectedGenChallenge = sentChallenge });
        Assert.Equal(SignatureFailureReason.GenChallengeMismatch, result.Failure);
        Assert.Contains(Convert.ToHexString(sentChallenge), result.Message, StringComparison.Ordinal);

        var bound = Verify(Authorization, document, new SignatureVerificationOptions { ExpectedGenChallenge = signedChallenge });
        Assert.True(bound.IsValid, bound.ToString());
        Assert.True(bound.GenChallengeChecked);
    }

    [Fact]
    public void An_authorization_req_without_the_expected_gen_challenge_is_refused_unless_opted_out()
    {
        var (document, _) = Decode(Authorization);
        Assert.Equal(SignatureFailureReason.GenChallengeNotProvided, Verify(Authorization, document, SignatureVerificationOptions.Default).Failure);
        var offline = Verify(Authorization, document, SignedMessages.Offline);
        Assert.True(offline.IsValid);
        Assert.False(offline.GenChallengeChecked);
        Assert.Contains("GenChallenge not checked", offline.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iso20_authorization_req_signed_over_another_gen_challenge_is_refused()
    {
        var vector = SignedVector.Load("iso20", "AuthorizationReq");
        var document = (Iso20.CommonMessagesDocument)SignedMessages.Decode(vector, vector.MessageExi);
        byte[] challenge = ((Iso20.AuthorizationReqType)document.Value!).PnC_AReqAuthorizationMode!.GenChallenge.ToArray();
        challenge[^1] ^= 0x80;
        using var key = SignatureVerificationKey.FromCertificate(vector.Certificate);
        Assert.Equal(SignatureFailureReason.GenChallengeMismatch, V2GSignature.Verify(document, key, new SignatureVerificationOptions { ExpectedGenChallenge = challenge }).Failure);
    }

    [Fact]
    public void A_key_of_another_profile_is_refused_before_any_crypto()
    {
        var vector = SignedVector.Load("iso20", "AuthorizationReq");
        var (document, _) = Decode(Authorization);
        var result = V2GSignature.Verify(document, vector.Certificate, SignedMessages.Offline);
        Assert.Equal(SignatureFailureReason.KeyAlgorithmMismatch, result.Failure);
        Assert.Contains("P-521", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_message_and_a_message_type_that_is_never_signed_are_refused()
    {
        var (document, message) = Decode(Authorization);
        message.Header.Signature = null;
        Assert.Equal(SignatureFailureReason.MissingSignature, Verify(Authorization, document).Failure);

        message.Body.BodyElement = new SessionStopReqType { ChargingSession = ChargingSessionType.Terminate };
        Assert.Equal(SignatureFailureReason.NotASignedMessage, Verify(Authorization, document).Failure);
    }
}
