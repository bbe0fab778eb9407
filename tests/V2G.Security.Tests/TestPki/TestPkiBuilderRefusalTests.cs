using System;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>The builder refuses unusable settings with a typed problem naming the setting, and makes nothing.</summary>
public class TestPkiBuilderRefusalTests
{
    private static readonly DateTimeOffset Now = GeneratedPkis.Now;

    [Fact]
    public void Ed448_UnsupportedProfile()
    {
        var builder = new TestPkiBuilder(SecurityProfile.Iso20Ed448, Now);

        Assert.False(builder.TryBuild(out GeneratedPki? pki, out TestPkiProblem? problem));
        Assert.Null(pki);
        Assert.Equal(TestPkiProblemKind.UnsupportedProfile, problem.Kind);
        Assert.Contains("Iso20Ed448", problem.Message);
    }

    [Theory]
    [InlineData("DE*V2G*X1234567", null, null, TestPkiProblemKind.InvalidEvseId)]
    [InlineData(null, "DE-V2G-C12345678", null, TestPkiProblemKind.InvalidEmaid)]
    [InlineData(null, "DEV2GC123", null, TestPkiProblemKind.InvalidEmaid)]
    [InlineData(null, null, "WMI-TOO-SHORT", TestPkiProblemKind.InvalidPcid)]
    public void BadIdentifier_RefusedWithItsKind(string? evseId, string? emaid, string? pcid, TestPkiProblemKind kind)
    {
        var builder = new TestPkiBuilder(SecurityProfile.Iso2, Now)
        {
            EvseId = evseId ?? TestPkiBuilder.DefaultEvseId,
            Emaid = emaid ?? TestPkiBuilder.DefaultEmaid,
            Pcid = pcid ?? TestPkiBuilder.DefaultPcid,
        };

        Assert.False(builder.TryBuild(out _, out TestPkiProblem? problem));
        Assert.Equal(kind, problem.Kind);
        Assert.Contains("'" + (evseId ?? emaid ?? pcid) + "'", problem.Message);
    }

    [Theory]
    [InlineData("", "DE")]
    [InlineData("V2G", "Germany")]
    [InlineData("V2G", "de")]
    public void BadOrganizationOrCountry_InvalidName(string organization, string country)
    {
        var builder = new TestPkiBuilder(SecurityProfile.Iso2, Now) { Organization = organization, Country = country };

        Assert.False(builder.TryBuild(out _, out TestPkiProblem? problem));
        Assert.Equal(TestPkiProblemKind.InvalidName, problem.Kind);
    }

    [Fact]
    public void Build_OnARefusedSetting_ThrowsWithTheProblem()
    {
        var builder = new TestPkiBuilder(SecurityProfile.Iso2, Now) { Emaid = "nope" };

        ArgumentException e = Assert.Throws<ArgumentException>(() => builder.Build());
        Assert.StartsWith("InvalidEmaid: ", e.Message);
    }

    [Fact]
    public void CustomIdentifiers_BecomeTheLeafCommonNames()
    {
        using GeneratedPki pki = new TestPkiBuilder(SecurityProfile.Iso2, Now)
        {
            EvseId = "NL*ABC*E998877",
            Emaid = "NLABCC00000042",
            Pcid = "WMIABC0987654321XY",
            Organization = "Another Org",
            Country = "NL",
        }.Build();

        Assert.Equal("NL*ABC*E998877", pki.Secc.Leaf.Certificate.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Equal("NLABCC00000042", pki.Contract.Leaf.Certificate.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Equal("WMIABC0987654321XY", pki.OemProvisioning.Leaf.Certificate.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Contains("O=Another Org", pki.V2GRoot.Certificate.Subject);
    }
}
