using System.Collections.Generic;
using System.Linq;
using V2G.Security.Certificates;
using V2G.Security.TestPki;

namespace V2G.Security.Tests.Csr;

/// <summary>Subjects that fit each role, and the (role, profile) cases.</summary>
public static class CsrCases
{
    public static readonly CertificateRole[] Roles =
        [CertificateRole.Secc, CertificateRole.Cps, CertificateRole.Contract, CertificateRole.OemProvisioning];

    public static readonly SecurityProfile[] AllProfiles = [SecurityProfile.Iso2, SecurityProfile.Iso20Secp521, SecurityProfile.Iso20Ed448];

    public static string Subject(CertificateRole role) => role switch
    {
        CertificateRole.Secc => "CN=" + TestPkiBuilder.DefaultEvseId + ",O=Example CPO,C=DE,DC=CPO",
        CertificateRole.Cps => "CN=CPS Leaf,O=Example CPS,C=DE,DC=CPS",
        CertificateRole.Contract => "CN=" + TestPkiBuilder.DefaultEmaid + ",O=Example MO,C=DE,DC=MO",
        _ => "CN=" + TestPkiBuilder.DefaultPcid + ",O=Example OEM,C=DE,DC=OEM",
    };

    public static IEnumerable<object[]> AllProfileRoles() => AllProfiles.SelectMany(p => Roles.Select(r => new object[] { p, r }));

    public static IEnumerable<object[]> EcdsaProfileRoles() =>
        AllProfileRoles().Where(c => (SecurityProfile)c[0] != SecurityProfile.Iso20Ed448);
}
