using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>
/// OCPP Get15118EVCertificateRequest: the charging station relays the car's CertificateInstallationReq or
/// CertificateUpdateReq (EXI, base64) to the CSMS. OCPP 2.1 adds maximumContractCertificateChains and prioritizedEMAIDs.
/// </summary>
public sealed record Get15118EVCertificateRequest : IOcppPayload
{
    /// <summary>The iso15118SchemaVersion of an ISO 15118-2 session.</summary>
    public const string Iso2SchemaVersion = "urn:iso:15118:2:2013:MsgDef";

    /// <summary>The iso15118SchemaVersion of an ISO 15118-20 session.</summary>
    public const string Iso20SchemaVersion = "urn:iso:std:iso:15118:-20:CommonMessages";

    /// <summary>iso15118SchemaVersion: the namespace of the session's messages, so the CSMS can decode the EXI.</summary>
    [JsonPropertyName("iso15118SchemaVersion")]
    public required string Iso15118SchemaVersion { get; init; }

    /// <summary>action: Install or Update.</summary>
    [JsonPropertyName("action")]
    public required OcppCertificateAction Action { get; init; }

    /// <summary>exiRequest: the car's EXI request, base64.</summary>
    [JsonPropertyName("exiRequest")]
    public required string ExiRequest { get; init; }

    /// <summary>maximumContractCertificateChains (OCPP 2.1), or null.</summary>
    [JsonPropertyName("maximumContractCertificateChains")]
    public int? MaximumContractCertificateChains { get; init; }

    /// <summary>prioritizedEMAIDs (OCPP 2.1): the eMAIDs the car prefers, at most 8, or null.</summary>
    [JsonPropertyName("prioritizedEMAIDs")]
    public IReadOnlyList<string>? PrioritizedEmaids { get; init; }

    /// <summary>The request relaying <paramref name="exi"/> (the EXI bytes of the car's message) for an ISO 15118-2 or -20 session.</summary>
    /// <param name="schemaVersion">The session's namespace, e.g. <see cref="Iso2SchemaVersion"/>.</param>
    /// <param name="action">Install (CertificateInstallationReq) or Update (CertificateUpdateReq).</param>
    /// <param name="exi">The EXI message as received from the car.</param>
    /// <returns>The request.</returns>
    public static Get15118EVCertificateRequest Create(string schemaVersion, OcppCertificateAction action, ReadOnlySpan<byte> exi) =>
        new() { Iso15118SchemaVersion = schemaVersion, Action = action, ExiRequest = OcppEncoding.ToBase64(exi) };

    /// <summary>The EXI bytes of <see cref="ExiRequest"/> (base64 with or without padding or line breaks).</summary>
    /// <param name="exi">The EXI bytes.</param>
    /// <param name="problem">Why the field is not base64.</param>
    /// <returns>True if the field decodes.</returns>
    public bool TryGetExiRequest([NotNullWhen(true)] out byte[]? exi, [NotNullWhen(false)] out OcppProblem? problem)
    {
        problem = OcppEncoding.TryFromBase64(ExiRequest, out exi, out string? error)
            ? null
            : new(OcppProblemKind.InvalidBase64, "$.exiRequest", error);
        return problem is null;
    }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null)
    {
        limits ??= OcppLimits.Ocpp201;
        return OcppChecks.First(
            () => OcppChecks.Text(path + ".iso15118SchemaVersion", Iso15118SchemaVersion, limits.SchemaVersion),
            () => Enum.IsDefined(Action) ? null : new(OcppProblemKind.InvalidValue, path + ".action", $"{Action} is no action"),
            () => OcppChecks.Base64(path + ".exiRequest", ExiRequest, limits.ExiRequest),
            () => MaximumContractCertificateChains is < 0
                ? new(OcppProblemKind.OutOfRange, path + ".maximumContractCertificateChains", "must not be negative")
                : null,
            () => OcppChecks.Items(path + ".prioritizedEMAIDs", PrioritizedEmaids, 1, limits.PrioritizedEmaids),
            () => (PrioritizedEmaids ?? []).Select((e, i) => OcppChecks.Text($"{path}.prioritizedEMAIDs[{i}]", e, limits.Emaid))
                .FirstOrDefault(p => p != null));
    }
}
