using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

public sealed class RevocationDecisionTests
{
    private static readonly RevocationCheckResult Good = new(RevocationStatus.Good, "CRL of X", "serial 1 is not listed");
    private static readonly RevocationCheckResult Revoked = new(RevocationStatus.Revoked, "CRL of X", "serial 1 revoked");
    private static readonly RevocationCheckResult Stale = new(RevocationStatus.Unknown, "CRL of X", "stale: nextUpdate ...")
    {
        Failure = RevocationSourceFailure.Stale,
    };

    public static TheoryData<RevocationPolicy, string, bool, string> Table => new()
    {
        { RevocationPolicy.Ignore, "revoked", true, "policy Ignore" },
        { RevocationPolicy.Ignore, "none", true, "policy Ignore" },
        { RevocationPolicy.Prefer, "good", true, "not revoked per CRL of X" },
        { RevocationPolicy.Prefer, "revoked", false, "revoked per CRL of X: serial 1 revoked" },
        { RevocationPolicy.Prefer, "stale", true, "accepted with unknown revocation status (policy Prefer): CRL of X: stale" },
        { RevocationPolicy.Prefer, "none", true, "none was obtained (policy Prefer)" },
        { RevocationPolicy.Require, "good", true, "not revoked per CRL of X" },
        { RevocationPolicy.Require, "revoked", false, "revoked per CRL of X" },
        { RevocationPolicy.Require, "stale", false, "revocation status unknown (policy Require): CRL of X: stale" },
        { RevocationPolicy.Require, "none", false, "no revocation status was obtained (policy Require)" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Policies_accept_and_refuse_as_documented(RevocationPolicy policy, string answer, bool accepted, string reasonPart)
    {
        RevocationCheckResult? result = answer switch
        {
            "good" => Good,
            "revoked" => Revoked,
            "stale" => Stale,
            _ => null,
        };

        RevocationDecision decision = RevocationDecision.Apply(policy, result);

        Assert.Equal(accepted, decision.Accepted);
        Assert.Contains(reasonPart, decision.Reason);
    }
}
