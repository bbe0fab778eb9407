using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace V2G.Services.Storage.FileSystem;

/// <summary>
/// An exclusive lock on a data folder, held for the life of a store: a second store on the folder, in this process or
/// another, is refused. The lock file is opened with <see cref="FileShare.None"/>, which .NET maps to an advisory
/// <c>flock</c> on Unix; the file itself stays (deleting it would let two holders lock different files).
/// </summary>
internal sealed class FolderLock : IDisposable
{
    /// <summary>The lock file's name inside the folder.</summary>
    public const string FileName = ".lock";

    // Who holds the lock, in a file of its own: the lock file cannot be read while locked.
    private const string HolderFileName = ".lock-holder";

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, or names the holder (process id and machine as it wrote them) when another store has it.</summary>
    public static bool TryAcquire(string folder, [NotNullWhen(true)] out FolderLock? folderLock, [NotNullWhen(false)] out string? holder)
    {
        string path = Path.Combine(folder, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            try
            {
                File.WriteAllText(Path.Combine(folder, HolderFileName), $"process {Environment.ProcessId} on {Environment.MachineName}\n");
            }
            catch
            {
                stream.Dispose();
                throw;
            }

            folderLock = new FolderLock(stream);
            holder = null;
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            folderLock = null;
            holder = ReadHolder(Path.Combine(folder, HolderFileName));
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private static string ReadHolder(string path)
    {
        try
        {
            string text = File.ReadAllText(path).Trim();
            return text.Length > 0 ? text : "another process";
        }
        catch (IOException)
        {
            return "another process";
        }
    }
}
