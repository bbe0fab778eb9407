using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.Tests.Certificates;

/// <summary>Answers a fixed status per certificate CN (a default for the rest) and records what it was asked.</summary>
internal sealed class FakeRevocationChecker(RevocationStatus defaultStatus, params (string Cn, RevocationStatus Status)[] overrides)
    : IRevocationChecker
{
    public List<(string Certificate, string Issuer)> Calls { get; } = [];

    public RevocationCheckResult Check(X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset validationTime)
    {
        string cn = certificate.GetNameInfo(X509NameType.SimpleName, false);
        Calls.Add((cn, issuer.GetNameInfo(X509NameType.SimpleName, false)));
        RevocationStatus status = defaultStatus;
        foreach ((string name, RevocationStatus s) in overrides)
        {
            status = name == cn ? s : status;
        }

        DateTimeOffset? when = status == RevocationStatus.Revoked ? new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero) : null;
        return new RevocationCheckResult(status, "fake", $"fake says {status}", when);
    }
}
