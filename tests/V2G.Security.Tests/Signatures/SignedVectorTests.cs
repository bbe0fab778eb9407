using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using V2G.Messages.Iso20;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using Xunit;

namespace V2G.Security.Tests.Signatures;

/// <summary>Every vector of ../shared/pnc/signed: verification, the four tampered copies, and signing reproduced byte for byte.</summary>
public sealed class SignedVectorTests
{
    public static IEnumerable<object[]> Vectors() => SignedVector.All().Select(v => new object[] { v.Set, v.Name });

    public static IEnumerable<object[]> TamperedCases() => SignedVector.All().SelectMany(v => new[]
    {
        new object[] { v.Set, v.Name, "field_changed", SignatureFailureReason.DigestMismatch },
        new object[] { v.Set, v.Name, "digest_mismatch", SignatureFailureReason.DigestMismatch },
        new object[] { v.Set, v.Name, "wrong_key", SignatureFailureReason.SignatureInvalid },
        new object[] { v.Set, v.Name, "signature_altered", SignatureFailureReason.SignatureInvalid },
    });

    [Fact]
    public void EveryVectorSetIsPresent()
    {
        var sets = SignedVector.All().GroupBy(v => v.Set).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(7, sets["iso2"]);
        Assert.Equal(5, sets["iso20"]);
        Assert.Equal(5, sets["iso20_ed448"]);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VerifiesWithTheCertificateTheVectorNames(string set, string name)
    {
        var vector = SignedVector.Load(set, name);
        var result = SignedMessages.Verify(vector, vector.MessageExi);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(vector.References.Count, result.References.Count);
        Assert.All(result.References, r => Assert.True(r.DigestMatches));
    }

    [Theory]
    [MemberData(nameof(TamperedCases))]
    public void TamperedCopyIsRejectedForItsReason(string set, string name, string kind, SignatureFailureReason expected)
    {
        var vector = SignedVector.Load(set, name);
        var result = SignedMessages.Verify(vector, vector.Tampered(kind));
        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Failure);
        if (expected == SignatureFailureReason.DigestMismatch)
        {
            Assert.StartsWith("#", result.ReferenceUri);
            Assert.Contains(result.ReferenceUri!, result.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("does not verify", result.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void SigningTheUnsignedMessageReproducesTheVector(string set, string name)
    {
        var vector = SignedVector.Load(set, name);
        var document = SignedMessages.Decode(vector, vector.MessageExi);
        SignedMessages.RemoveSignature(document);

        SignedMessages.Sign(document, V2GSigners.FromPem(vector.SignerKeyPem));

        var fragments = SignedMessages.Fragments(document).ToDictionary(f => f.Id, f => f.Fragment);
        foreach (var reference in vector.References)
        {
            Assert.Equal(Convert.ToHexString(reference.FragmentExi), Convert.ToHexString(fragments[reference.Id]));
        }

        Assert.Equal(Convert.ToHexString(vector.SignedInfoExi), Convert.ToHexString(SignedMessages.SignedInfoExi(document)));
        Assert.Equal(Convert.ToHexString(vector.SignatureValue), Convert.ToHexString(SignedMessages.SignatureValue(document)));
        Assert.Equal(Convert.ToHexString(vector.MessageExi), Convert.ToHexString(SignedMessages.Encode(document)));
    }

    [Fact]
    public void TheX448DhPublicKeyBreaksTheXsdFacetAndVerifiesWithLengthFacetsIgnored()
    {
        var vector = SignedVector.Load("iso20_ed448", "CertificateInstallationRes");
        // Decoding is lenient by default: the facet violation is reported by Validate and refused only when strict.
        Assert.Throws<ExiDecodeException>(() => CommonMessagesCodec.Decode(vector.MessageExi, ExiDecodeOptions.Strict, out _));
        var issue = Assert.Single(CommonMessagesCodec.Validate(CommonMessagesCodec.Decode(vector.MessageExi)));
        Assert.EndsWith("/DHPublicKey", issue.Path, System.StringComparison.Ordinal);
        Assert.Equal("length 133", issue.Rule);
        var document = CommonMessagesCodec.Decode(vector.MessageExi, ExiDecodeOptions.IgnoringLengthFacets, out _);
        Assert.Equal(57, ((CertificateInstallationResType)document.Value!).SignedInstallationData.DHPublicKey.Length);
        Assert.True(SignedMessages.Verify(vector, vector.MessageExi).IsValid);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public void FreshSignatureWithARandomKVerifies(string set)
    {
        var vector = SignedVector.Load(set, "CertificateInstallationReq");
        var document = SignedMessages.Decode(vector, vector.MessageExi);
        SignedMessages.RemoveSignature(document);
        IV2GSigner signer = set == "iso20_ed448"
            ? V2GSigners.FromPem(vector.SignerKeyPem)
            : new EcdsaSigner(LoadEcdsa(vector.SignerKeyPem));
        SignedMessages.Sign(document, signer);

        var reencoded = SignedMessages.Encode(document);
        var result = SignedMessages.Verify(vector, reencoded);
        Assert.True(result.IsValid, result.ToString());
    }

    private static System.Security.Cryptography.ECDsa LoadEcdsa(string pem)
    {
        var key = System.Security.Cryptography.ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }
}
