using System.IO;

namespace V2G.Cli.Io;

/// <summary>One input of a batch: a file, standard input, a hex string, or a path refused with a reason.</summary>
/// <param name="Kind">Where the input comes from.</param>
/// <param name="Text">The file path as given (or found in a directory given), or the hex text; empty for stdin.</param>
/// <param name="Problem">Why a <see cref="InputKind.Refused"/> path is no input; null otherwise.</param>
internal sealed record InputSource(InputKind Kind, string Text, string? Problem = null)
{
    /// <summary>Standard input.</summary>
    public static InputSource Stdin { get; } = new InputSource(InputKind.Stdin, string.Empty);

    /// <summary>How messages name the input: the path as given, <c>stdin</c> or <c>hex</c>.</summary>
    public string DisplayName => Kind switch
    {
        InputKind.File or InputKind.Refused => Text,
        InputKind.Stdin => "stdin",
        _ => "hex",
    };

    /// <summary>The base name of the output file written with <c>--out-dir</c>: the file name without extension, <c>stdin</c> or <c>hex</c>.</summary>
    public string OutputStem => Kind == InputKind.File ? Path.GetFileNameWithoutExtension(Text) : DisplayName;

    /// <summary>A file input.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The input.</returns>
    public static InputSource File(string path) => new InputSource(InputKind.File, path);

    /// <summary>A path that is no input, reported as a failed input of the batch.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="problem">Why it is refused, as one line.</param>
    /// <returns>The input.</returns>
    public static InputSource Refused(string path, string problem) => new InputSource(InputKind.Refused, path, problem);

    /// <summary>A hex input.</summary>
    /// <param name="hex">The hex text.</param>
    /// <returns>The input.</returns>
    public static InputSource Hex(string hex) => new InputSource(InputKind.Hex, hex);
}
