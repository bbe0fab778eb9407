using V2G.Cli.Arguments;
using V2G.Cli.Schemas;

namespace V2G.Cli.Commands;

/// <summary>The <c>--format xml|json</c> option of decode.</summary>
internal static class FormatOption
{
    /// <summary>The option's specification.</summary>
    public static OptionSpec Spec { get; } = new OptionSpec("--format", TakesValue: true);

    /// <summary>The form asked for; XML when the option is absent.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <returns>The form.</returns>
    /// <exception cref="UsageException">The option is repeated or names another form.</exception>
    public static TextFormat Resolve(ParsedArguments arguments) => arguments.Single(Spec.Name) switch
    {
        null or "xml" => TextFormat.Xml,
        "json" => TextFormat.Json,
        { } other => throw new UsageException($"unknown --format '{other}' for '{arguments.Command}'; known formats: xml, json"),
    };
}
