using System;
using V2G.Security.Certificates;
using V2G.Security.Csr;
using Xunit;

namespace V2G.Security.Tests.Csr;

/// <summary>Subject text parsing and the role rules of <see cref="V2GCsr.TryCreate"/>, each refusal with its reason.</summary>
public sealed class CsrSubjectTests
{
    [Fact]
    public void ParsesKeysInAnyCaseAndOrderAndEncodesCnOCDc()
    {
        Assert.True(CsrSubject.TryParse(" dc=MO , c=DE,o=Example\\, Inc.,cn=DEV2GC12345678", out CsrSubject? subject, out _));
        Assert.Equal("DEV2GC12345678", subject.CommonName);
        Assert.Equal("Example, Inc.", subject.Organization);
        Assert.Equal("DE", subject.Country);
        Assert.Equal("MO", subject.DomainComponent);
        Assert.Equal("CN=DEV2GC12345678,O=Example\\, Inc.,C=DE,DC=MO", subject.ToString());
        // X500DistinguishedName.Name lists the RDNs last-encoded first.
        Assert.Equal("DC=MO, C=DE, O=\"Example, Inc.\", CN=DEV2GC12345678", subject.ToDistinguishedName().Name);
    }

    [Fact]
    public void OrganizationAndCountryAreOptional()
    {
        Assert.True(CsrSubject.TryParse("CN=CPS Leaf,DC=CPS", out CsrSubject? subject, out _));
        Assert.Null(subject.Organization);
        Assert.Null(subject.Country);
        Assert.Equal("DC=CPS, CN=CPS Leaf", subject.ToDistinguishedName().Name);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("O=x,DC=MO", "CN is required")]
    [InlineData("CN=a,O=x", "DC is required")]
    [InlineData("CN=a,OU=x,DC=MO", "attribute 'OU' is not allowed")]
    [InlineData("CN=a,CN=b,DC=MO", "CN appears more than once")]
    [InlineData("CN=a,C=de,DC=MO", "C 'de' must be two upper-case letters")]
    [InlineData("CN=a,C=DEU,DC=MO", "C 'DEU' must be two upper-case letters")]
    [InlineData("CNa,DC=MO", "is not KEY=VALUE")]
    [InlineData("CN=a,O=,DC=MO", "O is given but empty")]
    [InlineData("CN=0123456789012345678901234567890123456789012345678901234567890123456789,DC=MO", "CN has 70 characters")]
    public void RefusesUnusableSubjectText(string text, string expected)
    {
        Assert.False(CsrSubject.TryParse(text, out CsrSubject? subject, out CsrProblem? problem));
        Assert.Null(subject);
        Assert.Equal(CsrProblemKind.InvalidSubject, problem.Kind);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CertificateRole.Secc, "CN=DE*V2G*E1234567,DC=MO", CsrProblemKind.WrongDomainComponent, "has DC=CPO")]
    [InlineData(CertificateRole.Contract, "CN=DEV2GC12345678,DC=CPO", CsrProblemKind.WrongDomainComponent, "has DC=MO")]
    [InlineData(CertificateRole.OemProvisioning, "CN=WMIV2G1234567890AB,DC=MO", CsrProblemKind.WrongDomainComponent, "has DC=OEM")]
    [InlineData(CertificateRole.Secc, "CN=SECC-1,DC=CPO", CsrProblemKind.InvalidIdentifier, "must be an EVSEID")]
    [InlineData(CertificateRole.Contract, "CN=DE-V2G-C12345678,DC=MO", CsrProblemKind.InvalidIdentifier, "must be an eMAID")]
    [InlineData(CertificateRole.Contract, "CN=WMIV2G1234567890AB,DC=MO", CsrProblemKind.InvalidIdentifier, "must be an eMAID")]
    [InlineData(CertificateRole.OemProvisioning, "CN=WMI-1,DC=OEM", CsrProblemKind.InvalidIdentifier, "must be a PCID")]
    [InlineData(CertificateRole.Secc, "CN=DE*V2G*E1234567,C=x,DC=CPO", CsrProblemKind.InvalidSubject, "two upper-case letters")]
    public void CreateRefusesASubjectThatDoesNotFitTheRole(CertificateRole role, string subject, CsrProblemKind kind, string expected)
    {
        Assert.False(V2GCsr.TryCreate(role, SecurityProfile.Iso2, subject, out V2GCsr? csr, out CsrPrivateKey? key, out CsrProblem? problem));
        Assert.Null(csr);
        Assert.Null(key);
        Assert.Equal(kind, problem.Kind);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateThrowsAnArgumentExceptionWithTheProblem()
    {
        var e = Assert.Throws<ArgumentException>(() => V2GCsr.Create(CertificateRole.Secc, SecurityProfile.Iso2, "CN=x,DC=CPO", out _));
        Assert.StartsWith("InvalidIdentifier:", e.Message, StringComparison.Ordinal);
    }
}
