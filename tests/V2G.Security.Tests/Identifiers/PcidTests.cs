using System;
using V2G.Security.Identifiers;
using Xunit;

namespace V2G.Security.Tests.Identifiers;

public sealed class PcidTests
{
    [Theory]
    [InlineData("WMIV1234567890ABCD")]
    [InlineData("wmiv1234567890abcd")]
    public void EighteenCharacters_ParseWithCheckCharacter(string text)
    {
        Pcid pcid = Pcid.Parse(text);

        Assert.Equal("WMI", pcid.Wmi);
        Assert.Equal("V1234567890ABC", pcid.OemUniqueId);
        Assert.Equal('D', pcid.CheckCharacter);
        Assert.Equal("WMIV1234567890ABCD", pcid.ToString());
    }

    [Fact]
    public void SeventeenCharacters_ParseWithoutCheckCharacter_AndDifferFromTheEighteenCharacterForm()
    {
        Pcid pcid = Pcid.Parse("WMIV1234567890ABC");

        Assert.Null(pcid.CheckCharacter);
        Assert.Equal("WMIV1234567890ABC", pcid.ToString());
        Assert.NotEqual(Pcid.Parse("WMIV1234567890ABCD"), pcid);
        Assert.Equal(Pcid.Parse("wmiv1234567890abc"), pcid);
    }

    public static TheoryData<string, IdentifierErrorKind, int?, string> Rejections => new()
    {
        { "", IdentifierErrorKind.Empty, null, "empty" },
        { "WM", IdentifierErrorKind.TooShort, null, "WMI" },
        { "WMIV1234567890AB", IdentifierErrorKind.TooShort, null, "ends after 16 characters; position 17" },
        { "WMIV1234567890ABCDE", IdentifierErrorKind.TooLong, 19, "19 characters" },
        { "W.IV1234567890ABCD", IdentifierErrorKind.InvalidCharacter, 2, "'.' at position 2: the WMI" },
        { "WMI-V1234567890ABC", IdentifierErrorKind.InvalidCharacter, 4, "'-' at position 4" },
        { "WMIV1234567890ABC*", IdentifierErrorKind.InvalidCharacter, 18, "'*' at position 18: the check character" },
        { "WMIV12345678É0ABCD", IdentifierErrorKind.InvalidCharacter, 13, "'É' at position 13" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Rejection_NamesTheRuleAndPosition(string text, IdentifierErrorKind kind, int? position, string messagePart)
    {
        Assert.False(Pcid.TryParse(text, out Pcid? value, out IdentifierError? error));

        Assert.Null(value);
        Assert.Equal(IdentifierKind.Pcid, error.Identifier);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.StartsWith("PCID \"", error.Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<IdentifierFormatException>(() => Pcid.Parse(text));
        Assert.Equal(error.Message, thrown.Message);
    }
}
