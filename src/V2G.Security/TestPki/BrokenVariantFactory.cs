using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;

namespace V2G.Security.TestPki;

/// <summary>Creates the broken variants of the shared test PKI's <c>broken/</c> folder, each with its defect and the rule that refuses it.</summary>
internal sealed class BrokenVariantFactory
{
    private const X509KeyUsageFlags Sign = X509KeyUsageFlags.DigitalSignature;
    private const X509KeyUsageFlags Agree = X509KeyUsageFlags.KeyAgreement;
    private const X509KeyUsageFlags ContractUsage = Sign | X509KeyUsageFlags.NonRepudiation | Agree;
    private const X509KeyUsageFlags CaUsage = X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign;

    private readonly CertificateFactory _factory;
    private readonly SecurityProfile _profile;
    private readonly DateTimeOffset _now;
    private readonly IReadOnlyDictionary<string, IssuedCertificate> _valid;
    private readonly List<BrokenCertificate> _broken = [];

    public BrokenVariantFactory(
        CertificateFactory factory, SecurityProfile profile, DateTimeOffset now, IReadOnlyDictionary<string, IssuedCertificate> valid)
    {
        _factory = factory;
        _profile = profile;
        _now = now;
        _valid = valid;
    }

    public IReadOnlyList<BrokenCertificate> Create()
    {
        IssuedCertificate cpo2 = _valid["CPOSubCA2"];
        IssuedCertificate mo2 = _valid["MOSubCA2"];
        string[] moChain = ["MOSubCA2", "MOSubCA1"];
        string[] cpoChain = ["CPOSubCA2", "CPOSubCA1"];

        Leaf("ContractCert_expired", "expired: notAfter five years before now", Contract(mo2) with
        {
            NotBefore = _now - TimeSpan.FromDays(6 * 365), NotAfter = _now - TimeSpan.FromDays(5 * 365),
        }, moChain, "MORootCA", CertificateRole.Contract, ChainRule.Expired);
        Leaf("ContractCert_notYetValid", "not yet valid: notBefore one year after now", Contract(mo2) with
        {
            NotBefore = _now + TimeSpan.FromDays(365), NotAfter = _now + TimeSpan.FromDays(2 * 365),
        }, moChain, "MORootCA", CertificateRole.Contract, ChainRule.NotYetValid);
        Leaf("SECCCert_wrongKeyUsage", "leaf keyUsage = keyEncipherment only (no digitalSignature/keyAgreement)",
            Secc(cpo2) with { KeyUsage = X509KeyUsageFlags.KeyEncipherment }, cpoChain, "V2GRootCA", CertificateRole.Secc, ChainRule.LeafKeyUsage,
            openSsl: false); // openssl verify checks a leaf's keyUsage only for a -purpose, which no V2G role maps to
        Leaf("SECCCert_badSignature", "signatureValue altered (one bit flipped 5 bytes before end of DER); TBS is otherwise valid",
            Secc(cpo2) with { CorruptSignature = true }, cpoChain, "V2GRootCA", CertificateRole.Secc, ChainRule.Signature);
        Leaf("ContractCert_wrongIssuer", "contract cert issued (and signed) by CPOSubCA2 but presented in MO chain (issuer DN != MOSubCA2 subject)",
            Contract(cpo2), moChain, "MORootCA", CertificateRole.Contract, ChainRule.IssuerNameMismatch);
        Leaf("ContractCert_signedByWrongKey", "issuer DN = MOSubCA2 but signed with an unrelated key (CPOSubCA2 key); AKI also points to that key",
            Contract(mo2) with { SignedBy = cpo2 }, moChain, "MORootCA", CertificateRole.Contract, ChainRule.Signature);

        IssuedCertificate nonCa = Ca("CPOSubCA2_basicConstraintsCAfalse", "intermediate with basicConstraints CA:false but keyCertSign",
            SubCa2Of(cpo2, "V2G") with { IsCa = false, PathLength = null }, ["CPOSubCA1"], "V2GRootCA");
        Leaf("SECCCert_issuedByNonCA", "leaf issued by CPOSubCA2_basicConstraintsCAfalse", Secc(nonCa),
            ["CPOSubCA2_basicConstraintsCAfalse", "CPOSubCA1"], "V2GRootCA", CertificateRole.Secc, ChainRule.IssuerNotCa);
        IssuedCertificate noBc = Ca("CPOSubCA2_noBasicConstraints", "intermediate with no basicConstraints extension at all",
            SubCa2Of(cpo2, "V2G") with { IsCa = null, PathLength = null }, ["CPOSubCA1"], "V2GRootCA");
        Leaf("SECCCert_issuedByNoBC", "leaf issued by CPOSubCA2_noBasicConstraints", Secc(noBc),
            ["CPOSubCA2_noBasicConstraints", "CPOSubCA1"], "V2GRootCA", CertificateRole.Secc, ChainRule.IssuerNotCa);
        IssuedCertificate sub3 = Ca("CPOSubCA3_pathLenViolation", "CA issued by CPOSubCA2 whose pathLen=0 forbids further CAs",
            SubCa2Of(cpo2, "V2G") with { Name = "CPOSubCA3_pathLenViolation", CommonName = "CPOSubCA3", Issuer = cpo2 }, cpoChain, "V2GRootCA");
        Leaf("SECCCert_pathLenViolation", "leaf under CPOSubCA3 -> chain root/Sub1/Sub2(pathLen 0)/Sub3/leaf violates pathLen", Secc(sub3),
            ["CPOSubCA3_pathLenViolation", "CPOSubCA2", "CPOSubCA1"], "V2GRootCA", CertificateRole.Secc, ChainRule.PathLength);
        IssuedCertificate noSign = Ca("MOSubCA2_noKeyCertSign", "CA:true but keyUsage lacks keyCertSign",
            SubCa2Of(mo2, "MO") with { KeyUsage = X509KeyUsageFlags.CrlSign | Sign }, ["MOSubCA1"], "MORootCA");
        Leaf("ContractCert_issuerNoKeyCertSign", "leaf issued by MOSubCA2_noKeyCertSign", Contract(noSign),
            ["MOSubCA2_noKeyCertSign", "MOSubCA1"], "MORootCA", CertificateRole.Contract, ChainRule.IssuerKeyUsage);
        Leaf("SECCCert_wrongDomainComponent", "SECC leaf with DC=MO instead of DC=CPO (profile violation only; X.509 path is valid)",
            Secc(cpo2) with { DomainComponent = "MO" }, cpoChain, "V2GRootCA", CertificateRole.Secc, ChainRule.DomainComponent, openSsl: false);
        return _broken;
    }

    private CertificateTemplate Leaf(IssuedCertificate issuer, string commonName, string dc, X509KeyUsageFlags usage) =>
        CertificateTemplate.From(CertificateSpec.Leaf("leaf", commonName, dc, usage), PkiKeyPair.Generate(_profile), issuer, _now);

    private CertificateTemplate Contract(IssuedCertificate issuer) => Leaf(issuer, TestPkiSetBuilder.Emaid, "MO", ContractUsage);

    private CertificateTemplate Secc(IssuedCertificate issuer) => Leaf(issuer, TestPkiSetBuilder.EvseId, "CPO", Sign | Agree);

    /// <summary>A replacement for the Sub-CA 2 <paramref name="original"/>: same subject, issued by its issuer (Sub-CA 1).</summary>
    private CertificateTemplate SubCa2Of(IssuedCertificate original, string dc)
    {
        string commonName = original.Name;
        IssuedCertificate subCa1 = _valid[original.Name.Replace("SubCA2", "SubCA1", StringComparison.Ordinal)];
        return CertificateTemplate.From(CertificateSpec.SubCa2(original.Name, dc), PkiKeyPair.Generate(_profile), subCa1, _now) with
        {
            CommonName = commonName, KeyUsage = CaUsage,
        };
    }

    private void Leaf(
        string name, string defect, CertificateTemplate template, string[] chain, string anchor, CertificateRole role, ChainRule rule,
        bool openSsl = true)
    {
        IssuedCertificate issued = _factory.Issue(template with { Name = name });
        _broken.Add(new BrokenCertificate(name, issued, defect, chain, anchor, role, rule, openSsl));
    }

    private IssuedCertificate Ca(string name, string defect, CertificateTemplate template, string[] chain, string anchor)
    {
        IssuedCertificate issued = _factory.Issue(template with { Name = name });
        _broken.Add(new BrokenCertificate(name, issued, defect, chain, anchor, null, null, true));
        return issued;
    }
}
