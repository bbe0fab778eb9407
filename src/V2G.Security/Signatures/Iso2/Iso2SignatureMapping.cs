using System.Collections.Generic;
using System.Linq;
using V2G.Messages.Iso2;
using V2G.Security.Signatures.Engine;

namespace V2G.Security.Signatures.Iso2;

/// <summary>Between the ISO 15118-2 xmldsig types and the family-neutral signature parts.</summary>
internal static class Iso2SignatureMapping
{
    public static SignatureParts? PartsOf(SignatureType? signature)
    {
        if (signature == null)
        {
            return null;
        }

        var info = signature.SignedInfo;
        var references = info.Reference.Select(r => new ReferenceParts(
            r.URI,
            r.Transforms?.Transform.Select(t => (t.Algorithm, t.Items.Count)).ToList(),
            r.DigestMethod?.Algorithm ?? string.Empty,
            r.DigestValue ?? System.Array.Empty<byte>())).ToList();
        return new SignatureParts(
            info.Id,
            info.CanonicalizationMethod?.Algorithm ?? string.Empty,
            info.SignatureMethod?.Algorithm ?? string.Empty,
            info.SignatureMethod?.HMACOutputLength != null,
            references,
            signature.SignatureValue?.Value ?? System.Array.Empty<byte>(),
            signature.KeyInfo != null,
            signature.Object.Count);
    }

    public static SignedInfoType SignedInfo(SignatureSuite suite, IReadOnlyList<(string Uri, byte[] Digest)> digests)
    {
        var info = new SignedInfoType
        {
            CanonicalizationMethod = new CanonicalizationMethodType { Algorithm = SignatureAlgorithmUris.CanonicalExi },
            SignatureMethod = new SignatureMethodType { Algorithm = suite.SignatureMethod },
        };
        foreach (var (uri, digest) in digests)
        {
            info.Reference.Add(new ReferenceType
            {
                URI = uri,
                Transforms = new TransformsType { Transform = { new TransformType { Algorithm = SignatureAlgorithmUris.CanonicalExi } } },
                DigestMethod = new DigestMethodType { Algorithm = suite.DigestMethod },
                DigestValue = digest,
            });
        }

        return info;
    }

    public static byte[] Encode(SignedInfoType info) => XmlDsigCodec.EncodeFragment(XmlDsigFragment.FromSignedInfo(info));
}
