using System.Collections.Generic;

namespace V2G.Cli.Security;

/// <summary>Splits the arguments of a command with sub-commands (<c>key</c>, <c>ocpp</c>).</summary>
internal static class SubCommands
{
    /// <summary>The arguments without the first positional one (the sub-command's name).</summary>
    /// <param name="items">The command's arguments.</param>
    /// <returns>The sub-command's arguments.</returns>
    public static List<Arguments.ArgumentItem> WithoutFirstPositional(IReadOnlyList<Arguments.ArgumentItem> items)
    {
        var rest = new List<Arguments.ArgumentItem>(items);
        rest.RemoveAt(rest.FindIndex(i => i.IsPositional));
        return rest;
    }
}
