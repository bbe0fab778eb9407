using System;
using System.IO;
using V2G.Security;
using V2G.Security.TestPki;

namespace V2G.Services.Tests.StatusPage;

/// <summary>A fresh ISO-2 test PKI folder in a temp directory, valid at a chosen time; deleted on dispose.</summary>
public sealed class TempPkiFolder : IDisposable
{
    public TempPkiFolder(DateTimeOffset validAt)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "v2g-pki-" + Guid.NewGuid().ToString("N"));
        if (!new TestPkiSetBuilder(SecurityProfile.Iso2, validAt).TryBuild(out TestPkiSet? set, out TestPkiProblem? problem))
        {
            throw new InvalidOperationException("test PKI: " + problem);
        }

        using (set)
        {
            if (!TestPkiFolderWriter.TryWrite(set, Path, out string? error))
            {
                throw new InvalidOperationException("test PKI folder: " + error);
            }
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }
}
