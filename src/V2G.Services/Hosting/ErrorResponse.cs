using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace V2G.Services.Hosting;

/// <summary>The error body of every endpoint, in the shape of OPCP's <c>Error</c> schema.</summary>
/// <param name="ErrorMessages">What went wrong, one sentence each.</param>
/// <param name="TraceId">The request's trace id, as the logs show it.</param>
public sealed record ErrorResponse(
    [property: JsonPropertyName("errorMessages")] IReadOnlyList<string> ErrorMessages,
    [property: JsonPropertyName("traceId")] string TraceId);
