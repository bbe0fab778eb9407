namespace V2G.Sessions;

/// <summary>Bytes of one direction's stream that are not a frame: garbage, a bad header, a truncated end, a capture gap.</summary>
/// <param name="Direction">The stream's direction.</param>
/// <param name="Length">How many bytes were skipped (for a gap: missing).</param>
/// <param name="UnixTimeNanoseconds">When the bytes were captured, when known.</param>
/// <param name="Error">What is wrong and where (<see cref="SessionError.StreamOffset"/>).</param>
public sealed record StreamProblem(SessionDirection Direction, long Length, long? UnixTimeNanoseconds, SessionError Error);
