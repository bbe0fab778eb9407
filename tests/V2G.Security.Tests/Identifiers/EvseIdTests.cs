using System;
using V2G.Security.Identifiers;
using Xunit;

namespace V2G.Security.Tests.Identifiers;

public sealed class EvseIdTests
{
    [Theory]
    [InlineData("DE*ABC*E123456789")]
    [InlineData("DEABCE123456789")]
    [InlineData("de*abc*e123456789")]
    public void BothForms_ParseToTheSameParts(string text)
    {
        EvseId evseId = EvseId.Parse(text);

        Assert.Equal("DE", evseId.CountryCode);
        Assert.Equal("ABC", evseId.OperatorId);
        Assert.Equal('E', evseId.IdType);
        Assert.Equal("123456789", evseId.OutletId);
        Assert.Equal("DEABCE123456789", evseId.ToCompactString());
        Assert.Equal("DE*ABC*E123456789", evseId.ToSeparatedString());
        Assert.Equal("DE*ABC*E123456789", evseId.ToString());
    }

    [Fact]
    public void SeparatorsInsideTheOutletId_AreKeptForDisplayAndIgnoredForEquality()
    {
        EvseId withStars = EvseId.Parse("de*ice*e45b*78c");
        EvseId compact = EvseId.Parse("DEICEE45B78C");

        Assert.Equal("45B*78C", withStars.OutletId);
        Assert.Equal("DE*ICE*E45B*78C", withStars.ToSeparatedString());
        Assert.Equal("DEICEE45B78C", withStars.ToCompactString());
        Assert.Equal(compact, withStars);
        Assert.Equal(compact.GetHashCode(), withStars.GetHashCode());
        Assert.NotEqual(compact, EvseId.Parse("DEICEE45B78D"));
    }

    [Fact]
    public void OutletIdOfThirtyOneCharacters_IsTheLongestAccepted_AndItsCompactFormFitsTheIso2Schema()
    {
        string outlet = new('7', 31);

        EvseId evseId = EvseId.Parse("DE*ABC*E" + outlet);

        Assert.Equal(outlet, evseId.OutletId);
        Assert.Equal(37, evseId.ToCompactString().Length);
        Assert.Equal("DEABCE1", EvseId.Parse("DEABCE1").ToCompactString());
    }

    public static TheoryData<string, IdentifierErrorKind, int?, string> Rejections => new()
    {
        { "", IdentifierErrorKind.Empty, null, "empty" },
        { "DE*ABC*E", IdentifierErrorKind.TooShort, null, "power outlet ID" },
        { "DE*AB", IdentifierErrorKind.TooShort, null, "EVSE operator ID" },
        { "DE*ABC*E" + new string('1', 32), IdentifierErrorKind.TooLong, 40, "more than 31 characters" },
        { "D3*ABC*E1", IdentifierErrorKind.InvalidCountryCode, 2, "'3' at position 2" },
        { "DE*A#C*E1", IdentifierErrorKind.InvalidCharacter, 5, "'#' at position 5: the EVSE operator ID" },
        { "DE*ABC*E*123", IdentifierErrorKind.InvalidCharacter, 9, "starts with a letter or digit" },
        { "DE*ABC*E12_3", IdentifierErrorKind.InvalidCharacter, 11, "'_' at position 11" },
        { "DE*ABC*X123", IdentifierErrorKind.InvalidIdType, 8, "missing ID type 'E' at position 8: found 'X'" },
        { "DEABCS123", IdentifierErrorKind.InvalidIdType, 6, "found 'S'" },
        { "DE-ABC-E123", IdentifierErrorKind.InvalidSeparator, 3, "'-' at position 3" },
        { "DE*ABC-E123", IdentifierErrorKind.InvalidSeparator, 7, "'-' at position 7" },
        { "DE*ABC*E12-3", IdentifierErrorKind.InvalidSeparator, 11, "'-' at position 11" },
        { "DE*ABCE123", IdentifierErrorKind.InconsistentSeparators, 7, "expected '*'" },
        { "DEABC*E123", IdentifierErrorKind.InconsistentSeparators, 6, "none after the country code" },
        { "ZZ00000", IdentifierErrorKind.Placeholder, null, "cannot provide an EVSEID" },
        { "+49*810*000*438", IdentifierErrorKind.UnsupportedFormat, 1, "telephone country code" },
        { "49*810*000*438", IdentifierErrorKind.UnsupportedFormat, 1, "DIN SPEC 91286:2011" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Rejection_NamesTheRuleAndPosition(string text, IdentifierErrorKind kind, int? position, string messagePart)
    {
        Assert.False(EvseId.TryParse(text, out EvseId? value, out IdentifierError? error));

        Assert.Null(value);
        Assert.Equal(IdentifierKind.EvseId, error.Identifier);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.StartsWith("EVSEID \"", error.Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<IdentifierFormatException>(() => EvseId.Parse(text));
        Assert.Equal(error.Message, thrown.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x00 }, true)]
    [InlineData(new byte[] { }, false)]
    [InlineData(new byte[] { 0x00, 0x00 }, false)]
    [InlineData(new byte[] { 0x44, 0x45 }, false)]
    public void Din70121NotAvailable_IsExactlyOneZeroByte(byte[] evseId, bool expected)
    {
        Assert.Equal(expected, EvseId.IsDin70121NotAvailable(evseId));
    }
}
