using System;
using System.Collections.Generic;

namespace V2G.Security.Signatures.Engine;

/// <summary>
/// What the standard signs in one received message: its type, the elements that must be covered by exactly one
/// Reference each, and for an AuthorizationReq the GenChallenge that the signature binds.
/// </summary>
/// <typeparam name="TFragment">The codec's fragment union.</typeparam>
internal sealed record SignedMessageRule<TFragment>(string MessageName, IReadOnlyList<SignedElement<TFragment>> Elements, bool BindsGenChallenge, byte[]? GenChallenge)
{
    public static SignedMessageRule<TFragment> Unsigned(string messageName) => new(messageName, Array.Empty<SignedElement<TFragment>>(), false, null);
}
