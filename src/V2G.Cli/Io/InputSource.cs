using System.IO;

namespace V2G.Cli.Io;

/// <summary>One input of a batch: a file, standard input or a hex string.</summary>
/// <param name="Kind">Where the input comes from.</param>
/// <param name="Text">The file path as given, or the hex text; empty for stdin.</param>
internal sealed record InputSource(InputKind Kind, string Text)
{
    /// <summary>Standard input.</summary>
    public static InputSource Stdin { get; } = new InputSource(InputKind.Stdin, string.Empty);

    /// <summary>How messages name the input: the path as given, <c>stdin</c> or <c>hex</c>.</summary>
    public string DisplayName => Kind switch
    {
        InputKind.File => Text,
        InputKind.Stdin => "stdin",
        _ => "hex",
    };

    /// <summary>The base name of the output file written with <c>--out-dir</c>: the file name without extension, <c>stdin</c> or <c>hex</c>.</summary>
    public string OutputStem => Kind == InputKind.File ? Path.GetFileNameWithoutExtension(Text) : DisplayName;

    /// <summary>A file input.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The input.</returns>
    public static InputSource File(string path) => new InputSource(InputKind.File, path);

    /// <summary>A hex input.</summary>
    /// <param name="hex">The hex text.</param>
    /// <returns>The input.</returns>
    public static InputSource Hex(string hex) => new InputSource(InputKind.Hex, hex);
}
