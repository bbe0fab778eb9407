using System;
using System.Collections.Generic;
using System.Text;

namespace V2G.Testing;

/// <summary>
/// A readable line diff of an approved and a received text: each changed region with up to <c>context</c> unchanged
/// lines around it, approved lines as <c>-</c>, received lines as <c>+</c>, under a <c>@@ line N @@</c> heading.
/// </summary>
public static class LineDiff
{
    /// <summary>Above this many line pairs the diff compares line by line instead of aligning (it stays fast).</summary>
    private const long MaxAlignedCells = 4_000_000;

    /// <summary>Describes how <paramref name="received"/> differs from <paramref name="approved"/>.</summary>
    /// <param name="approved">The approved text.</param>
    /// <param name="received">The text the test produced.</param>
    /// <param name="context">Unchanged lines shown before and after each change.</param>
    /// <param name="maxLines">The diff is cut after this many lines (with a note saying how many changed lines remain).</param>
    /// <returns>The diff, or an empty string if the texts have the same lines.</returns>
    public static string Describe(string approved, string received, int context = 3, int maxLines = 60)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(received);
        string[] a = Lines(approved);
        string[] b = Lines(received);
        var edits = (long)a.Length * b.Length <= MaxAlignedCells ? Align(a, b) : LineByLine(a, b);
        return Render(edits, Math.Max(0, context), Math.Max(1, maxLines));
    }

    private static string[] Lines(string text) => SnapshotText.Normalize(text).TrimEnd('\n').Split('\n');

    /// <summary>Longest common subsequence of lines, walked from the start into keep/remove/add edits.</summary>
    private static List<Edit> Align(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add(new Edit(' ', a[x], x++, y++));
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removals first, so that a changed line reads as "- approved" then "+ received".
                edits.Add(new Edit('-', a[x], x++, y));
            }
            else
            {
                edits.Add(new Edit('+', b[y], x, y++));
            }
        }

        return edits;
    }

    private static List<Edit> LineByLine(string[] a, string[] b)
    {
        var edits = new List<Edit>();
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if (i < a.Length && i < b.Length && a[i] == b[i])
            {
                edits.Add(new Edit(' ', a[i], i, i));
                continue;
            }

            if (i < a.Length)
            {
                edits.Add(new Edit('-', a[i], i, i));
            }

            if (i < b.Length)
            {
                edits.Add(new Edit('+', b[i], i, i));
            }
        }

        return edits;
    }

    private static string Render(List<Edit> edits, int context, int maxLines)
    {
        var shown = new bool[edits.Count];
        for (int i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind != ' ')
            {
                for (int k = Math.Max(0, i - context); k <= Math.Min(edits.Count - 1, i + context); k++)
                {
                    shown[k] = true;
                }
            }
        }

        var text = new StringBuilder();
        int written = 0;
        for (int i = 0; i < edits.Count; i++)
        {
            if (!shown[i])
            {
                continue;
            }

            if (written >= maxLines)
            {
                int remaining = 0;
                for (int k = i; k < edits.Count; k++)
                {
                    remaining += edits[k].Kind != ' ' ? 1 : 0;
                }

                text.Append("... (").Append(remaining).Append(" more changed lines)\n");
                break;
            }

            if (i == 0 || !shown[i - 1])
            {
                text.Append("@@ line ").Append(edits[i].ApprovedIndex + 1).Append(" @@\n");
            }

            text.Append(edits[i].Kind).Append(' ').Append(edits[i].Text).Append('\n');
            written++;
        }

        return text.ToString();
    }

    /// <summary>One line of the diff: kept (' '), only in the approved text ('-') or only in the received one ('+').</summary>
    private readonly record struct Edit(char Kind, string Text, int ApprovedIndex, int ReceivedIndex);
}
