using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace V2G.Cli.Io;

/// <summary>
/// Where a command's results go: standard output (each result headed by <c>==&gt; NAME &lt;==</c> when there are several
/// inputs, as <c>head</c> does), or one file per input in an output directory (<c>DIR/&lt;input stem&gt;&lt;extension&gt;</c>,
/// each path listed on standard output as <c>wrote PATH</c>).
/// </summary>
internal sealed class OutputTarget
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TextWriter _stdout;
    private readonly string? _directory;
    private readonly bool _headed;
    private bool _anyPrinted;
    private readonly Dictionary<string, string> _writtenBy = new(StringComparer.OrdinalIgnoreCase);

    private OutputTarget(TextWriter stdout, string? directory, bool headed)
    {
        _stdout = stdout;
        _directory = directory;
        _headed = headed;
    }

    /// <summary>Results go to standard output.</summary>
    /// <param name="stdout">Standard output.</param>
    /// <param name="headed">True to head each result with its input's name (several inputs share stdout).</param>
    /// <returns>The target.</returns>
    public static OutputTarget ToStdout(TextWriter stdout, bool headed) => new OutputTarget(stdout, null, headed);

    /// <summary>Results go to files in a directory, which is created if missing.</summary>
    /// <param name="stdout">Standard output, for the list of written files.</param>
    /// <param name="directory">The output directory.</param>
    /// <returns>The target.</returns>
    /// <exception cref="InputException">The directory cannot be created.</exception>
    public static OutputTarget ToDirectory(TextWriter stdout, string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException("cannot create the output directory: " + e.Message, e);
        }

        return new OutputTarget(stdout, directory, headed: false);
    }

    /// <summary>Writes text: as is to stdout (ending with a newline), or as a UTF-8 file.</summary>
    /// <param name="input">The input the text was made from.</param>
    /// <param name="extension">The output file extension with its dot.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="InputException">The file cannot be written, or another input already wrote it.</exception>
    public void WriteText(InputSource input, string extension, string text)
    {
        string ended = text.EndsWith('\n') ? text : text + "\n";
        if (_directory is null)
        {
            WriteHeader(input);
            _stdout.Write(ended);
            return;
        }

        WriteFile(input, extension, path => File.WriteAllText(path, ended, Utf8NoBom));
    }

    /// <summary>Writes bytes: as one line of uppercase hex to stdout, or as a binary file.</summary>
    /// <param name="input">The input the bytes were made from.</param>
    /// <param name="extension">The output file extension with its dot.</param>
    /// <param name="bytes">The bytes.</param>
    /// <exception cref="InputException">The file cannot be written, or another input already wrote it.</exception>
    public void WriteBinary(InputSource input, string extension, byte[] bytes)
    {
        if (_directory is null)
        {
            WriteHeader(input);
            _stdout.WriteLine(HexText.Format(bytes));
            return;
        }

        WriteFile(input, extension, path => File.WriteAllBytes(path, bytes));
    }

    private void WriteHeader(InputSource input)
    {
        if (!_headed)
        {
            return;
        }

        if (_anyPrinted)
        {
            _stdout.WriteLine();
        }

        _stdout.WriteLine($"==> {input.DisplayName} <==");
        _anyPrinted = true;
    }

    private void WriteFile(InputSource input, string extension, Action<string> write)
    {
        string path = Path.Combine(_directory!, input.OutputStem + extension);
        if (_writtenBy.TryGetValue(path, out string? earlier))
        {
            throw new InputException($"output {path} was already written for {earlier}");
        }

        try
        {
            write(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("cannot write output: " + e.Message, e);
        }

        _writtenBy.Add(path, input.DisplayName);
        _stdout.WriteLine("wrote " + path);
    }
}
