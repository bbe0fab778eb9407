using System;
using System.IO;
using V2G.Services.Storage.FileSystem;
using Xunit;

namespace V2G.Services.Tests.Storage;

public sealed class DirectorySyncTests
{
    [Fact]
    public void An_existing_folder_is_flushed_and_a_missing_one_is_an_io_error_with_errno()
    {
        DirectorySync.Flush(Path.GetTempPath());

        string missing = Path.Combine(Path.GetTempPath(), "v2g-missing-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<IOException>(() => DirectorySync.Flush(missing));
        Assert.Contains(missing, error.Message);
        Assert.Contains("errno 2", error.Message); // ENOENT
    }
}
