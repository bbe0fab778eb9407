using System;
using V2G.Security.Identifiers;
using Xunit;

namespace V2G.Security.Tests.Identifiers;

public sealed class EMaidCheckDigitTests
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>
    /// The example contract IDs and check digits published with the eMI3 "Check Digit Calculation for Contract-IDs" algorithm
    /// (also used by public implementations' tests, e.g. ShellRechargeSolutionsEU/mobilityid CheckDigitSpec).
    /// </summary>
    public static TheoryData<string, char> PublishedExamples => new()
    {
        { "NN123ABCDEFGHI", 'T' },
        { "FRXYZ123456789", '2' },
        { "ITA1B2C3E4F5G6", '4' },
        { "ESZU8WOX834H1D", 'R' },
        { "PT73902837ABCZ", 'Z' },
        { "DE83DUIEN83QGZ", 'D' },
        { "DE83DUIEN83ZGQ", 'M' },
        { "DE8AA001234567", '0' },
    };

    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void ComputeCheckDigit_GivesThePublishedDigit(string eMaid, char expected)
    {
        Assert.Equal(expected, EMaid.ComputeCheckDigit(eMaid));
        Assert.Equal(expected, EMaid.ComputeCheckDigit(eMaid.ToLowerInvariant()));
    }

    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void PublishedExamples_WithTheirDigit_ParseUnderTheIsoSyntax(string eMaid, char expected)
    {
        Assert.True(EMaid.TryParse(eMaid + expected, EMaidSyntax.Iso15118, out EMaid? parsed, out IdentifierError? error), error?.Message);
        Assert.Equal(expected, parsed.CheckDigit);
        Assert.Equal(eMaid + expected, parsed.ToString());
    }

    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void PublishedExamples_WithAnyOtherDigit_AreRejectedNamingBothDigits(string eMaid, char expected)
    {
        foreach (char wrong in Alphabet)
        {
            if (wrong == expected)
            {
                continue;
            }

            Assert.False(EMaid.TryParse(eMaid + wrong, EMaidSyntax.Iso15118, out _, out IdentifierError? error));
            Assert.Equal(IdentifierErrorKind.CheckDigitMismatch, error.Kind);
            Assert.Equal(15, error.Position);
            Assert.Equal(expected, error.ExpectedCheckDigit);
            Assert.Equal(wrong, error.FoundCheckDigit);
            Assert.Contains($"expected '{expected}', found '{wrong}'", error.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The check equations are linear with invertible matrices, so changing any one character must change the digit.</summary>
    [Theory]
    [InlineData("DEABCC12345678")]
    [InlineData("DEABCC87654321")]
    [InlineData("NN123ABCDEFGHI")]
    public void EverySingleCharacterSubstitution_ChangesTheCheckDigit(string eMaid)
    {
        char original = EMaid.ComputeCheckDigit(eMaid);
        for (int position = 0; position < eMaid.Length; position++)
        {
            foreach (char replacement in Alphabet)
            {
                if (replacement == eMaid[position])
                {
                    continue;
                }

                string changed = eMaid[..position] + replacement + eMaid[(position + 1)..];
                Assert.NotEqual(original, EMaid.ComputeCheckDigit(changed));
            }
        }
    }

    /// <summary>
    /// Cross-check with the closed-form solution of the check equations: q15 = sum(q_i P1^i) (mod 2, because P1^15 = I) and
    /// r15 = sum(r_i P2^i) * (-P2^-15) with -P2^-15 = [[0,2],[2,1]] (mod 3), written independently of the library's search.
    /// </summary>
    [Fact]
    public void ComputeCheckDigit_AgreesWithTheClosedFormSolution()
    {
        var random = new Random(15118);
        for (int sample = 0; sample < 500; sample++)
        {
            var chars = new char[14];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            string eMaid = new(chars);
            Assert.Equal(ClosedForm(eMaid), EMaid.ComputeCheckDigit(eMaid));
        }
    }

    [Theory]
    [InlineData("DEABCC1234567", IdentifierErrorKind.TooShort, null)]
    [InlineData("DEABCC123456789", IdentifierErrorKind.TooLong, 15)]
    [InlineData("DE-ABC-C1234567", IdentifierErrorKind.InvalidCharacter, 3)]
    [InlineData("DEABCC1234567Ä", IdentifierErrorKind.InvalidCharacter, 14)]
    public void TryComputeCheckDigit_RejectsAnythingButFourteenLettersOrDigits(string input, IdentifierErrorKind kind, int? position)
    {
        Assert.False(EMaid.TryComputeCheckDigit(input, out char digit, out IdentifierError? error));
        Assert.Equal('\0', digit);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        var thrown = Assert.Throws<IdentifierFormatException>(() => EMaid.ComputeCheckDigit(input));
        Assert.Equal(kind, thrown.Error.Kind);
    }

    private static char ClosedForm(string eMaid)
    {
        var p1 = new[,] { { 0, 1 }, { 1, 1 } };
        var p2 = new[,] { { 0, 1 }, { 1, 2 } };
        int[,] power1 = p1, power2 = p2;
        int a1 = 0, a2 = 0, b1 = 0, b2 = 0;
        foreach (char c in eMaid)
        {
            int n = Alphabet.IndexOf(c);
            var (q1, q2, r1, r2) = (n / 18, n / 9 % 2, n / 3 % 3, n % 3);
            a1 += q1 * power1[0, 0] + q2 * power1[1, 0];
            a2 += q1 * power1[0, 1] + q2 * power1[1, 1];
            b1 += r1 * power2[0, 0] + r2 * power2[1, 0];
            b2 += r1 * power2[0, 1] + r2 * power2[1, 1];
            power1 = Multiply(power1, p1, 2);
            power2 = Multiply(power2, p2, 3);
        }

        // (b1, b2) * [[0,2],[2,1]]
        int c1 = 2 * b2 % 3, c2 = (2 * b1 + b2) % 3;
        int index = 18 * (a1 % 2) + 9 * (a2 % 2) + 3 * c1 + c2;
        return Alphabet[index];
    }

    private static int[,] Multiply(int[,] a, int[,] b, int modulus)
    {
        var result = new int[2, 2];
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                result[i, j] = (a[i, 0] * b[0, j] + a[i, 1] * b[1, j]) % modulus;
            }
        }

        return result;
    }
}
