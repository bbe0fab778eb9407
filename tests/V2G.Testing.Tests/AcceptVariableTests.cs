using System;
using System.IO;
using Xunit;

namespace V2G.Testing.Tests;

/// <summary>Setting V2G_ACCEPT_SNAPSHOTS is process-wide: these tests run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(AcceptVariableTests), DisableParallelization = true)]
public sealed class AcceptVariableCollection;

[Collection(nameof(AcceptVariableTests))]
public sealed class AcceptVariableTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    public void AcceptVariable_AcceptsAChangedSnapshot_OnlyWhenSet(string? value, bool accepted)
    {
        string folder = Path.Combine(Path.GetTempPath(), "v2g-accept-" + Guid.NewGuid().ToString("N"));
        string source = Path.Combine(folder, "Sample.cs");
        string approved = SnapshotAssert.ApprovedPath(Directory.CreateDirectory(folder).FullName + "/Sample.cs", "Test");
        Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
        File.WriteAllText(approved, "old\n");
        string? before = Environment.GetEnvironmentVariable(SnapshotAssert.AcceptVariable);
        try
        {
            Environment.SetEnvironmentVariable(SnapshotAssert.AcceptVariable, value);
            var error = Record.Exception(() => SnapshotAssert.Matches("new", sourceFile: source, testMethod: "Test"));

            Assert.Equal(accepted, error == null);
            Assert.Equal(accepted ? "new\n" : "old\n", File.ReadAllText(approved));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SnapshotAssert.AcceptVariable, before);
            Directory.Delete(folder, recursive: true);
        }
    }
}
