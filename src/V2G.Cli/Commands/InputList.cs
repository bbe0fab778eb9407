using System.Collections.Generic;
using V2G.Cli.Arguments;
using V2G.Cli.Io;

namespace V2G.Cli.Commands;

/// <summary>Collects the inputs of a batch from the command line, in command-line order.</summary>
internal static class InputList
{
    /// <summary>The <c>--hex HEX</c> option of decode.</summary>
    public static OptionSpec HexSpec { get; } = new OptionSpec("--hex", TakesValue: true);

    /// <summary>Builds the input list: positional files, <c>-</c> for stdin, and <c>--hex</c> values.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <returns>The inputs, at least one.</returns>
    /// <exception cref="UsageException">No input, stdin or <c>--hex</c> given twice.</exception>
    public static IReadOnlyList<InputSource> Collect(ParsedArguments arguments)
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
            throw new UsageException($"'{arguments.Command}' needs an input: " + (arguments.Command == "decode" ? "--hex HEX, FILE... or -" : "FILE... or -"));
        }

        return inputs;
    }
}
