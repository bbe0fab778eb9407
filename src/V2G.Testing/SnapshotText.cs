namespace V2G.Testing;

/// <summary>The normal form of snapshot text, so that a checkout with CRLF line endings compares equal.</summary>
public static class SnapshotText
{
    /// <summary>Replaces CRLF and lone CR with LF and makes the text end in exactly one LF (empty text stays empty).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string text)
    {
        System.ArgumentNullException.ThrowIfNull(text);
        string lf = text.Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n');
        return lf.Length == 0 ? string.Empty : lf + "\n";
    }
}
