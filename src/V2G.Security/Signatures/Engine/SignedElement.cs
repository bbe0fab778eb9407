using System;

namespace V2G.Security.Signatures.Engine;

/// <summary>An element that the standard signs in a message type, as found in the message.</summary>
/// <typeparam name="TFragment">The codec's fragment union.</typeparam>
/// <param name="Name">The element's local name, for messages.</param>
/// <param name="Id">Its Id attribute, or null when it has none (and so cannot be referenced).</param>
/// <param name="Content">The element's object: references are matched by identity, not by equal content.</param>
/// <param name="Fragment">The element as a fragment of the message's schema set.</param>
/// <param name="AssignId">Sets the element's Id (a signer gives an Id to an element that has none).</param>
internal sealed record SignedElement<TFragment>(string Name, string? Id, object Content, TFragment Fragment, Action<string> AssignId);
