using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>A frame found in a stream and the stream offset of its header.</summary>
internal readonly record struct ScannedFrame(long Offset, V2gtpFrame Frame);
