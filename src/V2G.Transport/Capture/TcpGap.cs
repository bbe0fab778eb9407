using System;

namespace V2G.Transport.Capture;

/// <summary>Bytes of a TCP stream the capture does not have (lost by the capture, or cut by its snapshot length).</summary>
/// <param name="DataOffset">Where the missing bytes would be in <see cref="TcpStream.Data"/>: the bytes before and from this
/// offset are not adjacent on the wire.</param>
/// <param name="SequenceOffset">The missing bytes' start, relative to the stream's first sequence number.</param>
/// <param name="Length">How many bytes are missing.</param>
public sealed record TcpGap(long DataOffset, long SequenceOffset, long Length);
