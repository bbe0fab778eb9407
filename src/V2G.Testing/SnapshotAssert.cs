using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace V2G.Testing;

/// <summary>
/// Compares a snapshot with its approved file beside the test source:
/// <c>__snapshots__/&lt;TestClass&gt;.&lt;TestMethod&gt;[.&lt;name&gt;].approved.txt</c>, where the test class is the
/// name of the calling source file. A missing approved file is created and the test fails saying so; a difference
/// writes <c>.received.txt</c> beside it and fails with a line diff. With <see cref="AcceptVariable"/> set to
/// <c>1</c> (or <c>true</c>) the received text becomes the approved file instead and the test passes.
/// </summary>
public static class SnapshotAssert
{
    /// <summary>The environment variable that accepts new and changed snapshots: <c>V2G_ACCEPT_SNAPSHOTS=1</c>.</summary>
    public const string AcceptVariable = "V2G_ACCEPT_SNAPSHOTS";

    /// <summary>The folder beside the test source that holds the approved files.</summary>
    public const string FolderName = "__snapshots__";

    /// <summary>Checks a message snapshot against its approved file.</summary>
    /// <param name="snapshot">The snapshot (<see cref="MessageSnapshot.Of{T}"/>).</param>
    /// <param name="name">Tells several snapshots of one test apart (one word), or null.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testMethod">Filled in by the compiler: the calling test method.</param>
    /// <exception cref="SnapshotMismatchException">The snapshot differs from the approved file, or that file was just created.</exception>
    public static void Matches(MessageSnapshot snapshot, string? name = null, [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Verify(snapshot.ToText(), ApprovedPath(sourceFile, testMethod, name), AcceptRequested());
    }

    /// <summary>Checks any text against its approved file (line endings normalised).</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">Tells several snapshots of one test apart (one word), or null.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testMethod">Filled in by the compiler: the calling test method.</param>
    /// <exception cref="SnapshotMismatchException">The text differs from the approved file, or that file was just created.</exception>
    public static void Matches(string text, string? name = null, [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        Verify(text, ApprovedPath(sourceFile, testMethod, name), AcceptRequested());
    }

    /// <summary>The approved file of a test.</summary>
    /// <param name="sourceFile">The test's source file (its name is the test class).</param>
    /// <param name="testMethod">The test method.</param>
    /// <param name="name">The snapshot's name within the test, or null.</param>
    /// <returns>The full path of the approved file.</returns>
    /// <exception cref="ArgumentException">The name is not usable in a file name.</exception>
    public static string ApprovedPath(string sourceFile, string testMethod, string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(testMethod);
        if (name != null && (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.IndexOfAny(['/', '\\', ' ']) >= 0))
        {
            throw new ArgumentException("A snapshot name is one word usable in a file name; got '" + name + "'", nameof(name));
        }

        string folder = Path.Combine(SourceLocator.Directory(sourceFile), FolderName);
        string testClass = Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/')[^1]);
        return Path.Combine(folder, testClass + "." + testMethod + (name == null ? string.Empty : "." + name) + ".approved.txt");
    }

    /// <summary>The comparison itself, with the accept decision passed in (the tests of this package set it).</summary>
    internal static void Verify(string text, string approvedPath, bool accept)
    {
        string received = SnapshotText.Normalize(text);
        string receivedPath = approvedPath[..^".approved.txt".Length] + ".received.txt";
        Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
        if (!File.Exists(approvedPath))
        {
            File.WriteAllText(approvedPath, received);
            if (!accept)
            {
                throw new SnapshotMismatchException(
                    "No approved snapshot existed; created " + approvedPath + " from this run. Review it, commit it and run the test again.",
                    approvedPath, null, string.Empty);
            }

            return;
        }

        string approved = SnapshotText.Normalize(File.ReadAllText(approvedPath));
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        string diff = LineDiff.Describe(approved, received);
        throw new SnapshotMismatchException(
            "The snapshot differs from " + approvedPath + " (- approved, + received); the received text is in " + receivedPath +
            ". If the change is intended, run with " + AcceptVariable + "=1 (or copy the received file over the approved one).\n" + diff,
            approvedPath, receivedPath, diff);
    }

    private static bool AcceptRequested() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "TRUE" or "True";
}
