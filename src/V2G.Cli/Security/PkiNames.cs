using V2G.Security;
using V2G.Security.Certificates;

namespace V2G.Cli.Security;

/// <summary>The command-line names of roles (<c>--role</c>) and profiles (<c>--profile</c>).</summary>
internal static class PkiNames
{
    /// <summary>Parses <c>--role secc|cps|contract|oem|tariff|vehicle</c> (tariff: the MO Sub-CA 2 that signs SalesTariff).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The role.</returns>
    /// <exception cref="UsageException">Another value.</exception>
    public static CertificateRole Role(string value) => value.ToLowerInvariant() switch
    {
        "secc" => CertificateRole.Secc,
        "cps" => CertificateRole.Cps,
        "contract" => CertificateRole.Contract,
        "oem" or "oem-provisioning" => CertificateRole.OemProvisioning,
        "tariff" or "tariff-signer" => CertificateRole.TariffSigner,
        "vehicle" => CertificateRole.Vehicle,
        _ => throw new UsageException($"option '--role' is secc, cps, contract, oem, tariff or vehicle, not '{value}'"),
    };

    /// <summary>Parses <c>--profile iso2|iso20|iso20-ed448</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="UsageException">Another value.</exception>
    public static SecurityProfile Profile(string value) => value.ToLowerInvariant() switch
    {
        "iso2" => SecurityProfile.Iso2,
        "iso20" or "iso20-secp521" => SecurityProfile.Iso20Secp521,
        "iso20-ed448" => SecurityProfile.Iso20Ed448,
        _ => throw new UsageException($"option '--profile' is iso2, iso20 or iso20-ed448, not '{value}'"),
    };
}
