using System;
using System.Collections.Generic;
using System.Net;

namespace V2G.Services.Client;

/// <summary>The service answered with an error status; carries the status and the service's error messages.</summary>
public sealed class PncServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="messages">The service's <c>errorMessages</c> (or the body text when it sent no error object).</param>
    /// <param name="traceId">The service's trace id, if it sent one.</param>
    public PncServiceException(HttpStatusCode status, IReadOnlyList<string> messages, string? traceId)
        : base($"{(int)status} {status}: {string.Join("; ", messages)}")
    {
        Status = status;
        Messages = messages;
        TraceId = traceId;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The service's error messages.</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>The service's trace id, if any.</summary>
    public string? TraceId { get; }
}
