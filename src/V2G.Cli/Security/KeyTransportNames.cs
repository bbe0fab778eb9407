using System;
using V2G.Security.KeyTransport;

namespace V2G.Cli.Security;

/// <summary>The <c>--profile</c> names of <c>v2g key decrypt|encrypt</c>.</summary>
internal static class KeyTransportNames
{
    /// <summary>The accepted names, for messages.</summary>
    public const string Known = "iso2, iso20-secp521 or iso20-x448";

    /// <summary>Parses <c>--profile iso2|iso20-secp521|iso20-x448</c>.</summary>
    /// <param name="value">The option value.</param>
    /// <returns>The key transport profile.</returns>
    /// <exception cref="UsageException">The name is unknown.</exception>
    public static KeyTransportProfile Parse(string value) => value.ToLowerInvariant() switch
    {
        "iso2" => KeyTransportProfile.Iso2,
        "iso20-secp521" or "iso20-p521" => KeyTransportProfile.Iso20Secp521,
        "iso20-x448" => KeyTransportProfile.Iso20X448,
        _ => throw new UsageException($"option '--profile' is {Known}, not '{value}'"),
    };

    /// <summary>The command-line name of a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>iso2, iso20-secp521 or iso20-x448.</returns>
    public static string NameOf(KeyTransportProfile profile) => profile switch
    {
        KeyTransportProfile.Iso2 => "iso2",
        KeyTransportProfile.Iso20Secp521 => "iso20-secp521",
        KeyTransportProfile.Iso20X448 => "iso20-x448",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "unknown key transport profile"),
    };

    /// <summary>True for the ISO 15118-20 profiles, whose AES-GCM AAD is PCID || SKI.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>True unless ISO 15118-2.</returns>
    public static bool NeedsAad(KeyTransportProfile profile) => profile != KeyTransportProfile.Iso2;

    /// <summary>The length of a private key of the profile: 32 (P-256), 66 (P-521) or 56 (X448) bytes.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The length in bytes.</returns>
    public static int PrivateKeyLength(KeyTransportProfile profile) => profile switch
    {
        KeyTransportProfile.Iso2 => 32,
        KeyTransportProfile.Iso20Secp521 => 66,
        _ => 56,
    };
}
