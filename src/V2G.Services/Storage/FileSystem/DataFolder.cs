using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Services.Storage.FileSystem;

/// <summary>The file store's folder: its lock and its JSON files; each failure is a <see cref="StoreUnavailableException"/> with the path.</summary>
internal sealed class DataFolder(string path)
{
    /// <summary>The folder (full path).</summary>
    public string Path { get; } = path;

    /// <summary>Creates the folder if missing and takes its lock, or says who holds it.</summary>
    public FolderLock Lock()
    {
        try
        {
            Directory.CreateDirectory(Path);
            if (FolderLock.TryAcquire(Path, out FolderLock? folderLock, out string? holder))
            {
                return folderLock;
            }

            throw new StoreUnavailableException(
                $"the data folder {Path} is in use by {holder}: one service instance per folder " +
                "(use another --data folder, or --store postgres for several instances)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"cannot use the data folder {Path}: {e.Message}", e);
        }
    }

    /// <summary>A document, or null when its file does not exist.</summary>
    public async Task<T?> ReadAsync<T>(string name, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        string file = System.IO.Path.Combine(Path, name);
        try
        {
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                    ?? throw new StoreUnavailableException($"the data file {file} holds null");
            }
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (JsonException e)
        {
            throw new StoreUnavailableException($"the data file {file} is not valid: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"cannot read the data file {file}: {e.Message}", e);
        }
    }

    /// <summary>Replaces a document atomically; <paramref name="durable"/> waits until it is on the disk.</summary>
    public async Task WriteAsync<T>(string name, T document, JsonTypeInfo<T> type, bool durable, CancellationToken cancellationToken)
    {
        string file = System.IO.Path.Combine(Path, name);
        try
        {
            byte[] content = JsonSerializer.SerializeToUtf8Bytes(document, type);
            await AtomicFile.WriteAsync(file, content, durable, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"cannot write the data file {file}: {e.Message}", e);
        }
    }
}
