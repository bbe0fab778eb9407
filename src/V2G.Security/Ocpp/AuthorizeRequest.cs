using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Serialization;
using V2G.Security.Certificates;
using V2G.Security.Identifiers;

namespace V2G.Security.Ocpp;

/// <summary>
/// OCPP AuthorizeRequest of a Plug'n'Charge session: the eMAID as idToken, the OCSP request data of each certificate of the
/// contract chain, and optionally the chain itself as PEM (when the station cannot check it).
/// </summary>
public sealed record AuthorizeRequest : IOcppPayload
{
    /// <summary>idToken: the eMAID.</summary>
    [JsonPropertyName("idToken")]
    public required IdToken IdToken { get; init; }

    /// <summary>certificate: the contract chain as PEM, leaf first, or null.</summary>
    [JsonPropertyName("certificate")]
    public string? Certificate { get; init; }

    /// <summary>iso15118CertificateHashData: OCSP request data of the contract leaf and its sub-CAs (1 to 4), or null.</summary>
    [JsonPropertyName("iso15118CertificateHashData")]
    public IReadOnlyList<OcspRequestData>? Iso15118CertificateHashData { get; init; }

    /// <summary>
    /// The request for a contract chain: idToken = the leaf's CN (checked as an eMAID), the OCSP request data of the leaf
    /// and each sub-CA (each hashed with its issuer: the next certificate, the last with <paramref name="root"/>).
    /// </summary>
    /// <param name="contractChain">Leaf, then Sub-CA 2, then Sub-CA 1, as the car sent them.</param>
    /// <param name="root">The MO root, to hash the last sub-CA; without it the last sub-CA gets no entry.</param>
    /// <param name="includePem">Whether to put the chain as PEM into <c>certificate</c>.</param>
    /// <param name="hashAlgorithm">The CertID hash.</param>
    /// <param name="request">The request.</param>
    /// <param name="problem">Why there is none.</param>
    /// <returns>True if the request was built.</returns>
    public static bool TryCreate(
        IReadOnlyList<X509Certificate2> contractChain, X509Certificate2? root, bool includePem, OcppHashAlgorithm hashAlgorithm,
        [NotNullWhen(true)] out AuthorizeRequest? request, [NotNullWhen(false)] out OcppProblem? problem)
    {
        request = null;
        if (contractChain is null || contractChain.Count == 0)
        {
            problem = new(OcppProblemKind.MissingField, "$.idToken", "no contract certificate was given");
            return false;
        }

        string? cn = contractChain[0].GetNameInfo(X509NameType.SimpleName, false);
        if (IdentifierSyntax.EmaidProblem(cn) is { } emaidProblem)
        {
            problem = new(OcppProblemKind.InvalidValue, "$.idToken.idToken", $"the contract CN '{cn}' is not an eMAID: {emaidProblem}");
            return false;
        }

        X509Certificate2[] issuers = contractChain.Skip(1).Concat(root is null ? [] : [root]).ToArray();
        var hashData = new List<OcspRequestData>();
        for (int i = 0; i < issuers.Length; i++)
        {
            if (!OcspRequestData.TryCreate(contractChain[i], issuers[i], hashAlgorithm, out OcspRequestData? data, out problem))
            {
                problem = problem with { Field = $"$.iso15118CertificateHashData[{i}]" };
                return false;
            }

            hashData.Add(data);
        }

        request = new()
        {
            IdToken = new IdToken { Value = cn!, Type = IdToken.EmaidType },
            Certificate = includePem ? string.Concat(contractChain.Select(c => c.ExportCertificatePem() + "\n")) : null,
            Iso15118CertificateHashData = hashData.Count == 0 ? null : hashData,
        };
        problem = request.Validate();
        request = problem is null ? request : null;
        return problem is null;
    }

    /// <summary>The certificates of <see cref="Certificate"/> in order (none when it is null).</summary>
    /// <param name="certificates">The certificates; the caller disposes them.</param>
    /// <param name="problem">Why the PEM cannot be read.</param>
    /// <returns>True if every PEM block is a certificate.</returns>
    public bool TryGetCertificates(
        [NotNullWhen(true)] out IReadOnlyList<X509Certificate2>? certificates, [NotNullWhen(false)] out OcppProblem? problem)
    {
        certificates = null;
        problem = null;
        var found = new List<X509Certificate2>();
        ReadOnlySpan<char> rest = Certificate ?? string.Empty;
        try
        {
            while (PemEncoding.TryFind(rest, out PemFields fields))
            {
                if (!rest[fields.Label].SequenceEqual("CERTIFICATE"))
                {
                    problem = new(OcppProblemKind.InvalidValue, "$.certificate", $"a '{rest[fields.Label]}' block is not a certificate");
                    break;
                }

                found.Add(X509CertificateLoader.LoadCertificate(Convert.FromBase64String(rest[fields.Base64Data].ToString())));
                rest = rest[fields.Location.End..];
            }
        }
        catch (CryptographicException e)
        {
            problem = new(OcppProblemKind.InvalidValue, "$.certificate", $"certificate {found.Count + 1} cannot be read: {e.Message}");
        }

        if (problem is null && Certificate != null && found.Count == 0)
        {
            problem = new(OcppProblemKind.InvalidValue, "$.certificate", "the field holds no PEM certificate");
        }

        if (problem != null)
        {
            found.ForEach(c => c.Dispose());
            return false;
        }

        certificates = found;
        return true;
    }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null)
    {
        limits ??= OcppLimits.Ocpp201;
        return OcppChecks.First(
            () => OcppChecks.Required(path + ".idToken", IdToken) ?? IdToken.Validate(path + ".idToken", limits),
            () => OcppChecks.Text(path + ".certificate", Certificate, limits.Certificate, required: false),
            () => OcppChecks.Items(path + ".iso15118CertificateHashData", Iso15118CertificateHashData, 1, limits.HashDataItems),
            () => (Iso15118CertificateHashData ?? []).Select((d, i) => d.Validate($"{path}.iso15118CertificateHashData[{i}]", limits))
                .FirstOrDefault(p => p != null));
    }
}
