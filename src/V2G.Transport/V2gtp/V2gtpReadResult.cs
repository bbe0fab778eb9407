namespace V2G.Transport.V2gtp;

/// <summary>The outcome of reading from a stream: a frame, the clean end of the stream, or an error.</summary>
public readonly struct V2gtpReadResult
{
    private V2gtpReadResult(bool hasFrame, V2gtpFrame frame, V2gtpError? error)
    {
        HasFrame = hasFrame;
        Frame = frame;
        Error = error;
    }

    /// <summary>Whether a frame was read (<see cref="Frame"/> holds it).</summary>
    public bool HasFrame { get; }

    /// <summary>The frame read, when <see cref="HasFrame"/>.</summary>
    public V2gtpFrame Frame { get; }

    /// <summary>Why the stream cannot be read further, or <see langword="null"/>.</summary>
    public V2gtpError? Error { get; }

    /// <summary>Whether the stream ended cleanly, right after a complete frame (or before any byte).</summary>
    public bool IsEndOfStream => !HasFrame && Error is null;

    internal static V2gtpReadResult Of(V2gtpFrame frame) => new(true, frame, null);

    internal static V2gtpReadResult Failed(V2gtpError error) => new(false, default, error);

    internal static V2gtpReadResult EndOfStream => default;

    /// <summary>The frame, the error or <c>end of stream</c>.</summary>
    public override string ToString() => HasFrame ? Frame.ToString() : Error?.ToString() ?? "end of stream";
}
