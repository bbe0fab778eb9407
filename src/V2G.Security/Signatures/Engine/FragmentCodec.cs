using System;
using System.Collections.Generic;
using V2G.Exi;

namespace V2G.Security.Signatures.Engine;

/// <summary>The operations of a generated codec that signatures need, independent of the family.</summary>
/// <typeparam name="TDocument">The codec's document union.</typeparam>
/// <typeparam name="TFragment">The codec's fragment union.</typeparam>
internal sealed record FragmentCodec<TDocument, TFragment>(
    Func<TDocument, List<ExiIdentifiedElement<TFragment>>> IdentifiedElements,
    Func<TFragment, ExiEncodeOptions, byte[]> EncodeFragment,
    Func<TFragment, object?> ContentOf,
    Func<TFragment, ExiQualifiedName> NameOf);
