using System.Collections.Generic;
using System.Linq;

namespace V2G.Cli.Arguments;

/// <summary>The options and positional arguments of one command, in command-line order.</summary>
internal sealed class ParsedArguments
{
    /// <summary>Wraps the parsed items.</summary>
    /// <param name="command">The command the arguments belong to (for messages).</param>
    /// <param name="items">The items in command-line order.</param>
    public ParsedArguments(string command, IReadOnlyList<ArgumentItem> items)
    {
        Command = command;
        Items = items;
    }

    /// <summary>The command name.</summary>
    public string Command { get; }

    /// <summary>Options and positional arguments in command-line order.</summary>
    public IReadOnlyList<ArgumentItem> Items { get; }

    /// <summary>The positional arguments in order.</summary>
    public IEnumerable<string> Positionals => Items.Where(i => i.IsPositional).Select(i => i.Value);

    /// <summary>True if the option was given.</summary>
    /// <param name="option">The option's long name.</param>
    /// <returns>True if present at least once.</returns>
    public bool Has(string option) => Items.Any(i => i.Option == option);

    /// <summary>The value of an option that may be given at most once.</summary>
    /// <param name="option">The option's long name.</param>
    /// <returns>The value, or null if the option is absent.</returns>
    /// <exception cref="UsageException">The option is given more than once.</exception>
    public string? Single(string option)
    {
        string? found = null;
        foreach (ArgumentItem item in Items)
        {
            if (item.Option == option)
            {
                if (found != null)
                {
                    throw new UsageException($"option '{option}' of '{Command}' is given more than once");
                }

                found = item.Value;
            }
        }

        return found;
    }
}
