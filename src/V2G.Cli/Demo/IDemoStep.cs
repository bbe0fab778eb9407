using System.IO;

namespace V2G.Cli.Demo;

/// <summary>One step of <c>v2g demo</c>.</summary>
internal interface IDemoStep
{
    /// <summary>One line saying what the step shows.</summary>
    string Title { get; }

    /// <summary>True for a step that checks something (and is numbered and counted); false for a heading.</summary>
    bool IsCheck => true;

    /// <summary>Runs the step, printing what it does.</summary>
    /// <param name="output">Where the step prints.</param>
    /// <returns>True if the step's check passed.</returns>
    /// <exception cref="V2G.Exi.ExiException">Encoding or decoding failed.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A key or certificate operation failed.</exception>
    bool Run(TextWriter output);
}
