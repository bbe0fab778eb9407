using System;
using System.IO;
using System.Linq;

namespace V2G.Services.Tests.Storage;

/// <summary>
/// Where initdb and pg_ctl are: the folder <c>V2G_POSTGRES_BIN</c> names if set (only there), else PATH, then Debian's
/// /usr/lib/postgresql/&lt;version&gt;/bin, newest first.
/// </summary>
public static class PostgresBinaries
{
    /// <summary>The variable that turns a missing PostgreSQL into a test failure (CI sets it).</summary>
    public const string RequireVariable = "V2G_REQUIRE_POSTGRES";

    /// <summary>The variable naming the one folder to take the binaries from.</summary>
    public const string FolderVariable = "V2G_POSTGRES_BIN";

    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The folder holding initdb and pg_ctl, or null.</summary>
    public static string? Folder => Found.Value;

    /// <summary>Whether a missing PostgreSQL must fail the tests rather than skip them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>What is missing, for messages.</summary>
    public static string Missing => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(FolderVariable))
        ? "PostgreSQL's initdb and pg_ctl were not found in PATH or /usr/lib/postgresql/*/bin"
        : $"PostgreSQL's initdb and pg_ctl were not found in {FolderVariable}={Environment.GetEnvironmentVariable(FolderVariable)}";

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run (binaries found, or required so that they fail).</summary>
    public static string? SkipReason =>
        Folder != null || Required ? null : $"{Missing} (install postgresql; {RequireVariable}=1 makes this a failure)";

    private static string? Find()
    {
        string? chosen = Environment.GetEnvironmentVariable(FolderVariable);
        if (!string.IsNullOrEmpty(chosen))
        {
            return HasBinaries(chosen) ? chosen : null;
        }

        string[] path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string[] debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out int version) ? version : 0)
                .Select(d => Path.Combine(d, "bin")).ToArray()
            : [];
        return path.Concat(debian).FirstOrDefault(HasBinaries);
    }

    private static bool HasBinaries(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));
}
