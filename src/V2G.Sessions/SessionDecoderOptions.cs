using V2G.Exi;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>How a session is framed and decoded.</summary>
public sealed record SessionDecoderOptions
{
    /// <summary>The defaults: default V2GTP bounds (known payload types only) and default EXI decoding.</summary>
    public static SessionDecoderOptions Default { get; } = new();

    /// <summary>The V2GTP header checks and the payload length bound, applied to every frame of a stream.</summary>
    public V2gtpReaderOptions Framing { get; init; } = V2gtpReaderOptions.Default;

    /// <summary>The EXI decoding options given to every codec.</summary>
    public ExiDecodeOptions Exi { get; init; } = ExiDecodeOptions.Default;
}
