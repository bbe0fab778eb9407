using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace V2G.Services.Security;

/// <summary>The API keys the service accepts, each for one role.</summary>
public sealed class ApiKeySet
{
    private readonly IReadOnlyList<(byte[] Key, ApiRole Role)> _keys;

    /// <summary>Creates the set from (key, role) pairs.</summary>
    /// <param name="keys">The keys; each at least 16 characters.</param>
    public ApiKeySet(IEnumerable<KeyValuePair<string, ApiRole>> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = new List<(byte[], ApiRole)>();
        foreach ((string key, ApiRole role) in keys)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length < 16)
            {
                throw new ArgumentException($"the API key for role {role} is shorter than 16 characters", nameof(keys));
            }

            list.Add((Encoding.UTF8.GetBytes(key), role));
        }

        _keys = list;
    }

    /// <summary>The roles that have at least one key.</summary>
    public IEnumerable<ApiRole> Roles => _keys.Select(k => k.Role).Distinct();

    /// <summary>A set with one fresh random key per role (printed by <c>v2g serve</c> when no keys are given).</summary>
    /// <returns>The set and the keys by role.</returns>
    public static (ApiKeySet Set, IReadOnlyDictionary<ApiRole, string> Keys) Generate()
    {
        var keys = Enum.GetValues<ApiRole>().ToDictionary(r => r, _ => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());
        return (new ApiKeySet(keys.Select(k => new KeyValuePair<string, ApiRole>(k.Value, k.Key))), keys);
    }

    /// <summary>The role of a presented key, compared in constant time, or null if no key matches.</summary>
    /// <param name="presented">The key from the request.</param>
    public ApiRole? RoleOf(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        byte[] bytes = Encoding.UTF8.GetBytes(presented);
        ApiRole? found = null;
        foreach ((byte[] key, ApiRole role) in _keys)
        {
            // Every key is compared, so the time does not tell which one matched.
            if (key.Length == bytes.Length && CryptographicOperations.FixedTimeEquals(key, bytes))
            {
                found ??= role;
            }
        }

        return found;
    }
}
