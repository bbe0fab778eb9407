using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace V2G.Cli.Tests;

/// <summary>One heading line printed by <c>v2g demo</c>: <c>== step N/COUNT: TITLE</c>, or <c>== session: TITLE</c>.</summary>
/// <param name="Number">The 1-based step number; 0 for a session heading, which is not numbered.</param>
/// <param name="Count">The step count printed with it; 0 for a session heading.</param>
/// <param name="Title">The title after the step label.</param>
/// <param name="Lines">Every line of the step, heading included.</param>
public sealed record DemoHeading(int Number, int Count, string Title, IReadOnlyList<string> Lines)
{
    /// <summary>True for a session heading: it prints a banner, encodes nothing and is not numbered.</summary>
    public bool IsSessionHeading => Number == 0;
}

/// <summary>One message step as printed by <c>v2g demo</c>.</summary>
/// <param name="Number">The 1-based step number.</param>
/// <param name="Count">The step count printed with it.</param>
/// <param name="Title">The title after the step label.</param>
/// <param name="Session">The title of the session heading the step follows.</param>
/// <param name="Hex">The printed encoding.</param>
/// <param name="Schema">The <c>--schema</c> the step decoded with.</param>
/// <param name="Xml">The printed decoded XML.</param>
/// <param name="Lines">Every line of the step, heading included.</param>
public sealed record DemoStepOutput(
    int Number, int Count, string Title, string Session, string Hex, string Schema, string Xml, IReadOnlyList<string> Lines);

/// <summary>Splits the stdout of <c>v2g demo</c> into its steps.</summary>
public static partial class DemoTranscript
{
    /// <summary>Every step, session headings included, in printed order.</summary>
    public static List<DemoHeading> Headings(string stdout)
    {
        var headings = new List<DemoHeading>();
        string[] lines = stdout.Split('\n');
        int i = 0;
        while (i < lines.Length)
        {
            Match heading = Heading().Match(lines[i]);
            if (!heading.Success)
            {
                i++;
                continue;
            }

            int start = i++;
            while (i < lines.Length && !Heading().IsMatch(lines[i]))
            {
                i++;
            }

            bool numbered = heading.Groups["n"].Success;
            headings.Add(new DemoHeading(
                numbered ? int.Parse(heading.Groups["n"].Value) : 0, numbered ? int.Parse(heading.Groups["count"].Value) : 0, heading.Groups["title"].Value, lines[start..i]));
        }

        return headings;
    }

    /// <summary>The message steps (every step but the session headings), in printed order.</summary>
    public static List<DemoStepOutput> Parse(string stdout)
    {
        var steps = new List<DemoStepOutput>();
        string session = string.Empty;
        foreach (DemoHeading heading in Headings(stdout))
        {
            if (heading.IsSessionHeading)
            {
                session = heading.Title;
                continue;
            }

            steps.Add(ParseStep(heading, session));
        }

        return steps;
    }

    private static DemoStepOutput ParseStep(DemoHeading heading, string session)
    {
        string[] lines = [.. heading.Lines];
        string hex = Single(lines, Encoded(), "encoded").Groups["hex"].Value;
        int decodedAt = IndexOf(lines, Decoded(), "decoded with");
        string schema = Decoded().Match(lines[decodedAt]).Groups["schema"].Value;
        int xmlEnd = decodedAt + 1;
        while (xmlEnd < lines.Length && !lines[xmlEnd].StartsWith("decoded message equals", StringComparison.Ordinal)
            && !lines[xmlEnd].StartsWith("re-encoded from the XML", StringComparison.Ordinal))
        {
            xmlEnd++;
        }

        string xml = string.Join('\n', lines[(decodedAt + 1)..xmlEnd]);
        return new DemoStepOutput(heading.Number, heading.Count, heading.Title, session, hex, schema, xml, lines);
    }

    private static Match Single(string[] lines, Regex pattern, string what) => pattern.Match(lines[IndexOf(lines, pattern, what)]);

    private static int IndexOf(string[] lines, Regex pattern, string what)
    {
        int found = Array.FindIndex(lines, l => pattern.IsMatch(l));
        return found >= 0 ? found : throw new InvalidOperationException($"No '{what}' line in step:\n" + string.Join('\n', lines));
    }

    [GeneratedRegex(@"^== (?:step (?<n>\d+)/(?<count>\d+)|session): (?<title>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^encoded \((?<length>\d+) bytes\): (?<hex>[0-9A-F]+)$")]
    private static partial Regex Encoded();

    [GeneratedRegex(@"^decoded with --schema (?<schema>[a-z0-9-]+) \((?<used>\d+) bytes used\):$")]
    private static partial Regex Decoded();
}
