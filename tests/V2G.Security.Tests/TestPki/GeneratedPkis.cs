using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Security.Certificates;
using V2G.Security.TestPki;

namespace V2G.Security.Tests.TestPki;

/// <summary>One generated PKI per ECDSA profile, made once for all tests (the tests only read it).</summary>
public static class GeneratedPkis
{
    /// <summary>The "now" the shared PKIs are made around.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 30, 45, TimeSpan.Zero);

    public static readonly SecurityProfile[] Profiles = [SecurityProfile.Iso2, SecurityProfile.Iso20Secp521];

    private static readonly Dictionary<SecurityProfile, Lazy<GeneratedPki>> Pkis = Profiles.ToDictionary(
        p => p, p => new Lazy<GeneratedPki>(() => new TestPkiBuilder(p, Now).Build()));

    public static GeneratedPki For(SecurityProfile profile) => Pkis[profile].Value;

    public static readonly CertificateRole[] Roles =
        [CertificateRole.Secc, CertificateRole.Cps, CertificateRole.Contract, CertificateRole.OemProvisioning];

    /// <summary>Every (profile, role) pair.</summary>
    public static IEnumerable<object[]> ProfileRoles() =>
        Profiles.SelectMany(p => Roles.Select(r => new object[] { p, r }));

    /// <summary>Every profile.</summary>
    public static IEnumerable<object[]> ProfileCases() => Profiles.Select(p => new object[] { p });
}
