using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace V2G.Cli.Tests;

/// <summary>Splits stdout of a run with several inputs into its <c>==&gt; NAME &lt;==</c> sections.</summary>
public static class HeadedOutput
{
    private static readonly Regex Header = new(@"^==> (.+) <==$", RegexOptions.Multiline);

    /// <summary>The sections in order: the name in the header and the text up to the next header (without the separating blank line).</summary>
    public static List<(string Name, string Body)> Split(string stdout)
    {
        var sections = new List<(string, string)>();
        MatchCollection headers = Header.Matches(stdout);
        if (headers.Count == 0 || headers[0].Index != 0)
        {
            throw new InvalidOperationException("stdout does not start with a header:\n" + stdout);
        }

        for (int i = 0; i < headers.Count; i++)
        {
            int start = headers[i].Index + headers[i].Length + 1;
            int end = i + 1 < headers.Count ? headers[i + 1].Index - 1 : stdout.Length;
            sections.Add((headers[i].Groups[1].Value, stdout[start..end]));
        }

        return sections;
    }
}
