using V2G.Cli.Arguments;
using V2G.Cli.Io;

namespace V2G.Cli.Commands;

/// <summary>The <c>--out-dir DIR</c> option of decode and encode.</summary>
internal static class OutDirOption
{
    /// <summary>The option's specification.</summary>
    public static OptionSpec Spec { get; } = new OptionSpec("--out-dir", TakesValue: true);

    /// <summary>Chooses the output target: the directory given with <c>--out-dir</c>, otherwise stdout.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="inputCount">The number of inputs: with more than one, results on stdout are headed by their names.</param>
    /// <returns>The target.</returns>
    /// <exception cref="UsageException"><c>--out-dir</c> is repeated or empty.</exception>
    /// <exception cref="InputException">The directory cannot be created.</exception>
    public static OutputTarget CreateTarget(ParsedArguments arguments, CliConsole console, int inputCount)
    {
        string? directory = arguments.Single(Spec.Name);
        if (directory is null)
        {
            return OutputTarget.ToStdout(console.Out, headed: inputCount > 1);
        }

        if (directory.Length == 0)
        {
            throw new UsageException("option '--out-dir' needs a directory");
        }

        return OutputTarget.ToDirectory(console.Out, directory);
    }
}
