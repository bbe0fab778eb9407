using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Services.Client;

/// <summary>Turns an error answer of the service into a <see cref="PncServiceException"/>.</summary>
internal static class ServiceResponses
{
    /// <summary>Throws <see cref="PncServiceException"/> unless the status is a success.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var messages = new List<string>();
        string? traceId = null;
        try
        {
            using JsonDocument json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("errorMessages", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement message in list.EnumerateArray())
                {
                    messages.Add(message.GetString() ?? "");
                }

                traceId = json.RootElement.TryGetProperty("traceId", out JsonElement t) ? t.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not our error shape: the body text is the message.
        }

        if (messages.Count == 0)
        {
            messages.Add(string.IsNullOrWhiteSpace(body) ? response.ReasonPhrase ?? "no reason given" : body.Trim());
        }

        throw new PncServiceException(response.StatusCode, messages, traceId);
    }
}
