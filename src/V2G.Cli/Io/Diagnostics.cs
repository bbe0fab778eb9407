using System.IO;

namespace V2G.Cli.Io;

/// <summary>Writes one-line messages about an input to standard error: <c>NAME: error: ...</c>, <c>NAME: warning: ...</c> and <c>NAME: note: ...</c>.</summary>
internal static class Diagnostics
{
    /// <summary>Reports that an input failed.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="subject">The input's display name.</param>
    /// <param name="message">What went wrong.</param>
    public static void Error(TextWriter stderr, string subject, string message) =>
        stderr.WriteLine($"{subject}: error: {OneLine(message)}");

    /// <summary>Reports something worth knowing about an input that did not fail.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="subject">The input's display name.</param>
    /// <param name="message">The note.</param>
    public static void Note(TextWriter stderr, string subject, string message) =>
        stderr.WriteLine($"{subject}: note: {OneLine(message)}");

    /// <summary>Reports content that decoded but breaks the schema (a facet violation, an abstract head element).</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="subject">The input's display name.</param>
    /// <param name="message">The violation: element path, rule and value.</param>
    public static void Warning(TextWriter stderr, string subject, string message) =>
        stderr.WriteLine($"{subject}: warning: {OneLine(message)}");

    /// <summary>Joins the lines of a message with spaces, so that every report is one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message on one line.</returns>
    public static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
