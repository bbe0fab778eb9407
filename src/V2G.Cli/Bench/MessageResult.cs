namespace V2G.Cli.Bench;

/// <summary>The figures of one message: medians over its samples.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="DecodeNanoseconds">The median time of one decode.</param>
/// <param name="EncodeNanoseconds">The median time of one encode.</param>
/// <param name="AllocatedBytes">The median of the bytes one decode allocates.</param>
internal sealed record MessageResult(string Name, double DecodeNanoseconds, double EncodeNanoseconds, long AllocatedBytes);
