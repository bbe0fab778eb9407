using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Services.Storage.FileSystem;

/// <summary>Replaces a file so that readers and a crash see either the old or the new content, never a part.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes the bytes to a temporary file beside the target, then renames it over the target; <paramref name="durable"/>
    /// flushes the file to the disk first and the folder after the rename, so that after a power loss the target holds the old
    /// or the new content and the new content is not lost once this returns.
    /// </summary>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, bool durable, CancellationToken cancellationToken)
    {
        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: durable);
            }

            File.Move(temporary, path, overwrite: true);
            if (durable)
            {
                DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
