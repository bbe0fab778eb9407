using V2G.Security.Certificates;
using V2G.Security.Identifiers;

namespace V2G.Security.Csr;

/// <summary>
/// What the subject of a leaf request must carry for its role, with the checks the chain validator applies to the
/// issued leaf (DC of <see cref="LeafRoleRequirements"/>, eMAID and PCID syntax of <see cref="IdentifierSyntax"/>),
/// plus the EVSEID syntax of the SECC CN.
/// </summary>
internal static class CsrRoleRules
{
    public static CsrProblem? Problem(CertificateRole role, CsrSubject subject)
    {
        string expectedDc = LeafRoleRequirements.For(role).DomainComponent;
        if (subject.DomainComponent != expectedDc)
        {
            return new(CsrProblemKind.WrongDomainComponent,
                $"a {role} leaf has DC={expectedDc}, the subject has DC={subject.DomainComponent}");
        }

        string cn = subject.CommonName;
        string? identifierProblem = role switch
        {
            CertificateRole.Secc => EvseId.TryParse(cn, out _, out IdentifierError? error) ? null : error.Message,
            CertificateRole.Contract => IdentifierSyntax.EmaidProblem(cn),
            CertificateRole.OemProvisioning => IdentifierSyntax.PcidProblem(cn),
            _ => null,
        };

        string what = role switch
        {
            CertificateRole.Secc => "an EVSEID (SECC ID)",
            CertificateRole.Contract => "an eMAID",
            _ => "a PCID",
        };

        return identifierProblem is null
            ? null
            : new(CsrProblemKind.InvalidIdentifier, $"the CN '{cn}' of a {role} request must be {what}: {identifierProblem}");
    }
}
