namespace V2G.Exi;

/// <summary>The kind of an <see cref="ExiError"/>, after the type of the exception it was captured from.</summary>
public enum ExiErrorKind
{
    /// <summary>A plain <see cref="ExiException"/>, neither an encode nor a decode error.</summary>
    General = 0,

    /// <summary>An <see cref="ExiEncodeException"/>: a value could not be encoded.</summary>
    Encode,

    /// <summary>An <see cref="ExiBufferTooSmallException"/>: the destination was too small.</summary>
    BufferTooSmall,

    /// <summary>An <see cref="ExiDecodeException"/>: the input is invalid.</summary>
    Decode,

    /// <summary>An <see cref="ExiEndOfStreamException"/>: the input was truncated.</summary>
    EndOfStream,

    /// <summary>An <see cref="ExiStringTableHitException"/>: a string-table hit that the V2G profile forbids.</summary>
    StringTableHit,
}
