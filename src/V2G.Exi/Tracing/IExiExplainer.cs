using System;

namespace V2G.Exi.Tracing;

/// <summary>
/// A codec that explains a stream bit by bit through its own decoder (the <c>Documents</c> and <c>Fragments</c> of a
/// generated codec).
/// </summary>
public interface IExiExplainer
{
    /// <summary>Decodes <paramref name="source"/> and records every event and value with its bit range.</summary>
    /// <param name="source">The EXI stream, starting with the header byte 0x80.</param>
    /// <param name="options">Decoding options; null for the V2G profile's defaults.</param>
    /// <returns>The trace; when decoding fails, the events up to the failure and the error.</returns>
    ExiTrace Explain(ReadOnlySpan<byte> source, ExiDecodeOptions? options = null);
}
