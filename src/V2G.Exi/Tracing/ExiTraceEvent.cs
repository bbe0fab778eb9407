namespace V2G.Exi.Tracing;

/// <summary>
/// One event of an explained EXI stream: where its event code lies, which production of which grammar state it
/// selected and, for attributes and characters, where the value lies and how it is represented.
/// </summary>
public sealed class ExiTraceEvent
{
    internal ExiTraceEvent(
        long codeStart,
        int codeWidth,
        ExiEventKind kind,
        string qualifiedName,
        string elementPath,
        string grammarState,
        string eventCode,
        string valuesPerLevel)
    {
        CodeStart = codeStart;
        CodeWidth = codeWidth;
        Kind = kind;
        QualifiedName = qualifiedName;
        ElementPath = elementPath;
        GrammarState = grammarState;
        EventCode = eventCode;
        ValuesPerLevel = valuesPerLevel;
    }

    /// <summary>Bit offset of the event code (bit 0 = most significant bit of byte 0).</summary>
    public long CodeStart { get; }

    /// <summary>Width of the event code in bits (0 where the state has a single value).</summary>
    public int CodeWidth { get; }

    /// <summary>The event kind.</summary>
    public ExiEventKind Kind { get; }

    /// <summary>
    /// <c>{namespace}local</c> of the element (SE, EE, and the enclosing element for CH) or attribute (AT);
    /// <c>-</c> for SD and ED.
    /// </summary>
    public string QualifiedName { get; }

    /// <summary>
    /// The path of the element the event belongs to, e.g. <c>/V2G_Message/Body/SessionSetupReq</c>; attributes end in <c>/@Name</c>.
    /// </summary>
    public string ElementPath { get; }

    /// <summary>The name of the grammar state the event code was read in (e.g. <c>Start</c>, <c>AfterValue</c>).</summary>
    public string GrammarState { get; }

    /// <summary>The event code as in the EXI specification: one part per level, separated by <c>.</c> (e.g. <c>3</c>, <c>2.0</c>).</summary>
    public string EventCode { get; }

    /// <summary>Per level, the number of values of the state's event codes (the first level counts the escape to the second).</summary>
    public string ValuesPerLevel { get; }

    /// <summary>First bit of the value (AT and CH), or -1.</summary>
    public long ValueStart { get; internal set; } = -1;

    /// <summary>The first bit after the value (AT and CH), or -1.</summary>
    public long ValueEnd { get; internal set; } = -1;

    /// <summary>
    /// The EXI datatype family of the value, as the reference traces name it (e.g. <c>STRING</c>, <c>NBIT_UNSIGNED_INTEGER</c>);
    /// null without a value.
    /// </summary>
    public string? Datatype { get; internal set; }

    /// <summary>How the value is encoded, e.g. <c>unsigned 7-bit groups</c>, <c>n-bit 4 offset -512</c>, <c>string literal length 25</c>.</summary>
    public string? Representation { get; internal set; }

    /// <summary>The value in its XML lexical form; null without a value.</summary>
    public string? Value { get; internal set; }

    /// <summary>The first bit after the event: the value's end, or the end of the event code.</summary>
    public long End => ValueEnd >= 0 ? ValueEnd : CodeStart + CodeWidth;

    /// <summary>The event in the trace's one-line form.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => ExiTraceText.Line(this);
}
