using System;

namespace V2G.Cli;

/// <summary>The command line is wrong; reported with the usage text and exit code 2.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the command line, as one line.</param>
    public UsageException(string message)
        : base(message)
    {
    }
}
