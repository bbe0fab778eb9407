using System;

namespace V2G.Testing;

/// <summary>
/// A snapshot differs from its approved file, or the approved file did not exist yet (it has been created). Test
/// frameworks report it as a failure with its message: the paths, what to do, and the line diff.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="approvedPath">The approved file.</param>
    /// <param name="receivedPath">The received file written beside it, or null when none was written.</param>
    /// <param name="diff">The line diff, empty when the approved file was just created.</param>
    public SnapshotMismatchException(string message, string approvedPath, string? receivedPath, string diff)
        : base(message)
    {
        ApprovedPath = approvedPath;
        ReceivedPath = receivedPath;
        Diff = diff;
    }

    /// <summary>The approved file (<c>__snapshots__/Class.Method[.name].approved.txt</c> beside the test source).</summary>
    public string ApprovedPath { get; }

    /// <summary>The <c>.received.txt</c> file with the text the test produced, or null when none was written.</summary>
    public string? ReceivedPath { get; }

    /// <summary>The line diff of approved and received text (<c>-</c> approved, <c>+</c> received).</summary>
    public string Diff { get; }
}
