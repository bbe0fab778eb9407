using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace V2G.Cli.Demo;

/// <summary>
/// The first step of a session in <c>v2g demo</c>: prints a banner naming the session and what follows. It encodes
/// nothing and always passes.
/// </summary>
internal sealed class SessionHeadingStep : IDemoStep
{
    /// <summary>The character the banner is drawn with.</summary>
    public const char BannerCharacter = '#';

    private readonly IReadOnlyList<string> _summary;

    /// <summary>Creates the heading.</summary>
    /// <param name="title">The session's name.</param>
    /// <param name="summary">Lines printed under the name.</param>
    public SessionHeadingStep(string title, IReadOnlyList<string> summary)
    {
        Title = title;
        _summary = summary;
    }

    /// <inheritdoc/>
    public string Title { get; }

    /// <inheritdoc/>
    public bool IsCheck => false;

    /// <inheritdoc/>
    public bool Run(TextWriter output)
    {
        string[] lines = [Title.ToUpperInvariant(), .. _summary];
        string rule = new(BannerCharacter, lines.Max(l => l.Length) + 4);
        output.WriteLine(rule);
        foreach (string line in lines)
        {
            output.WriteLine($"{BannerCharacter} {line}");
        }

        output.WriteLine(rule);
        return true;
    }
}
