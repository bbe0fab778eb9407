namespace V2G.Security.Revocation;

/// <summary>Whether chain validation may accept one certificate given its revocation answer and the policy.</summary>
/// <param name="Accepted">True when the certificate passes the revocation step.</param>
/// <param name="Reason">Why, including the checker's reason and source.</param>
public sealed record RevocationDecision(bool Accepted, string Reason)
{
    /// <summary>
    /// Applies <paramref name="policy"/> to <paramref name="result"/> (null: the checker was not asked, which counts as unknown):
    /// Ignore accepts everything; Prefer refuses only revoked; Require accepts only good.
    /// </summary>
    public static RevocationDecision Apply(RevocationPolicy policy, RevocationCheckResult? result)
    {
        if (policy == RevocationPolicy.Ignore)
        {
            return new(true, "revocation is not checked (policy Ignore)");
        }

        if (result is null)
        {
            return policy == RevocationPolicy.Require
                ? new(false, "no revocation status was obtained (policy Require)")
                : new(true, "accepted without revocation status: none was obtained (policy Prefer)");
        }

        string says = $"{result.Source}: {result.Reason}";
        return (result.Status, policy) switch
        {
            (RevocationStatus.Good, _) => new(true, $"not revoked per {says}"),
            (RevocationStatus.Revoked, _) => new(false, $"revoked per {says}"),
            (_, RevocationPolicy.Prefer) => new(true, $"accepted with unknown revocation status (policy Prefer): {says}"),
            _ => new(false, $"revocation status unknown (policy Require): {says}"),
        };
    }
}
