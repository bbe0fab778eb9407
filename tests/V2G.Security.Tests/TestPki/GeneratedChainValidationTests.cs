using System.Linq;
using V2G.Security.Certificates;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>Every chain the builder makes is valid for its role with the project's ISO 15118 chain validator, and only for it.</summary>
public class GeneratedChainValidationTests
{
    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileRoles), MemberType = typeof(GeneratedPkis))]
    public void Chain_ValidForItsRoleAndProfile(SecurityProfile profile, CertificateRole role)
    {
        GeneratedPki pki = GeneratedPkis.For(profile);
        IssuedChain chain = pki.ChainFor(role);

        ChainValidationResult result = CertificateChainValidator.Validate(
            chain.Leaf.Certificate, chain.SubCertificates, chain.TrustAnchors, pki.ValidationOptions(role));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(role, chain.Role);
        Assert.Equal(
            new[] { chain.Leaf, chain.SubCa2, chain.SubCa1, chain.Root }.Select(c => c.Certificate.Thumbprint),
            result.Path.Select(c => c.Thumbprint));
    }

    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileCases), MemberType = typeof(GeneratedPkis))]
    public void MessageOrder_IsLeafThenSubCa2ThenSubCa1(SecurityProfile profile)
    {
        IssuedChain chain = GeneratedPkis.For(profile).Contract;

        Assert.Equal(
            new[] { chain.Leaf.Certificate, chain.SubCa2.Certificate, chain.SubCa1.Certificate },
            chain.MessageOrder);
        Assert.Equal(chain.MessageOrder.Skip(1), chain.SubCertificates);
        Assert.Equal(chain.SubCa2.Certificate.SubjectName.RawData, chain.Leaf.Certificate.IssuerName.RawData);
        Assert.Equal(chain.SubCa1.Certificate.SubjectName.RawData, chain.SubCa2.Certificate.IssuerName.RawData);
        Assert.Equal(chain.Root.Certificate.SubjectName.RawData, chain.SubCa1.Certificate.IssuerName.RawData);
    }

    [Theory]
    [InlineData(CertificateRole.Secc, CertificateRole.Contract, ChainRule.DomainComponent)]
    [InlineData(CertificateRole.Contract, CertificateRole.Secc, ChainRule.LeafKeyUsage)]
    [InlineData(CertificateRole.Cps, CertificateRole.Secc, ChainRule.LeafKeyUsage)]
    [InlineData(CertificateRole.OemProvisioning, CertificateRole.Contract, ChainRule.DomainComponent)]
    public void Chain_ForAnotherRole_RefusedByTheLeafRule(CertificateRole made, CertificateRole validatedAs, ChainRule rule)
    {
        GeneratedPki pki = GeneratedPkis.For(SecurityProfile.Iso2);
        IssuedChain chain = pki.ChainFor(made);

        ChainValidationResult result = CertificateChainValidator.Validate(
            chain.Leaf.Certificate, chain.SubCertificates, chain.TrustAnchors, pki.ValidationOptions(validatedAs));

        Assert.Equal(rule, result.Failure?.Rule);
        Assert.Equal(0, result.Failure!.Position);
    }

    [Fact]
    public void ContractChain_WithTheV2GRootAsAnchor_Refused()
    {
        GeneratedPki pki = GeneratedPkis.For(SecurityProfile.Iso2);
        IssuedChain chain = pki.Contract;

        ChainValidationResult result = CertificateChainValidator.Validate(
            chain.Leaf.Certificate, chain.SubCertificates, [pki.V2GRoot.Certificate], pki.ValidationOptions(CertificateRole.Contract));

        Assert.False(result.IsValid, result.ToString());
        Assert.Equal(ChainRule.UntrustedRoot, result.Failure!.Rule);
    }

    [Fact]
    public void Iso2Chain_ValidatedForTheIso20Profile_RefusedForItsKey()
    {
        GeneratedPki pki = GeneratedPkis.For(SecurityProfile.Iso2);
        IssuedChain chain = pki.Secc;

        ChainValidationResult result = CertificateChainValidator.Validate(
            chain.Leaf.Certificate, chain.SubCertificates, chain.TrustAnchors,
            pki.ValidationOptions(CertificateRole.Secc) with { Profile = SecurityProfile.Iso20Secp521 });

        Assert.Equal(ChainRule.ProfileKeyAlgorithm, result.Failure?.Rule);
    }

    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileCases), MemberType = typeof(GeneratedPkis))]
    public void Chain_AfterTheLeafLifetime_RefusedAsExpired(SecurityProfile profile)
    {
        GeneratedPki pki = GeneratedPkis.For(profile);
        IssuedChain chain = pki.Contract;
        ChainValidationOptions later = pki.ValidationOptions(CertificateRole.Contract) with
        {
            ValidationTime = pki.Now + TestPkiLifetimes.Leaf + System.TimeSpan.FromDays(1),
        };

        ChainValidationResult result = CertificateChainValidator.Validate(chain.Leaf.Certificate, chain.SubCertificates, chain.TrustAnchors, later);

        Assert.Equal(ChainRule.Expired, result.Failure?.Rule);
        Assert.Equal("leaf", result.Failure!.PositionName);
    }
}
