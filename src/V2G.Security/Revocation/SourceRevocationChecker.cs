using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Revocation;

/// <summary>
/// An <see cref="IRevocationChecker"/> over held <see cref="RevocationSources"/>. Every OCSP response for the certificate's
/// serial and every CRL of its issuer is verified; a verified "revoked" from any of them wins (fail closed), else a verified
/// OCSP "good", else a verified CRL "good". Sources that fail verification (stale, badly signed, foreign) never count as good:
/// when no source is usable the answer is <see cref="RevocationStatus.Unknown"/> with every refusal in the reason.
/// </summary>
/// <param name="sources">The CRLs and OCSP responses.</param>
/// <param name="options">Clock skew; <see cref="RevocationCheckOptions.Default"/> when null.</param>
public sealed class SourceRevocationChecker(RevocationSources sources, RevocationCheckOptions? options = null) : IRevocationChecker
{
    private readonly RevocationCheckOptions settings = options ?? RevocationCheckOptions.Default;

    /// <inheritdoc/>
    public RevocationCheckResult Check(X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset validationTime)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        List<RevocationSourceResult> answers = [];
        answers.AddRange(sources.OcspFor(certificate).Select(r => OcspResponseVerifier.Verify(r, certificate, issuer, validationTime, settings)));
        answers.AddRange(sources.CrlsFor(certificate).Select(c => CrlChecker.Check(c, certificate, issuer, validationTime, settings)));

        RevocationSourceResult? decisive =
            answers.FirstOrDefault(a => a.IsVerified && a.Status == RevocationStatus.Revoked)
            ?? answers.FirstOrDefault(a => a.IsVerified && a.Status == RevocationStatus.Good && a.Kind == RevocationSourceKind.Ocsp)
            ?? answers.FirstOrDefault(a => a.IsVerified && a.Status == RevocationStatus.Good);
        if (decisive is not null)
        {
            return decisive.ToCheckResult();
        }

        string subject = CertificateFacts.DisplayName(certificate);
        if (answers.Count == 0)
        {
            return new RevocationCheckResult(RevocationStatus.Unknown, "none",
                $"no CRL or OCSP response for issuer {CertificateFacts.DisplayName(certificate.IssuerName)} of {subject}")
            {
                Failure = RevocationSourceFailure.NoSource,
            };
        }

        // Only refusals and OCSP "unknown" answers remain: report the first refusal's rule and every reason.
        RevocationSourceResult first = answers.FirstOrDefault(a => !a.IsVerified) ?? answers[0];
        return new RevocationCheckResult(RevocationStatus.Unknown, string.Join("; ", answers.Select(a => a.Source)),
            string.Join("; ", answers.Select(a => $"{a.Source}: {a.Reason}")))
        {
            Failure = first.Failure,
        };
    }
}
