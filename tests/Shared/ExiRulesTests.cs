// Linked into V2G.Exi.Tests and V2G.Exi.Generator.Tests: each runs these tests against its own compilation of
// src/V2G.Exi/Rules/ExiRules.cs (net10.0 in the runtime, netstandard2.0 in the generator).
using V2G.Exi.Rules;
using Xunit;

namespace V2G.Exi.Shared.Tests;

public class ExiRulesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    [InlineData(8, 3)]
    [InlineData(9, 4)]
    [InlineData(4096, 12)]
    [InlineData(4097, 13)]
    [InlineData(int.MaxValue, 31)]
    public void CodeWidth_KnownValues(int count, int expected)
    {
        Assert.Equal(expected, ExiRules.CodeWidth(count));
    }

    [Fact]
    public void CodeWidth_IsTheSmallestWidthThatHoldsEveryValue()
    {
        for (int count = 1; count <= 70000; count++)
        {
            int width = ExiRules.CodeWidth(count);
            Assert.True(1L << width >= count, count + " values do not fit " + width + " bits");
            Assert.True(width == 0 || 1L << (width - 1) < count, count + " values fit fewer than " + width + " bits");
        }
    }

    [Theory]
    [InlineData(1, false, 0)]
    [InlineData(1, true, 1)]
    [InlineData(2, false, 1)]
    [InlineData(2, true, 2)]
    [InlineData(3, true, 2)]
    [InlineData(4, true, 3)]
    public void LevelWidth_CountsTheEscapeToTheDeeperLevel(int productions, bool deeper, int expected)
    {
        Assert.Equal(expected, ExiRules.LevelWidth(productions, deeper));
    }

    [Fact]
    public void MaxBoundedRange_IsTheLimitOfSection7_1_9()
    {
        Assert.Equal(4096, ExiRules.MaxBoundedRange);
    }
}
