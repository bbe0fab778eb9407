using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Security.Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.TestPki;

/// <summary>
/// A Plug'n'Charge PKI made by <see cref="TestPkiBuilder"/>: one chain per leaf role, every certificate with its private
/// key. The CPO and CPS chains share the V2G root. Disposing it disposes every certificate and key.
/// </summary>
public sealed class GeneratedPki : IDisposable
{
    internal GeneratedPki(
        SecurityProfile profile, DateTimeOffset now, IssuedChain secc, IssuedChain cps, IssuedChain contract, IssuedChain provisioning)
    {
        Profile = profile;
        Now = now;
        Secc = secc;
        Cps = cps;
        Contract = contract;
        OemProvisioning = provisioning;
    }

    /// <summary>The profile of every key and certificate signature.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>The time the PKI was made valid around.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>V2G root -> CPO Sub-CA 1 -> CPO Sub-CA 2 -> SECC leaf (CN = EVSEID, DC=CPO).</summary>
    public IssuedChain Secc { get; }

    /// <summary>V2G root -> CPS Sub-CA 1 -> CPS Sub-CA 2 -> CPS leaf (DC=CPS).</summary>
    public IssuedChain Cps { get; }

    /// <summary>MO root -> MO Sub-CA 1 -> MO Sub-CA 2 (also signs SalesTariff) -> contract leaf (CN = eMAID, DC=MO).</summary>
    public IssuedChain Contract { get; }

    /// <summary>OEM root -> OEM Sub-CA 1 -> OEM Sub-CA 2 -> provisioning leaf (CN = PCID, DC=OEM).</summary>
    public IssuedChain OemProvisioning { get; }

    /// <summary>The V2G root (anchor of the SECC and CPS chains).</summary>
    public IssuedCertificate V2GRoot => Secc.Root;

    /// <summary>The MO root (anchor of the contract chain).</summary>
    public IssuedCertificate MoRoot => Contract.Root;

    /// <summary>The OEM root (anchor of the provisioning chain).</summary>
    public IssuedCertificate OemRoot => OemProvisioning.Root;

    /// <summary>The four chains: SECC, CPS, contract, OEM provisioning.</summary>
    public IReadOnlyList<IssuedChain> Chains => [Secc, Cps, Contract, OemProvisioning];

    /// <summary>Every certificate once (the V2G root is shared by two chains): 3 roots, 8 sub-CAs, 4 leaves.</summary>
    public IReadOnlyList<IssuedCertificate> Certificates =>
        Chains.SelectMany(c => new[] { c.Root, c.SubCa1, c.SubCa2, c.Leaf }).Distinct().ToArray();

    /// <summary>The chain whose leaf has <paramref name="role"/>.</summary>
    /// <param name="role">The leaf role.</param>
    /// <returns>The chain.</returns>
    public IssuedChain ChainFor(CertificateRole role) => role switch
    {
        CertificateRole.Secc => Secc,
        CertificateRole.Cps => Cps,
        CertificateRole.Contract => Contract,
        _ => OemProvisioning,
    };

    /// <summary>
    /// Options to validate a chain of this PKI for <paramref name="role"/> at <see cref="Now"/>; revocation is ignored
    /// (the PKI has no CRL or OCSP responder).
    /// </summary>
    /// <param name="role">The leaf role.</param>
    /// <returns>The options.</returns>
    public ChainValidationOptions ValidationOptions(CertificateRole role) => new()
    {
        Profile = Profile,
        Role = role,
        ValidationTime = Now,
        RevocationPolicy = RevocationPolicy.Ignore,
    };

    /// <summary>Disposes every certificate and key.</summary>
    public void Dispose()
    {
        foreach (IssuedCertificate certificate in Certificates)
        {
            certificate.Dispose();
        }
    }
}
