namespace V2G.Cli.Io;

/// <summary>Where an input comes from.</summary>
internal enum InputKind
{
    /// <summary>A file named on the command line.</summary>
    File,

    /// <summary>Standard input (<c>-</c>).</summary>
    Stdin,

    /// <summary>Hex text given with <c>--hex</c>.</summary>
    Hex,

    /// <summary>A path that stands for no usable input (e.g. a directory without matching files); reading it fails.</summary>
    Refused,
}
