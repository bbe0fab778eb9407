using System;

namespace V2G.Cli.Io;

/// <summary>One input cannot be read or its output cannot be written; the batch goes on with the next input.</summary>
internal sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, as one line, without the input's name.</param>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong, as one line, without the input's name.</param>
    /// <param name="innerException">The cause.</param>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
