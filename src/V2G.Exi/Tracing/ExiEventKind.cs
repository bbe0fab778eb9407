namespace V2G.Exi.Tracing;

/// <summary>The EXI event kinds (§4) that a V2G stream carries, as the explain trace names them.</summary>
public enum ExiEventKind
{
    /// <summary>SD: start of the document or fragment (0 bits).</summary>
    StartDocument,

    /// <summary>SE: start of an element.</summary>
    StartElement,

    /// <summary>AT: an attribute with its value.</summary>
    Attribute,

    /// <summary>CH: the characters (simple value) of an element.</summary>
    Characters,

    /// <summary>EE: end of an element.</summary>
    EndElement,

    /// <summary>ED: end of the document or fragment.</summary>
    EndDocument,
}
