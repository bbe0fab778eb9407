namespace V2G.Exi;

/// <summary>
/// An element of a decoded document that carries an ID-typed attribute, as the generated Id index finds it: the
/// Id a signature Reference names (<c>URI="#Id"</c>) and the element as a fragment, ready to be encoded and digested.
/// </summary>
/// <typeparam name="TFragment">The codec's fragment union.</typeparam>
/// <param name="Id">The value of the element's Id attribute.</param>
/// <param name="Fragment">The element, wrapped as a fragment of the codec's schema set.</param>
public readonly record struct ExiIdentifiedElement<TFragment>(string Id, TFragment Fragment);
