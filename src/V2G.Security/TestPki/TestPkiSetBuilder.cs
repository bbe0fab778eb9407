using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.TestPki;

/// <summary>
/// Creates the full test PKI of one profile (ISO-2 P-256, ISO-20 P-521 or ISO-20 Ed448) with the names of the shared test
/// PKI: V2G root with CPO and CPS sub-CAs, MO root with sub-CAs, two contract leaves (ContractCert2 revoked) and the
/// MO Sub-CA 1 cross-certified by the V2G root, OEM root with sub-CAs and provisioning leaf; CRLs, OCSP responses and,
/// with <see cref="IncludeBroken"/>, the broken variants. Every key is new. For tests and demonstrations only.
/// </summary>
/// <example><code>
/// using TestPkiSet pki = new TestPkiSetBuilder(SecurityProfile.Iso20Ed448, DateTimeOffset.UtcNow) { IncludeBroken = true }.Build();
/// TestPkiFolderWriter.TryWrite(pki, "pki", out string? error);
/// </code></example>
public sealed class TestPkiSetBuilder
{
    /// <summary>The SECC leaf's CN (EVSEID), as in the shared set.</summary>
    public const string EvseId = "DE*ABC*E123456789";

    /// <summary>ContractCert's CN (eMAID).</summary>
    public const string Emaid = "DEABCC12345678";

    /// <summary>ContractCert2's CN (eMAID).</summary>
    public const string Emaid2 = "DEABCC87654321";

    /// <summary>OEMProvCert's CN (PCID, 18 characters).</summary>
    public const string Pcid = "WMIV1234567890ABCD";

    private const X509KeyUsageFlags Sign = X509KeyUsageFlags.DigitalSignature;
    private const X509KeyUsageFlags Agree = X509KeyUsageFlags.KeyAgreement;
    private const X509KeyUsageFlags NonRepudiation = X509KeyUsageFlags.NonRepudiation;

    /// <summary>Starts a PKI for <paramref name="profile"/>, valid at <paramref name="now"/>.</summary>
    /// <param name="profile">The profile of every key and signature.</param>
    /// <param name="now">The time every valid certificate, CRL and OCSP response is valid at.</param>
    public TestPkiSetBuilder(SecurityProfile profile, DateTimeOffset now)
    {
        Profile = profile;
        Now = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
    }

    /// <summary>The profile of every key and signature.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>The time (whole seconds) every valid certificate, CRL and OCSP response is valid at.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Also create the broken variants (<c>broken/</c>).</summary>
    public bool IncludeBroken { get; init; }

    /// <summary>The O of every subject.</summary>
    public string Organization { get; init; } = TestPkiBuilder.DefaultOrganization;

    /// <summary>The C of every subject: two upper-case letters.</summary>
    public string Country { get; init; } = "DE";

    /// <summary>Creates the PKI, or says which setting prevents it.</summary>
    /// <param name="pki">The new PKI; the caller disposes it.</param>
    /// <param name="problem">Why no PKI was created.</param>
    /// <returns>True if the PKI was created.</returns>
    public bool TryBuild([NotNullWhen(true)] out TestPkiSet? pki, [NotNullWhen(false)] out TestPkiProblem? problem)
    {
        pki = null;
        problem = Check();
        if (problem != null)
        {
            return false;
        }

        pki = Issue();
        return true;
    }

    /// <summary>Creates the PKI.</summary>
    /// <returns>The new PKI; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">A setting is unusable (the message is the one <see cref="TryBuild"/> gives).</exception>
    public TestPkiSet Build() =>
        TryBuild(out TestPkiSet? pki, out TestPkiProblem? problem) ? pki : throw new ArgumentException(problem.ToString());

    private TestPkiProblem? Check()
    {
        if (!Enum.IsDefined(Profile))
        {
            return new(TestPkiProblemKind.UnsupportedProfile, $"profile {(int)Profile} is not a security profile");
        }

        if (string.IsNullOrWhiteSpace(Organization) || Organization.Length > 64)
        {
            return new(TestPkiProblemKind.InvalidName, $"organization '{Organization}' must have 1 to 64 characters");
        }

        return Country is { Length: 2 } && Country.All(char.IsAsciiLetterUpper)
            ? null
            : new(TestPkiProblemKind.InvalidName, $"country '{Country}' must be two upper-case letters");
    }

    private TestPkiSet Issue()
    {
        var factory = new CertificateFactory(Profile, Organization, Country);
        var all = new List<IssuedCertificate>();
        IssuedCertificate Add(CertificateSpec spec, IssuedCertificate? issuer, PkiKeyPair? key = null)
        {
            IssuedCertificate issued = factory.Issue(CertificateTemplate.From(spec, key ?? PkiKeyPair.Generate(Profile), issuer, Now));
            all.Add(issued);
            return issued;
        }

        IssuedCertificate v2gRoot = Add(CertificateSpec.Root("V2GRootCA", "V2G"), null);
        IssuedCertificate cpo1 = Add(CertificateSpec.SubCa1("CPOSubCA1", "V2G"), v2gRoot);
        IssuedCertificate cpo2 = Add(CertificateSpec.SubCa2("CPOSubCA2", "V2G"), cpo1);
        IssuedCertificate secc = Add(CertificateSpec.Leaf("SECCCert", EvseId, "CPO", Sign | Agree), cpo2);
        IssuedCertificate cps1 = Add(CertificateSpec.SubCa1("CPSSubCA1", "V2G"), v2gRoot);
        IssuedCertificate cps2 = Add(CertificateSpec.SubCa2("CPSSubCA2", "V2G"), cps1);
        Add(CertificateSpec.Leaf("CPSLeafCert", "CPS Leaf", "CPS", Sign), cps2);
        IssuedCertificate moRoot = Add(CertificateSpec.Root("MORootCA", "MO"), null);
        IssuedCertificate mo1 = Add(CertificateSpec.SubCa1("MOSubCA1", "MO"), moRoot);
        // MO Sub-CA 2 signs SalesTariff (ISO 15118-2) and price schedules, hence digitalSignature (+nonRepudiation).
        IssuedCertificate mo2 = Add(CertificateSpec.SubCa2("MOSubCA2", "MO", Sign | NonRepudiation), mo1);
        IssuedCertificate contract = Add(CertificateSpec.Leaf("ContractCert", Emaid, "MO", Sign | NonRepudiation | Agree), mo2);
        IssuedCertificate contract2 = Add(CertificateSpec.Leaf("ContractCert2", Emaid2, "MO", Sign | NonRepudiation | Agree), mo2);
        Add(CertificateSpec.SubCa1("MOSubCA1", "MO") with { Name = "MOSubCA1_issuedByV2GRoot" }, v2gRoot, mo1.Key);
        IssuedCertificate oemRoot = Add(CertificateSpec.Root("OEMRootCA", "OEM"), null);
        IssuedCertificate oem1 = Add(CertificateSpec.SubCa1("OEMSubCA1", "OEM"), oemRoot);
        IssuedCertificate oem2 = Add(CertificateSpec.SubCa2("OEMSubCA2", "OEM"), oem1);
        Add(CertificateSpec.Leaf("OEMProvCert", Pcid, "OEM", Sign | Agree), oem2);

        var revocation = new RevocationArtifactFactory(factory, Now);
        TestPkiCrl[] crls = all.Where(c => c.Name != "MOSubCA1_issuedByV2GRoot" && IsCa(c))
            .Select(ca => revocation.Crl(ca, ca == mo2 ? [contract2] : [])).ToArray();
        TestPkiOcspResponse[] ocsp =
        [
            revocation.Ocsp(secc, cpo2, RevocationStatus.Good),
            revocation.Ocsp(contract, mo2, RevocationStatus.Good),
            revocation.Ocsp(contract2, mo2, RevocationStatus.Revoked),
            revocation.Ocsp(cpo2, cpo1, RevocationStatus.Good),
            revocation.Ocsp(mo2, mo1, RevocationStatus.Good),
        ];
        AgreementKeyPair[] agreement = Profile == SecurityProfile.Iso20Ed448
            ? [AgreementKeyPair.Generate("OEMProvCert_X448"), AgreementKeyPair.Generate("ContractCert_X448")]
            : [];
        IReadOnlyList<BrokenCertificate> broken = IncludeBroken
            ? new BrokenVariantFactory(factory, Profile, Now, all.ToDictionary(c => c.Name)).Create()
            : [];
        return new TestPkiSet(Profile, Now, all, crls, ocsp, broken, agreement);
    }

    private static bool IsCa(IssuedCertificate certificate) =>
        certificate.Certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);
}
