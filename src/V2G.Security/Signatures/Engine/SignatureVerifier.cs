using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using V2G.Exi;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Signatures.Engine;

/// <summary>
/// The verification pipeline of a signed V2G message, the same for every family: profile (algorithm URIs, one
/// Transform, no SignedInfo Id / KeyInfo / Object), signer key, Ids, references against what the message type
/// signs, GenChallenge, digests, signature. The first failure wins; nothing is accepted by default.
/// </summary>
internal sealed class SignatureVerifier<TDocument, TFragment>
{
    private readonly FragmentCodec<TDocument, TFragment> codec;
    private readonly SignedMessageRule<TFragment> rule;
    private readonly List<ReferenceCheck> checks = new();
    private SecurityProfile? profile;

    public SignatureVerifier(FragmentCodec<TDocument, TFragment> codec, SignedMessageRule<TFragment> rule)
    {
        this.codec = codec;
        this.rule = rule;
    }

    public SignatureVerificationResult Verify(
        TDocument document,
        SignatureParts? signature,
        Func<byte[]> encodeSignedInfo,
        SignatureVerificationKey? key,
        SignatureVerificationOptions options,
        IReadOnlyList<SecurityProfile> familyProfiles)
    {
        if (rule.Elements.Count == 0)
        {
            return Fail(SignatureFailureReason.NotASignedMessage, "A " + rule.MessageName + " holds nothing that ISO 15118 signs");
        }

        if (signature == null)
        {
            return Fail(SignatureFailureReason.MissingSignature, "The " + rule.MessageName + " carries no Signature in its header");
        }

        var suite = SignatureSuite.FromSignatureMethod(signature.SignatureMethod);
        var allowed = familyProfiles.Where(p => options.Profile == null || options.Profile == p).ToList();
        if (suite == null || !allowed.Contains(suite.Profile))
        {
            string expected = string.Join(" or ", allowed.Select(p => SignatureSuite.For(p).SignatureMethod));
            return Fail(SignatureFailureReason.SignatureMethodNotAllowed, "SignatureMethod '" + signature.SignatureMethod + "' is not allowed here (expected " + expected + ")");
        }

        profile = suite.Profile;
        var failure = CheckProfile(signature, suite) ?? (key == null ? null : CheckKey(suite, key));
        if (failure != null)
        {
            return failure;
        }

        var ids = codec.IdentifiedElements(document);
        var resolved = new List<(string Uri, ExiIdentifiedElement<TFragment> Element, byte[] DigestValue)>();
        failure = CheckIds(ids) ?? ResolveReferences(signature, ids, resolved) ?? CheckCoverage(resolved);
        if (failure != null)
        {
            return failure;
        }

        bool genChallengeChecked = false;
        if (rule.BindsGenChallenge)
        {
            failure = CheckGenChallenge(options, out genChallengeChecked);
            if (failure != null)
            {
                return failure;
            }
        }

        failure = CheckDigests(resolved, suite) ?? (key == null ? null : CheckSignature(signature, encodeSignedInfo, suite, key));
        if (failure != null)
        {
            return failure;
        }

        string references = checks.Count + (checks.Count == 1 ? " reference" : " references");
        string what = key == null
            ? references + " verify; the SignatureValue was not verified (no signer key)"
            : references + " and the signature verify with the " + key.Description;
        if (rule.BindsGenChallenge)
        {
            what += genChallengeChecked ? "; GenChallenge matches" : "; GenChallenge not checked";
        }

        return new SignatureVerificationResult(rule.MessageName, profile, null, what, null, checks, genChallengeChecked, signatureChecked: key != null);
    }

    private SignatureVerificationResult? CheckProfile(SignatureParts signature, SignatureSuite suite)
    {
        if (signature.CanonicalizationMethod != SignatureAlgorithmUris.CanonicalExi)
        {
            return Fail(SignatureFailureReason.CanonicalizationNotAllowed, "CanonicalizationMethod '" + signature.CanonicalizationMethod + "' is not canonical EXI (" + SignatureAlgorithmUris.CanonicalExi + ")");
        }

        if (signature.SignatureMethodHasParameters)
        {
            return Fail(SignatureFailureReason.SignatureMethodNotAllowed, "SignatureMethod carries HMACOutputLength, which no V2G profile uses");
        }

        if (signature.SignedInfoId != null)
        {
            return Fail(SignatureFailureReason.ForbiddenSignatureContent, "SignedInfo carries an Id ('" + signature.SignedInfoId + "'), which ISO 15118 forbids ([V2G2-771], [V2G20-771])");
        }

        if (signature.HasKeyInfo || signature.ObjectCount > 0)
        {
            return Fail(SignatureFailureReason.ForbiddenSignatureContent, "The Signature carries " + (signature.HasKeyInfo ? "a KeyInfo" : "an Object") + ", which ISO 15118 forbids ([V2G2-771], [V2G20-771])");
        }

        if (signature.References.Count == 0)
        {
            return Fail(SignatureFailureReason.MissingReference, "SignedInfo has no Reference");
        }

        foreach (var reference in signature.References)
        {
            string uri = reference.Uri ?? "(no URI)";
            if (reference.Uri is not { Length: > 1 } || reference.Uri[0] != '#' || !IsIdReference(reference.Uri.AsSpan(1)))
            {
                return Fail(SignatureFailureReason.ReferenceUriMalformed, "Reference URI '" + uri + "' is not a same-document reference '#Id'", uri);
            }

            int transforms = reference.Transforms?.Count ?? 0;
            if (transforms != 1)
            {
                return Fail(SignatureFailureReason.TransformCount, "Reference " + uri + " has " + transforms + " Transforms; ISO 15118 requires exactly one ([V2G2-767], [V2G20-767])", uri);
            }

            var (algorithm, items) = reference.Transforms![0];
            if (algorithm != SignatureAlgorithmUris.CanonicalExi || items > 0)
            {
                string problem = items > 0 ? "carries parameters" : "is '" + algorithm + "'";
                return Fail(SignatureFailureReason.CanonicalizationNotAllowed, "The Transform of Reference " + uri + " " + problem + "; only canonical EXI (" + SignatureAlgorithmUris.CanonicalExi + ") is allowed", uri);
            }

            if (reference.DigestMethod != suite.DigestMethod)
            {
                return Fail(SignatureFailureReason.DigestMethodNotAllowed, "DigestMethod '" + reference.DigestMethod + "' of Reference " + uri + " does not belong to SignatureMethod " + suite.SignatureMethod + " (expected " + suite.DigestMethod + ")", uri);
            }
        }

        return null;
    }

    /// <summary>An NCName-like Id: no XPointer expressions or further fragments.</summary>
    private static bool IsIdReference(ReadOnlySpan<char> id)
    {
        foreach (char c in id)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return !char.IsDigit(id[0]) && id[0] is not '-' and not '.';
    }

    private SignatureVerificationResult? CheckKey(SignatureSuite suite, SignatureVerificationKey key) =>
        key.Profile == suite.Profile
            ? null
            : Fail(SignatureFailureReason.KeyAlgorithmMismatch, "SignatureMethod " + suite.SignatureMethod + " needs a key of profile " + suite.Profile + "; the signer key is the " + key.Description);

    private SignatureVerificationResult? CheckIds(List<ExiIdentifiedElement<TFragment>> ids)
    {
        var seen = new Dictionary<string, ExiIdentifiedElement<TFragment>>(StringComparer.Ordinal);
        foreach (var element in ids)
        {
            if (seen.TryGetValue(element.Id, out var first))
            {
                return Fail(SignatureFailureReason.DuplicateId, "The Id '" + element.Id + "' is carried by two elements (" + codec.NameOf(first.Fragment) + " and " + codec.NameOf(element.Fragment) + "): the signed element is ambiguous", "#" + element.Id);
            }

            seen.Add(element.Id, element);
        }

        return null;
    }

    private SignatureVerificationResult? ResolveReferences(SignatureParts signature, List<ExiIdentifiedElement<TFragment>> ids, List<(string, ExiIdentifiedElement<TFragment>, byte[])> resolved)
    {
        var covered = new HashSet<object>(ReferenceEqualityComparer.Instance);
        string signs = string.Join(", ", rule.Elements.Select(e => e.Name));
        foreach (var reference in signature.References)
        {
            string uri = reference.Uri!;
            string id = uri.Substring(1);
            int index = ids.FindIndex(e => e.Id == id);
            if (index < 0)
            {
                return Fail(SignatureFailureReason.ReferenceNotFound, "Reference " + uri + " names no element of the message", uri);
            }

            var element = ids[index];
            object? content = codec.ContentOf(element.Fragment);
            if (!rule.Elements.Any(e => ReferenceEquals(e.Content, content)))
            {
                return Fail(SignatureFailureReason.UnexpectedReference, "Reference " + uri + " names " + codec.NameOf(element.Fragment) + ", which a " + rule.MessageName + " signature does not cover (it covers " + signs + ")", uri);
            }

            if (!covered.Add(content!))
            {
                return Fail(SignatureFailureReason.DuplicateReference, "Reference " + uri + " names " + codec.NameOf(element.Fragment) + " a second time", uri);
            }

            resolved.Add((uri, element, reference.DigestValue));
        }

        return null;
    }

    private SignatureVerificationResult? CheckCoverage(List<(string Uri, ExiIdentifiedElement<TFragment> Element, byte[] DigestValue)> resolved)
    {
        foreach (var required in rule.Elements)
        {
            if (!resolved.Any(r => ReferenceEquals(codec.ContentOf(r.Element.Fragment), required.Content)))
            {
                string why = required.Id == null ? " has no Id, so no Reference can cover it" : " (#" + required.Id + ") is covered by no Reference";
                return Fail(SignatureFailureReason.MissingReference, "The signed element " + required.Name + " of the " + rule.MessageName + why);
            }
        }

        return null;
    }

    private SignatureVerificationResult? CheckGenChallenge(SignatureVerificationOptions options, out bool genChallengeChecked)
    {
        genChallengeChecked = false;
        if (options.ExpectedGenChallenge is not { } expected)
        {
            return options.AllowUnboundGenChallenge
                ? null
                : Fail(SignatureFailureReason.GenChallengeNotProvided, "An AuthorizationReq is bound to the GenChallenge the SECC sent, and none was given to compare with");
        }

        if (rule.GenChallenge == null || !CryptographicOperations.FixedTimeEquals(rule.GenChallenge, expected.Span))
        {
            string found = rule.GenChallenge == null ? "no GenChallenge" : "GenChallenge " + Convert.ToHexString(rule.GenChallenge);
            return Fail(SignatureFailureReason.GenChallengeMismatch, "The AuthorizationReq carries " + found + ", not the " + Convert.ToHexString(expected.Span) + " the SECC sent");
        }

        genChallengeChecked = true;
        return null;
    }

    private SignatureVerificationResult? CheckDigests(List<(string Uri, ExiIdentifiedElement<TFragment> Element, byte[] DigestValue)> resolved, SignatureSuite suite)
    {
        foreach (var (uri, element, digestValue) in resolved)
        {
            byte[] fragment;
            try
            {
                // What was received is digested as it was sent, also where the standard contradicts its XSD's length facets.
                fragment = codec.EncodeFragment(element.Fragment, ExiEncodeOptions.IgnoringLengthFacets);
            }
            catch (ExiEncodeException e)
            {
                return Fail(SignatureFailureReason.EncodingFailed, "The element of Reference " + uri + " cannot be encoded as an EXI fragment: " + e.Message, uri);
            }

            byte[] digest = suite.ComputeDigest(fragment);
            bool matches = digestValue.Length == digest.Length && CryptographicOperations.FixedTimeEquals(digest, digestValue);
            string name = codec.NameOf(element.Fragment).ToString();
            checks.Add(new ReferenceCheck(uri, name, matches));
            if (!matches)
            {
                string detail = digestValue.Length == digest.Length ? string.Empty : " (DigestValue has " + digestValue.Length + " bytes, " + suite.DigestMethod + " gives " + digest.Length + ")";
                return Fail(SignatureFailureReason.DigestMismatch, "The digest of Reference " + uri + " (" + name + ", " + fragment.Length + " bytes of EXI fragment) does not match its DigestValue" + detail, uri);
            }
        }

        return null;
    }

    private SignatureVerificationResult? CheckSignature(SignatureParts signature, Func<byte[]> encodeSignedInfo, SignatureSuite suite, SignatureVerificationKey key)
    {
        byte[] signedInfo;
        try
        {
            signedInfo = encodeSignedInfo();
        }
        catch (ExiEncodeException e)
        {
            return Fail(SignatureFailureReason.EncodingFailed, "SignedInfo cannot be encoded as an xmldsig EXI fragment: " + e.Message);
        }

        if (signature.SignatureValue.Length != suite.SignatureLength)
        {
            return Fail(SignatureFailureReason.SignatureInvalid, "The SignatureValue has " + signature.SignatureValue.Length + " bytes; " + suite.Profile + " signatures have " + suite.SignatureLength);
        }

        return key.Verify(signedInfo, signature.SignatureValue)
            ? null
            : Fail(SignatureFailureReason.SignatureInvalid, "The SignatureValue does not verify over SignedInfo with the " + key.Description);
    }

    private SignatureVerificationResult Fail(SignatureFailureReason reason, string message, string? uri = null) =>
        new(rule.MessageName, profile, reason, message, uri, checks, genChallengeChecked: false, signatureChecked: false);
}
