namespace V2G.Cli.Bench;

/// <summary>
/// One message ready to be timed: its EXI bytes, the value they decode to and an encode buffer, with the codec's
/// generic type closed inside, so that a timed batch makes no dispatch through <see cref="Schemas.ISchemaCodec"/>.
/// </summary>
internal interface ICodecBench
{
    /// <summary>Decodes the stored stream <paramref name="calls"/> times.</summary>
    /// <param name="calls">How many decodes, at least 1.</param>
    /// <returns>The bytes the last decode used (returned so that the work is observable).</returns>
    int Decode(int calls);

    /// <summary>Encodes the decoded value <paramref name="calls"/> times into one preallocated buffer.</summary>
    /// <param name="calls">How many encodes, at least 1.</param>
    /// <returns>The bytes the last encode wrote.</returns>
    int Encode(int calls);
}
