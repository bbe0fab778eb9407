using System;

namespace V2G.Services.Hosting;

/// <summary>The service cannot start with its options (an unreadable PKI folder, a missing connection string, ...).</summary>
public sealed class PncServiceConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, with the value given.</param>
    /// <param name="inner">The underlying error.</param>
    public PncServiceConfigurationException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
