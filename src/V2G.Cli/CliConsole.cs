using System.IO;

namespace V2G.Cli;

/// <summary>The three standard streams a command works with.</summary>
/// <param name="In">Standard input (binary).</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliConsole(Stream In, TextWriter Out, TextWriter Error);
