using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using V2G.Cli.Io;
using V2G.Services.Security;

namespace V2G.Cli.Services;

/// <summary>
/// The API keys of <c>v2g serve</c>: <c>--api-key ROLE=KEY</c> (repeatable) and <c>--api-keys FILE.json</c>, a JSON object from
/// role to one key or an array of keys (<c>{"admin": "...", "cpo": ["...", "..."]}</c>).
/// </summary>
internal static class ServeApiKeys
{
    /// <summary>The shortest key accepted (as <see cref="ApiKeySet"/> requires).</summary>
    public const int MinimumLength = 16;

    /// <summary>Reads <c>ROLE=KEY</c>.</summary>
    /// <exception cref="UsageException">No '=', an unknown role, or a short key.</exception>
    public static KeyValuePair<string, ApiRole> Parse(string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new UsageException($"--api-key '{Redacted(text)}' is not ROLE=KEY (roles: {RoleList})");
        }

        return Pair(text[..equals].Trim(), text[(equals + 1)..], "--api-key");
    }

    /// <summary>Reads a key file.</summary>
    /// <exception cref="InputException">The file cannot be read or is not the expected JSON.</exception>
    public static IReadOnlyList<KeyValuePair<string, ApiRole>> ReadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--api-keys {path}: {e.Message}");
        }

        var keys = new List<KeyValuePair<string, ApiRole>>();
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"--api-keys {path}: expected a JSON object from role to key(s)");
            }

            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                IEnumerable<JsonElement> values = property.Value.ValueKind == JsonValueKind.Array
                    ? property.Value.EnumerateArray()
                    : [property.Value];
                foreach (JsonElement value in values)
                {
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        throw new InputException($"--api-keys {path}: the key(s) of '{property.Name}' must be strings");
                    }

                    keys.Add(Pair(property.Name, value.GetString()!, "--api-keys " + path));
                }
            }
        }
        catch (JsonException e)
        {
            throw new InputException($"--api-keys {path}: not JSON ({e.Message})");
        }
        catch (UsageException e)
        {
            throw new InputException(e.Message);
        }

        return keys.Count > 0 ? keys : throw new InputException($"--api-keys {path}: the file names no key");
    }

    private static string RoleList => string.Join(", ", Enum.GetNames<ApiRole>().Select(n => n.ToLowerInvariant()));

    private static KeyValuePair<string, ApiRole> Pair(string role, string key, string source)
    {
        if (!Enum.TryParse(role, ignoreCase: true, out ApiRole parsed) || !Enum.IsDefined(parsed) || role.Any(char.IsDigit))
        {
            throw new UsageException($"{source}: unknown role '{role}' (roles: {RoleList})");
        }

        if (key.Length < MinimumLength || string.IsNullOrWhiteSpace(key))
        {
            throw new UsageException($"{source}: the key for role {role} is shorter than {MinimumLength} characters");
        }

        return new KeyValuePair<string, ApiRole>(key, parsed);
    }

    /// <summary>The role part only: a key must not end up in an error message or a log.</summary>
    private static string Redacted(string text) => text.Length <= 4 ? "****" : text[..2] + "****";
}
