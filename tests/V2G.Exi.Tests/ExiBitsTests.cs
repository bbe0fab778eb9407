using System;
using Xunit;

namespace V2G.Exi.Tests;

/// <summary>The public face of the shared rule (its values are tested in tests/Shared/ExiRulesTests.cs).</summary>
public class ExiBitsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 3)]
    [InlineData(4097, 13)]
    public void CodeWidth_IsTheSharedRule(int count, int expected)
    {
        Assert.Equal(expected, ExiBits.CodeWidth(count));
    }

    [Fact]
    public void CodeWidth_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExiBits.CodeWidth(-1));
    }
}
