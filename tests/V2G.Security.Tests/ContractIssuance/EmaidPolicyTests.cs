using System;
using V2G.Security.Identifiers;
using V2G.Security.Provisioning;
using Xunit;

namespace V2G.Security.Tests.ContractIssuance;

public sealed class EmaidPolicyTests
{
    [Fact]
    public void The_default_policy_numbers_DE_8AA_C_contracts_with_the_eMI3_check_digit()
    {
        string emaid = EmaidPolicy.Default.Create(17);
        Assert.Equal("DE8AAC00000017" + EMaid.ComputeCheckDigit("DE8AAC00000017"), emaid);
        EMaid parsed = EMaid.Parse(emaid, EMaidSyntax.Emi3);
        Assert.Equal('C', parsed.IdType);
        Assert.Equal(parsed.WithoutCheckDigit().WithCheckDigit(), parsed);
        Assert.Equal(17, EmaidPolicy.Default.SequenceOf(emaid));
    }

    [Theory]
    [InlineData("DE-8AA-C", "DE8AAC")]
    [InlineData("nl1abc", "NL1ABC")]
    public void Prefixes_with_or_without_separators_are_read(string prefix, string compact)
    {
        Assert.True(EmaidPolicy.TryCreate(prefix, out EmaidPolicy? policy, out string? error), error);
        Assert.Equal(compact, policy.Prefix);
        Assert.Null(policy.SequenceOf("FR8AAC000000011"));
    }

    [Theory]
    [InlineData("DE-8AA", "must be country code, provider ID and the ID type C")]
    [InlineData("DE-8AA-X", "must be country code, provider ID and the ID type C")]
    [InlineData("1E-8AA-C", "does not make an eMI3 contract ID")]
    public void Prefixes_that_are_not_eMI3_contract_prefixes_are_refused(string prefix, string reason)
    {
        Assert.False(EmaidPolicy.TryCreate(prefix, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000_000)]
    public void Sequences_outside_eight_digits_are_refused(long sequence) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => EmaidPolicy.Default.Create(sequence));
}
