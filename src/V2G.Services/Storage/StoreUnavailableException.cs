using System;

namespace V2G.Services.Storage;

/// <summary>The store could not be reached or refused an operation for a reason outside the request (disk, database).</summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="inner">The underlying error.</param>
    public StoreUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
