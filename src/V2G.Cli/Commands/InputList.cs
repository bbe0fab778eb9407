using System.Collections.Generic;
using System.IO;
using V2G.Cli.Arguments;
using V2G.Cli.Io;

namespace V2G.Cli.Commands;

/// <summary>Collects the inputs of a batch from the command line, in command-line order.</summary>
internal static class InputList
{
    /// <summary>The <c>--hex HEX</c> option of decode.</summary>
    public static OptionSpec HexSpec { get; } = new OptionSpec("--hex", TakesValue: true);

    /// <summary>
    /// Builds the input list: positional files, directories (their files with one of <paramref name="directoryExtensions"/>, in
    /// name order), <c>-</c> for stdin, and <c>--hex</c> values.
    /// </summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <param name="directoryExtensions">The extensions of the files a directory stands for (<c>.exi</c>; <c>.xml</c> and <c>.json</c>).</param>
    /// <returns>The inputs, at least one; an empty directory is one input that fails, named by the directory.</returns>
    /// <exception cref="UsageException">No input, stdin or <c>--hex</c> given twice.</exception>
    public static IReadOnlyList<InputSource> Collect(ParsedArguments arguments, params string[] directoryExtensions)
    {
        var inputs = new List<InputSource>();
        bool stdinSeen = false;
        bool hexSeen = false;
        foreach (ArgumentItem item in arguments.Items)
        {
            if (item.IsPositional)
            {
                if (item.Value == "-")
                {
                    if (stdinSeen)
                    {
                        throw new UsageException("'-' (stdin) can be given only once");
                    }

                    stdinSeen = true;
                    inputs.Add(InputSource.Stdin);
                }
                else if (Directory.Exists(item.Value))
                {
                    inputs.AddRange(DirectoryInputs.Expand(item.Value, directoryExtensions));
                }
                else
                {
                    inputs.Add(InputSource.File(item.Value));
                }
            }
            else if (item.Option == HexSpec.Name)
            {
                if (hexSeen)
                {
                    throw new UsageException("option '--hex' can be given only once");
                }

                hexSeen = true;
                inputs.Add(InputSource.Hex(item.Value));
            }
        }

        if (inputs.Count == 0)
        {
            string forms = arguments.Command == "decode" ? "--hex HEX, FILE..., DIR... or -" : "FILE..., DIR... or -";
            throw new UsageException($"'{arguments.Command}' needs an input: {forms}");
        }

        return inputs;
    }
}
