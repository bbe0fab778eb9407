using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace V2G.Testing.Tests;

/// <summary>The approved-file workflow: create, match, mismatch with a diff, accept, line endings.</summary>
public sealed class SnapshotAssertTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "v2g-snapshot-" + Guid.NewGuid().ToString("N"));

    private string Approved => Path.Combine(folder, "__snapshots__", "Sample.Test.approved.txt");

    private string Received => Path.Combine(folder, "__snapshots__", "Sample.Test.received.txt");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ApprovedPath_IsClassMethodAndName_InSnapshotsBesideTheSource()
    {
        Directory.CreateDirectory(folder);
        string source = Path.Combine(folder, "Sample.cs");

        Assert.Equal(Approved, SnapshotAssert.ApprovedPath(source, "Test"));
        Assert.Equal(Path.Combine(folder, "__snapshots__", "Sample.Test.din.approved.txt"), SnapshotAssert.ApprovedPath(source, "Test", "din"));
        var e = Assert.Throws<ArgumentException>(() => SnapshotAssert.ApprovedPath(source, "Test", "a/b"));
        Assert.Contains("'a/b'", e.Message);
    }

    [Fact]
    public void FirstRun_CreatesTheApprovedFile_AndFailsSayingSo()
    {
        var e = Assert.Throws<SnapshotMismatchException>(() => SnapshotAssert.Verify("# xml\n<a/>\n", Approved, accept: false));

        Assert.StartsWith("No approved snapshot existed; created " + Approved, e.Message);
        Assert.Equal("# xml\n<a/>\n", File.ReadAllText(Approved));
        Assert.Null(e.ReceivedPath);
        SnapshotAssert.Verify("# xml\n<a/>\n", Approved, accept: false); // the second run passes
    }

    [Fact]
    public void FirstRun_WithAccept_CreatesTheFileAndPasses()
    {
        SnapshotAssert.Verify("text", Approved, accept: true);

        Assert.Equal("text\n", File.ReadAllText(Approved));
    }

    [Fact]
    public void Mismatch_FailsWithALineDiff_AndWritesTheReceivedFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
        File.WriteAllText(Approved, "# hex\n3 bytes\n809a02\n\n# xml\n<a>\n  <b>1</b>\n</a>\n");

        var e = Assert.Throws<SnapshotMismatchException>(() =>
            SnapshotAssert.Verify("# hex\n3 bytes\n809a04\n\n# xml\n<a>\n  <b>2</b>\n</a>\n", Approved, accept: false));

        Assert.Equal(
            "@@ line 1 @@\n  # hex\n  3 bytes\n- 809a02\n+ 809a04\n  \n  # xml\n  <a>\n-   <b>1</b>\n+   <b>2</b>\n  </a>\n",
            e.Diff);
        Assert.Contains(e.Diff, e.Message);
        Assert.Contains(SnapshotAssert.AcceptVariable + "=1", e.Message);
        Assert.Equal(Received, e.ReceivedPath);
        Assert.Equal("# hex\n3 bytes\n809a04\n\n# xml\n<a>\n  <b>2</b>\n</a>\n", File.ReadAllText(Received));
        Assert.Contains("809a02", File.ReadAllText(Approved));
    }

    [Fact]
    public void Mismatch_WithAccept_ReplacesTheApprovedFile_AndRemovesTheReceivedOne()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
        File.WriteAllText(Approved, "old\n");
        File.WriteAllText(Received, "stale\n");

        SnapshotAssert.Verify("new", Approved, accept: true);

        Assert.Equal("new\n", File.ReadAllText(Approved));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void LineEndings_AreNormalised_OnBothSides()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
        File.WriteAllText(Approved, "# xml\r\n<a/>\r\n\r\n");

        SnapshotAssert.Verify("# xml\r<a/>", Approved, accept: false);
        SnapshotAssert.Verify("# xml\n<a/>\n", Approved, accept: false);
    }

    [Fact]
    public void MappedSourcePath_OfADeterministicBuild_ResolvesAgainstTheCheckout()
    {
        // ContinuousIntegrationBuild maps source paths to /_/...; the test's working directory is inside the checkout.
        string approved = SnapshotAssert.ApprovedPath("/_/tests/V2G.Testing.Tests/SnapshotAssertTests.cs", "Test");

        // The checkout's folder, even where a literal /_/tests/V2G.Testing.Tests exists (a CI machine where another tool
        // created it): this test's own path is not mapped (test projects keep their real paths).
        Assert.Equal(Path.Combine(SourceFolder(), "__snapshots__", "SnapshotAssertTests.Test.approved.txt"), approved);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
