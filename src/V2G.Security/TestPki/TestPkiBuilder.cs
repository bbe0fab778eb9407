using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.Identifiers;

namespace V2G.Security.TestPki;

/// <summary>
/// Creates, in memory, the Plug'n'Charge PKI of one profile with the layout of the shared test PKI: V2G root with the
/// CPO and CPS sub-CAs, the SECC and CPS leaves; MO root, sub-CAs and contract leaf; OEM root, sub-CAs and provisioning
/// leaf. Every key is new, every certificate valid around <see cref="Now"/>. For tests and demonstrations only.
/// </summary>
/// <example><code>
/// using GeneratedPki pki = new TestPkiBuilder(SecurityProfile.Iso2, DateTimeOffset.UtcNow) { Emaid = "DEV2GC12345678" }.Build();
/// </code></example>
public sealed class TestPkiBuilder
{
    /// <summary>The SECC leaf's CN unless <see cref="EvseId"/> is set.</summary>
    public const string DefaultEvseId = "DE*V2G*E1234567";

    /// <summary>The contract leaf's CN unless <see cref="Emaid"/> is set.</summary>
    public const string DefaultEmaid = "DEV2GC12345678";

    /// <summary>The provisioning leaf's CN unless <see cref="Pcid"/> is set (18 characters).</summary>
    public const string DefaultPcid = "WMIV2G1234567890AB";

    /// <summary>The O of every subject unless <see cref="Organization"/> is set.</summary>
    public const string DefaultOrganization = "V2G Test PKI (generated)";

    private const X509KeyUsageFlags DigitalSignature = X509KeyUsageFlags.DigitalSignature;
    private const X509KeyUsageFlags KeyAgreement = X509KeyUsageFlags.KeyAgreement;
    private const X509KeyUsageFlags NonRepudiation = X509KeyUsageFlags.NonRepudiation;

    /// <summary>Starts a PKI for <paramref name="profile"/>, valid at <paramref name="now"/>.</summary>
    /// <param name="profile">The profile every key and certificate signature follows.</param>
    /// <param name="now">The time around which every certificate is valid.</param>
    public TestPkiBuilder(SecurityProfile profile, DateTimeOffset now)
    {
        Profile = profile;
        Now = now;
    }

    /// <summary>The profile every key and certificate signature follows.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>The time around which every certificate is valid (see <see cref="TestPkiLifetimes"/>).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The SECC leaf's CN: an EVSEID such as <c>DE*V2G*E1234567</c>.</summary>
    public string EvseId { get; init; } = DefaultEvseId;

    /// <summary>The contract leaf's CN: an eMAID without separators such as <c>DEV2GC12345678</c>.</summary>
    public string Emaid { get; init; } = DefaultEmaid;

    /// <summary>The provisioning leaf's CN: a PCID (17 or 18 letters and digits).</summary>
    public string Pcid { get; init; } = DefaultPcid;

    /// <summary>The O of every subject.</summary>
    public string Organization { get; init; } = DefaultOrganization;

    /// <summary>The C of every subject: two upper-case letters.</summary>
    public string Country { get; init; } = "DE";

    /// <summary>Creates the PKI, or says which setting prevents it.</summary>
    /// <param name="pki">The new PKI; the caller disposes it.</param>
    /// <param name="problem">Why no PKI was created.</param>
    /// <returns>True if the PKI was created.</returns>
    public bool TryBuild([NotNullWhen(true)] out GeneratedPki? pki, [NotNullWhen(false)] out TestPkiProblem? problem)
    {
        pki = null;
        problem = Check(out ProfileParameters? parameters);
        if (problem != null)
        {
            return false;
        }

        pki = Issue(new CertificateIssuer(parameters!, Organization, Country, Now));
        return true;
    }

    /// <summary>Creates the PKI.</summary>
    /// <returns>The new PKI; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">A setting is unusable (the message is the one <see cref="TryBuild"/> gives).</exception>
    public GeneratedPki Build() =>
        TryBuild(out GeneratedPki? pki, out TestPkiProblem? problem) ? pki : throw new ArgumentException(problem.ToString());

    private TestPkiProblem? Check(out ProfileParameters? parameters)
    {
        parameters = ProfileParameters.For(Profile);
        if (parameters is null)
        {
            return new(TestPkiProblemKind.UnsupportedProfile,
                $"profile {Profile} is not supported: only ECDSA profiles ({SecurityProfile.Iso2}, {SecurityProfile.Iso20Secp521}) can be issued");
        }

        if (!Identifiers.EvseId.TryParse(EvseId ?? string.Empty, out _, out IdentifierError? evseError))
        {
            return new(TestPkiProblemKind.InvalidEvseId, $"SECC CN '{EvseId}' is not an EVSEID: {evseError.Message}");
        }

        if (IdentifierSyntax.EmaidProblem(Emaid) is { } emaidProblem)
        {
            return new(TestPkiProblemKind.InvalidEmaid, $"contract CN '{Emaid}' is not an eMAID: {emaidProblem}");
        }

        if (IdentifierSyntax.PcidProblem(Pcid) is { } pcidProblem)
        {
            return new(TestPkiProblemKind.InvalidPcid, $"provisioning CN '{Pcid}' is not a PCID: {pcidProblem}");
        }

        if (string.IsNullOrWhiteSpace(Organization) || Organization.Length > 64)
        {
            return new(TestPkiProblemKind.InvalidName, $"organization '{Organization}' must have 1 to 64 characters");
        }

        return Country is { Length: 2 } && Country.All(char.IsAsciiLetterUpper)
            ? null
            : new(TestPkiProblemKind.InvalidName, $"country '{Country}' must be two upper-case letters");
    }

    private GeneratedPki Issue(CertificateIssuer issuer)
    {
        IssuedCertificate v2gRoot = issuer.Issue(CertificateSpec.Root("V2GRootCA", "V2G"), null);
        IssuedChain secc = Chain(issuer, CertificateRole.Secc, v2gRoot, CertificateSpec.SubCa1("CPOSubCA1", "V2G"),
            CertificateSpec.SubCa2("CPOSubCA2", "V2G"), CertificateSpec.Leaf("SECCCert", EvseId, "CPO", DigitalSignature | KeyAgreement));
        IssuedChain cps = Chain(issuer, CertificateRole.Cps, v2gRoot, CertificateSpec.SubCa1("CPSSubCA1", "V2G"),
            CertificateSpec.SubCa2("CPSSubCA2", "V2G"), CertificateSpec.Leaf("CPSLeafCert", "CPS Leaf", "CPS", DigitalSignature));

        IssuedCertificate moRoot = issuer.Issue(CertificateSpec.Root("MORootCA", "MO"), null);
        // MO Sub-CA 2 signs SalesTariff (ISO 15118-2) and price schedules, hence digitalSignature (+nonRepudiation).
        IssuedChain contract = Chain(issuer, CertificateRole.Contract, moRoot, CertificateSpec.SubCa1("MOSubCA1", "MO"),
            CertificateSpec.SubCa2("MOSubCA2", "MO", DigitalSignature | NonRepudiation),
            CertificateSpec.Leaf("ContractCert", Emaid, "MO", DigitalSignature | NonRepudiation | KeyAgreement));

        IssuedCertificate oemRoot = issuer.Issue(CertificateSpec.Root("OEMRootCA", "OEM"), null);
        IssuedChain provisioning = Chain(issuer, CertificateRole.OemProvisioning, oemRoot, CertificateSpec.SubCa1("OEMSubCA1", "OEM"),
            CertificateSpec.SubCa2("OEMSubCA2", "OEM"), CertificateSpec.Leaf("OEMProvCert", Pcid, "OEM", DigitalSignature | KeyAgreement));

        return new GeneratedPki(Profile, Now, secc, cps, contract, provisioning);
    }

    private static IssuedChain Chain(
        CertificateIssuer issuer, CertificateRole role, IssuedCertificate root, CertificateSpec subCa1, CertificateSpec subCa2, CertificateSpec leaf)
    {
        IssuedCertificate first = issuer.Issue(subCa1, root);
        IssuedCertificate second = issuer.Issue(subCa2, first);
        return new IssuedChain(role, issuer.Issue(leaf, second), second, first, root);
    }
}
