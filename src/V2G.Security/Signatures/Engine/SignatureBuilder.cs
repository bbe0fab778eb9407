using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Signatures.Engine;

/// <summary>
/// The family-neutral half of signing: Ids for the elements that lack one, and the digest of each element's EXI
/// fragment, in document order. The family code turns the result into its SignedInfo type and signs its EXI.
/// </summary>
internal static class SignatureBuilder
{
    public static IReadOnlyList<(string Uri, byte[] Digest)> Digests<TDocument, TFragment>(
        TDocument document,
        FragmentCodec<TDocument, TFragment> codec,
        SignedMessageRule<TFragment> rule,
        SignatureSuite suite)
    {
        if (rule.Elements.Count == 0)
        {
            throw new ArgumentException("A " + rule.MessageName + " holds nothing that ISO 15118 signs", nameof(document));
        }

        var taken = new HashSet<string>(codec.IdentifiedElements(document).Select(e => e.Id), StringComparer.Ordinal);
        var result = new List<(string, byte[])>();
        int next = 1;
        foreach (var element in rule.Elements)
        {
            string? id = element.Id;
            if (id == null)
            {
                while (!taken.Add("ID" + next))
                {
                    next++;
                }

                id = "ID" + next;
                element.AssignId(id);
            }

            byte[] fragment = codec.EncodeFragment(element.Fragment, ExiEncodeOptions.IgnoringLengthFacets);
            result.Add(("#" + id, suite.ComputeDigest(fragment)));
        }

        return result;
    }

    /// <summary>The signer's suite, checked against what the family allows.</summary>
    public static SignatureSuite SuiteOf(IV2GSigner signer, IReadOnlyList<SecurityProfile> familyProfiles)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (!familyProfiles.Contains(signer.Profile))
        {
            throw new ArgumentException("A " + signer.Profile + " key cannot sign messages of this family (it allows " + string.Join(", ", familyProfiles) + ")", nameof(signer));
        }

        return SignatureSuite.For(signer.Profile);
    }
}
