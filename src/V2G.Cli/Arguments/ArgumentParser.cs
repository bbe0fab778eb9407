using System.Collections.Generic;

namespace V2G.Cli.Arguments;

/// <summary>
/// Splits a command's arguments into options and positional arguments. Accepts <c>--name value</c>,
/// <c>--name=value</c>, flags, <c>-</c> (stdin) as a positional argument, and <c>--</c> to end the options.
/// </summary>
internal static class ArgumentParser
{
    /// <summary>Parses the arguments that follow the command name.</summary>
    /// <param name="command">The command name (for messages).</param>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="options">The options the command accepts.</param>
    /// <returns>The parsed items in command-line order.</returns>
    /// <exception cref="UsageException">Unknown option, missing value, or a value given to a flag.</exception>
    public static ParsedArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var items = new List<ArgumentItem>();
        bool optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            string token = args[i];
            if (optionsEnded || token == "-" || !token.StartsWith('-'))
            {
                items.Add(new ArgumentItem(null, token));
                continue;
            }

            if (token == "--")
            {
                optionsEnded = true;
                continue;
            }

            int equals = token.IndexOf('=', System.StringComparison.Ordinal);
            string name = equals < 0 ? token : token[..equals];
            string? inlineValue = equals < 0 ? null : token[(equals + 1)..];
            OptionSpec spec = Find(options, name) ?? throw new UsageException($"unknown option '{name}' for '{command}'");

            if (!spec.TakesValue)
            {
                if (inlineValue != null)
                {
                    throw new UsageException($"option '{spec.Name}' takes no value");
                }

                items.Add(new ArgumentItem(spec.Name, string.Empty));
                continue;
            }

            string value;
            if (inlineValue != null)
            {
                value = inlineValue;
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"option '{spec.Name}' needs a value");
            }

            items.Add(new ArgumentItem(spec.Name, value));
        }

        return new ParsedArguments(command, items);
    }

    private static OptionSpec? Find(IReadOnlyList<OptionSpec> options, string name)
    {
        foreach (OptionSpec spec in options)
        {
            if (spec.Matches(name))
            {
                return spec;
            }
        }

        return null;
    }
}
