using System;
using Xunit;

namespace V2G.Exi.Tests;

public class ExiStringTableTests
{
    [Theory]
    [InlineData("00", false)]
    [InlineData("01", true)]
    public void ReadString_HitWithoutTable_ThrowsStringTableHitException(string hex, bool global)
    {
        var ex = Assert.Throws<ExiStringTableHitException>(() =>
        {
            var reader = new ExiReader(Hex.Parse("80" + hex));
            reader.ReadHeader();
            reader.ReadString(3);
        });

        Assert.Equal(global, ex.IsGlobalHit);
        Assert.Equal(8, ex.BitOffset);
        Assert.Contains(global ? "global string-table hit" : "local string-table hit", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("forbids", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("lenient", ex.Reason, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ExiDecodeException>(ex);
    }

    [Fact]
    public void ReadString_WithTable_ResolvesLocalAndGlobalHits()
    {
        const int Name = 5;
        const int Other = 7;
        const int Unused = 9;
        byte[] bytes = new BitBuilder()
            .String("abc")                 // literal, qname 5: global [abc], local5 [abc]
            .String("xyz")                 // literal, qname 5: global [abc, xyz], local5 [abc, xyz]
            .String(string.Empty)          // empty literal: not added
            .Unsigned(0).Value(1, 1)       // local hit, ceil(log2(2)) = 1 bit, id 1 -> xyz
            .Unsigned(1).Value(0, 1)       // global hit, 1 bit, id 0 -> abc
            .String("q")                   // literal, qname 7: global [abc, xyz, q], local7 [q]
            .Unsigned(1).Value(2, 2)       // global hit, ceil(log2(3)) = 2 bits, id 2 -> q
            .Unsigned(0)                   // local hit on qname 7: 1 entry -> 0 bits -> q
            .Bits("1")
            .ToArray();

        var table = new ExiStringTable();
        var reader = new ExiReader(bytes, table);
        Assert.Same(table, reader.StringTable);
        Assert.Equal("abc", reader.ReadString(Name));
        Assert.Equal("xyz", reader.ReadString(Name));
        Assert.Equal(string.Empty, reader.ReadString(Name));
        Assert.Equal(2, table.GlobalCount);
        Assert.Equal(2, table.LocalCount(Name));
        Assert.Equal(0, table.LocalCount(Unused));
        Assert.Equal("xyz", reader.ReadString(Name));
        Assert.Equal("abc", reader.ReadString(Other));
        Assert.Equal(2, table.GlobalCount); // hits are not added again
        Assert.Equal("q", reader.ReadString(Other));
        Assert.Equal("q", reader.ReadString(Name));
        Assert.Equal("q", reader.ReadString(Other));
        Assert.True(reader.ReadBoolean());
        Assert.Equal(3, table.GlobalCount);
        Assert.Equal(1, table.LocalCount(Other));
        Assert.Equal("xyz", table.GetGlobal(1));
        Assert.Equal("abc", table.GetLocal(Name, 0));
    }

    [Fact]
    public void ReadString_WithTable_LocalHitOnEmptyPartition_Throws()
    {
        var table = new ExiStringTable();
        table.Add(1, "value");
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse("00"), table).ReadString(2));
        Assert.IsNotType<ExiStringTableHitException>(ex);
        Assert.Contains("Local string-table hit 0 is out of range", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(8, ex.BitOffset);
    }

    [Fact]
    public void ReadString_WithTable_GlobalHitOutOfRange_Throws()
    {
        var table = new ExiStringTable();
        table.Add(1, "a");
        table.Add(1, "b");
        table.Add(2, "c");
        byte[] bytes = new BitBuilder().Unsigned(1).Value(3, 2).ToArray(); // id 3 of 3 entries
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(bytes, table).ReadString(1));
        Assert.Contains("Global string-table hit 3 is out of range", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadString_WithTable_GlobalHitOnEmptyTable_Throws()
    {
        Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse("01"), new ExiStringTable()).ReadString(0));
    }

    [Fact]
    public void Table_GrowsForLargeQnameIds_AndResets()
    {
        var table = new ExiStringTable();
        table.Add(1000, "x");
        table.Add(3, "y");
        table.Add(1000, "z");
        table.Add(4, string.Empty);
        Assert.Equal(3, table.GlobalCount);
        Assert.Equal(2, table.LocalCount(1000));
        Assert.Equal(1, table.LocalCount(3));
        Assert.Equal(0, table.LocalCount(4));
        Assert.Equal(0, table.LocalCount(5000));
        Assert.Equal("z", table.GetLocal(1000, 1));
        Assert.Equal("y", table.GetGlobal(1));

        table.Reset();
        Assert.Equal(0, table.GlobalCount);
        Assert.Equal(0, table.LocalCount(1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetGlobal(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetLocal(1000, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Add(-1, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.LocalCount(-1));
    }
}
