namespace V2G.Cli.Demo;

/// <summary>
/// The outcome of one security check of <c>v2g demo</c> (a chain validation or a signature verification), printed as
/// one line: <c>verification: WHAT: verified (DETAIL)</c>, or for a check that must refuse,
/// <c>expected refusal: WHAT: refused (REASON)</c>.
/// </summary>
/// <param name="Passed">True if the check came out as it must (verified, or refused when a refusal is expected).</param>
/// <param name="Line">The line printed for it.</param>
internal sealed record DemoCheck(bool Passed, string Line)
{
    /// <summary>The prefix of the line of a check that must verify.</summary>
    public const string VerificationPrefix = "verification: ";

    /// <summary>The prefix of the line of a check that must refuse.</summary>
    public const string RefusalPrefix = "expected refusal: ";

    /// <summary>A check that must verify.</summary>
    /// <param name="what">What was checked.</param>
    /// <param name="verified">Whether it verified.</param>
    /// <param name="detail">What was verified, or why it failed.</param>
    /// <returns>The check.</returns>
    public static DemoCheck Verification(string what, bool verified, string detail) =>
        new(verified, $"{VerificationPrefix}{what}: {(verified ? "verified" : "FAILED")} ({detail})");

    /// <summary>A check that must refuse for one reason.</summary>
    /// <param name="what">What was checked.</param>
    /// <param name="expectedReason">The reason it must be refused for.</param>
    /// <param name="actualReason">The reason it was refused for; null if it was accepted.</param>
    /// <param name="detail">The verifier's message.</param>
    /// <returns>The check.</returns>
    public static DemoCheck Refusal(string what, string expectedReason, string? actualReason, string detail)
    {
        if (actualReason == expectedReason)
        {
            return new(true, $"{RefusalPrefix}{what}: refused ({actualReason}: {detail})");
        }

        string outcome = actualReason is null ? "NOT refused" : $"refused for {actualReason}, not {expectedReason}";
        return new(false, $"{RefusalPrefix}{what}: {outcome} ({detail})");
    }
}
