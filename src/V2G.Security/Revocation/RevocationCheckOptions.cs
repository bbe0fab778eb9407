using System;

namespace V2G.Security.Revocation;

/// <summary>Settings shared by CRL and OCSP checking.</summary>
public sealed record RevocationCheckOptions
{
    /// <summary>The default: five minutes of clock skew.</summary>
    public static RevocationCheckOptions Default { get; } = new();

    /// <summary>
    /// How far the validation time may lie before thisUpdate or after nextUpdate and the source still count as current
    /// (clocks of charger, vehicle and responder differ). Negative values count as zero.
    /// </summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    internal TimeSpan Skew => ClockSkew < TimeSpan.Zero ? TimeSpan.Zero : ClockSkew;
}
