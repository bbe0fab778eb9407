using System;
using Xunit;

namespace V2G.Exi.Tests;

public class ExiBitsTests
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
        Assert.Equal(expected, ExiBits.CodeWidth(count));
    }

    [Fact]
    public void CodeWidth_MatchesDefinition()
    {
        for (int count = 1; count <= 70000; count++)
        {
            int width = 0;
            while ((1L << width) < count)
            {
                width++;
            }

            Assert.Equal(width, ExiBits.CodeWidth(count));
        }
    }

    [Fact]
    public void CodeWidth_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExiBits.CodeWidth(-1));
    }
}
