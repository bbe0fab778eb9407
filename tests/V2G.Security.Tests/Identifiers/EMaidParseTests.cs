using System;
using V2G.Security.Identifiers;
using Xunit;

namespace V2G.Security.Tests.Identifiers;

public sealed class EMaidParseTests
{
    private static readonly char DigitOfTestCn = EMaid.ComputeCheckDigit("DEABCC12345678");

    [Theory]
    [InlineData("DEABCC12345678")]
    [InlineData("deabcc12345678")]
    [InlineData("DE-ABC-C12345678")]
    [InlineData("de-Abc-c12345678")]
    public void WithoutCheckDigit_ParsesToTheSameNormalisedParts(string text)
    {
        EMaid eMaid = EMaid.Parse(text);

        Assert.Equal("DE", eMaid.CountryCode);
        Assert.Equal("ABC", eMaid.ProviderId);
        Assert.Equal('C', eMaid.IdType);
        Assert.Equal("12345678", eMaid.Instance);
        Assert.Null(eMaid.CheckDigit);
        Assert.Equal("DEABCC12345678", eMaid.ToString());
        Assert.Equal("DEABCC12345678", eMaid.ToCompactString());
        Assert.Equal("DE-ABC-C12345678", eMaid.ToSeparatedString());
    }

    [Fact]
    public void WithCheckDigit_BothFormsRoundTrip()
    {
        string compact = "DEABCC12345678" + DigitOfTestCn;
        string separated = "DE-ABC-C12345678-" + DigitOfTestCn;

        EMaid fromCompact = EMaid.Parse(compact);
        EMaid fromSeparated = EMaid.Parse(separated.ToLowerInvariant());

        Assert.Equal(DigitOfTestCn, fromCompact.CheckDigit);
        Assert.Equal(fromCompact, fromSeparated);
        Assert.Equal(separated, fromCompact.ToSeparatedString());
        Assert.Equal(compact, fromSeparated.ToCompactString());
        Assert.Equal(15, fromSeparated.ToString().Length);
    }

    [Fact]
    public void WithAndWithoutCheckDigit_AreTheSameAccountButNotEqual()
    {
        EMaid bare = EMaid.Parse("DEABCC12345678");
        EMaid withDigit = bare.WithCheckDigit();

        Assert.Equal(DigitOfTestCn, withDigit.CheckDigit);
        Assert.NotEqual(bare, withDigit);
        Assert.True(bare.IsSameAccount(withDigit));
        Assert.Equal(bare, withDigit.WithoutCheckDigit());
        Assert.Equal(bare.GetHashCode(), withDigit.WithoutCheckDigit().GetHashCode());
        Assert.False(bare.IsSameAccount(EMaid.Parse("DEABCC87654321")));
    }

    [Fact]
    public void IsoSyntax_AcceptsAnyNineCharacterInstance_Emi3RequiresC()
    {
        EMaid iso = EMaid.Parse("DE8AA001234567", EMaidSyntax.Iso15118);
        Assert.Equal('0', iso.IdType);
        Assert.Equal("01234567", iso.Instance);
        Assert.Equal("DE-8AA-001234567", iso.ToSeparatedString());

        Assert.False(EMaid.TryParse("DE8AA001234567", out _, out IdentifierError? error));
        Assert.Equal(IdentifierErrorKind.InvalidIdType, error.Kind);
        Assert.Equal(6, error.Position);
    }

    public static TheoryData<string, IdentifierErrorKind, int?, string> Rejections => new()
    {
        { "", IdentifierErrorKind.Empty, null, "empty" },
        { "DEABCC1234567", IdentifierErrorKind.TooShort, null, "ends after 13 characters; position 14" },
        { "DE", IdentifierErrorKind.TooShort, null, "provider ID" },
        { "DE-ABC-C12345678-", IdentifierErrorKind.TooShort, null, "check digit" },
        { "DEABCC123456785X", IdentifierErrorKind.TooLong, 16, "16 characters" },
        { "DE-ABC-C12345678-5-", IdentifierErrorKind.TooLong, 19, "position 19" },
        { "D1ABCC12345678", IdentifierErrorKind.InvalidCountryCode, 2, "'1' at position 2" },
        { " DEABCC12345678", IdentifierErrorKind.InvalidCountryCode, 1, "U+0020 at position 1" },
        { "DEA_C12345678", IdentifierErrorKind.InvalidCharacter, 4, "'_' at position 4: the provider ID" },
        { "DEABCC1234Ä678", IdentifierErrorKind.InvalidCharacter, 11, "'Ä' at position 11: the eMA instance" },
        { "DEABCC123456789", IdentifierErrorKind.CheckDigitMismatch, 15, "wrong check digit at position 15" },
        { "DEABCX12345678", IdentifierErrorKind.InvalidIdType, 6, "missing ID type 'C' at position 6: found 'X'" },
        { "DEABC-12345678", IdentifierErrorKind.InconsistentSeparators, 6, "'-' at position 6" },
        { "DE*ABC*C12345678", IdentifierErrorKind.InvalidSeparator, 3, "'*' at position 3" },
        { "DE-ABC*C12345678", IdentifierErrorKind.InvalidSeparator, 7, "'*' at position 7" },
        { "DE-ABCC12345678", IdentifierErrorKind.InconsistentSeparators, 7, "expected '-' between the provider ID and the eMA instance" },
        { "DEABC-C12345678", IdentifierErrorKind.InconsistentSeparators, 6, "none after the country code" },
        { "DE-ABC-C123456785", IdentifierErrorKind.InconsistentSeparators, 17, "before the check digit at position 17" },
        { "DEABCC12345678-5", IdentifierErrorKind.InconsistentSeparators, 15, "'-' at position 15" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Rejection_NamesTheRuleAndPosition(string text, IdentifierErrorKind kind, int? position, string messagePart)
    {
        Assert.False(EMaid.TryParse(text, out EMaid? value, out IdentifierError? error));

        Assert.Null(value);
        Assert.Equal(IdentifierKind.EMaid, error.Identifier);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.StartsWith("eMAID \"", error.Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Parse_ThrowsTheSameTypedError(string text, IdentifierErrorKind kind, int? position, string messagePart)
    {
        var thrown = Assert.Throws<IdentifierFormatException>(() => EMaid.Parse(text));

        Assert.Equal(kind, thrown.Error.Kind);
        Assert.Equal(position, thrown.Error.Position);
        Assert.Equal(thrown.Error.Message, thrown.Message);
        Assert.Contains(messagePart, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongCheckDigit_NamesExpectedAndFound()
    {
        char wrong = DigitOfTestCn == '0' ? '1' : '0';

        Assert.False(EMaid.TryParse("DE-ABC-C12345678-" + wrong, out _, out IdentifierError? error));

        Assert.Equal(IdentifierErrorKind.CheckDigitMismatch, error.Kind);
        Assert.Equal(18, error.Position);
        Assert.Equal(DigitOfTestCn, error.ExpectedCheckDigit);
        Assert.Equal(wrong, error.FoundCheckDigit);
        Assert.Contains($"expected '{DigitOfTestCn}', found '{wrong}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongOrControlCharacterInput_IsQuotedSafely()
    {
        string text = "DE\u0001" + new string('A', 100);

        Assert.False(EMaid.TryParse(text, out _, out IdentifierError? error));

        Assert.Equal(IdentifierErrorKind.InvalidCharacter, error.Kind);
        Assert.Equal(3, error.Position);
        Assert.Contains("U+0001 at position 3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", error.Message, StringComparison.Ordinal);
        Assert.Contains("...\"", error.Message, StringComparison.Ordinal);
    }
}
