namespace V2G.Exi;

/// <summary>
/// A string value arrived as a string-table hit (prefix 0 or 1), which the V2G profile forbids: ISO 15118 and
/// DIN 70121 set valuePartitionCapacity = 0, so every value must be a literal. Streams from encoders that use a
/// string table can be decoded in lenient mode by giving the <see cref="ExiReader"/> an <see cref="ExiStringTable"/>.
/// </summary>
public sealed class ExiStringTableHitException : ExiDecodeException
{
    /// <summary>Creates the error for a local (prefix 0) or global (prefix 1) string-table hit.</summary>
    /// <param name="isGlobalHit"><see langword="true"/> for a global hit, <see langword="false"/> for a local hit.</param>
    /// <param name="bitOffset">Bit offset where the string value starts.</param>
    public ExiStringTableHitException(bool isGlobalHit, long bitOffset)
        : base(ComposeReason(isGlobalHit), bitOffset)
    {
        IsGlobalHit = isGlobalHit;
    }

    /// <summary><see langword="true"/> for a global value hit (prefix 1), <see langword="false"/> for a local one (prefix 0).</summary>
    public bool IsGlobalHit { get; }

    private static string ComposeReason(bool isGlobalHit) => isGlobalHit
        ? "String value is a global string-table hit (prefix 1), which the V2G profile forbids "
          + "(valuePartitionCapacity = 0: every value must be a literal); to accept streams from encoders that use "
          + "a string table, decode in lenient mode by giving the ExiReader an ExiStringTable"
        : "String value is a local string-table hit (prefix 0), which the V2G profile forbids "
          + "(valuePartitionCapacity = 0: every value must be a literal); to accept streams from encoders that use "
          + "a string table, decode in lenient mode by giving the ExiReader an ExiStringTable";
}
