using System;

namespace V2G.Security.Identifiers;

/// <summary>
/// The eMI3 check digit of a 14-character eMAID ("Check Digit Calculation for Contract-IDs", eMI3), the check digit of
/// ISO 15118 eMAIDs (not the mod-11 digit of the DIN SPEC 91286:2011 contract ID).
/// </summary>
/// <remarks>
/// Each character is its index n in 0-9A-Z (0..35), split as n = 18*q1 + 9*q2 + 3*r1 + r2 into a vector q = (q1, q2) over
/// GF(2) and a vector r = (r1, r2) over GF(3). The 15 characters c1..c15 (c15 the check digit) satisfy
/// sum(q_i * P1^i) = 0 (mod 2) and sum(r_i * P2^i) = 0 (mod 3) with P1 = [[0,1],[1,1]] and P2 = [[0,1],[1,2]].
/// P1^15 and P2^15 are invertible, so exactly one of the 36 characters completes the equations.
/// The split of n was derived from the published character table and is checked against the published example list in the tests.
/// </remarks>
internal static class EMaidCheckDigit
{
    /// <summary>Characters in the order of their index n.</summary>
    internal const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private const int Length = 15;

    // P^1 .. P^15 (index 0 = P^1), stored as {m11, m12, m21, m22}.
    private static readonly int[][] Powers2 = Powers(new[] { 0, 1, 1, 1 }, 2);
    private static readonly int[][] Powers3 = Powers(new[] { 0, 1, 1, 2 }, 3);

    /// <summary>The check digit of 14 upper-case letters and digits (the caller has validated them).</summary>
    public static char Compute(ReadOnlySpan<char> fourteen)
    {
        if (fourteen.Length != Length - 1)
        {
            throw new ArgumentException($"an eMAID without check digit has {Length - 1} characters, got {fourteen.Length}", nameof(fourteen));
        }

        Span<int> sum2 = stackalloc int[2];
        Span<int> sum3 = stackalloc int[2];
        for (int i = 0; i < fourteen.Length; i++)
        {
            Accumulate(Index(fourteen[i]), i, sum2, sum3);
        }

        Span<int> total2 = stackalloc int[2];
        Span<int> total3 = stackalloc int[2];
        for (int candidate = 0; candidate < Alphabet.Length; candidate++)
        {
            sum2.CopyTo(total2);
            sum3.CopyTo(total3);
            Accumulate(candidate, Length - 1, total2, total3);
            if (total2[0] % 2 == 0 && total2[1] % 2 == 0 && total3[0] % 3 == 0 && total3[1] % 3 == 0)
            {
                return Alphabet[candidate];
            }
        }

        // Unreachable: P1^15 and P2^15 are invertible, so one candidate always solves the equations.
        throw new InvalidOperationException("no eMI3 check digit solves the check equations");
    }

    /// <summary>Index n (0..35) of an upper-case letter or digit.</summary>
    private static int Index(char c)
    {
        int n = Alphabet.IndexOf(c);
        if (n < 0)
        {
            throw new ArgumentException($"'{c}' is not an upper-case letter or digit", nameof(c));
        }

        return n;
    }

    /// <summary>Adds q * P1^(i+1) and r * P2^(i+1) for the character of index n at 0-based position i.</summary>
    private static void Accumulate(int n, int i, Span<int> sum2, Span<int> sum3)
    {
        int q1 = n / 18, q2 = n / 9 % 2, r1 = n / 3 % 3, r2 = n % 3;
        int[] p = Powers2[i];
        sum2[0] += q1 * p[0] + q2 * p[2];
        sum2[1] += q1 * p[1] + q2 * p[3];
        p = Powers3[i];
        sum3[0] += r1 * p[0] + r2 * p[2];
        sum3[1] += r1 * p[1] + r2 * p[3];
    }

    private static int[][] Powers(int[] p, int modulus)
    {
        var result = new int[Length][];
        result[0] = p;
        for (int i = 1; i < Length; i++)
        {
            int[] a = result[i - 1];
            result[i] = new[]
            {
                (a[0] * p[0] + a[1] * p[2]) % modulus, (a[0] * p[1] + a[1] * p[3]) % modulus,
                (a[2] * p[0] + a[3] * p[2]) % modulus, (a[2] * p[1] + a[3] * p[3]) % modulus,
            };
        }

        return result;
    }
}
