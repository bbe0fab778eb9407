using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto.Parameters;
using V2G.Security.Certificates;
using V2G.Security.TestPki;

namespace V2G.Security.Csr;

/// <summary>
/// A PKCS#10 certificate signing request for a Plug'n'Charge leaf (SECC, CPS, contract, OEM provisioning) with a new key of
/// the profile (P-256 for ISO 15118-2, P-521 for ISO 15118-20, Ed448 for ISO 15118-20 Ed448). The request carries the
/// role's key usages as an extensionRequest attribute (keyUsage critical, basicConstraints CA:false critical).
/// </summary>
/// <example><code>
/// V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, SecurityProfile.Iso2, "CN=DE*V2G*E1234567,O=Example,C=DE,DC=CPO", out var key);
/// File.WriteAllText("secc.csr", csr.Pem);
/// </code></example>
public sealed class V2GCsr
{
    private readonly byte[] _der;

    private V2GCsr(CertificateRole role, SecurityProfile profile, CsrSubject subject, X509KeyUsageFlags usage, byte[] der)
    {
        Role = role;
        Profile = profile;
        Subject = subject;
        KeyUsage = usage;
        _der = der;
    }

    /// <summary>The leaf role the request is for.</summary>
    public CertificateRole Role { get; }

    /// <summary>The profile of the key and of the request's signature.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>The requested subject.</summary>
    public CsrSubject Subject { get; }

    /// <summary>The requested keyUsage.</summary>
    public X509KeyUsageFlags KeyUsage { get; }

    /// <summary>The DER CertificationRequest (a copy).</summary>
    public byte[] Der => (byte[])_der.Clone();

    /// <summary>The request as a <c>CERTIFICATE REQUEST</c> PEM block.</summary>
    public string Pem => new(PemEncoding.Write("CERTIFICATE REQUEST", _der));

    /// <summary>Creates a request, or says what prevents it.</summary>
    /// <param name="role">The leaf role: decides the DC, the CN identifier and the key usages.</param>
    /// <param name="profile">The key algorithm and signature of the request.</param>
    /// <param name="subject">Subject text <c>CN=...,O=...,C=..,DC=..</c>.</param>
    /// <param name="csr">The request.</param>
    /// <param name="privateKey">The new private key; the caller disposes it.</param>
    /// <param name="problem">Why no request was created.</param>
    /// <returns>True if the request was created.</returns>
    public static bool TryCreate(
        CertificateRole role, SecurityProfile profile, string? subject, [NotNullWhen(true)] out V2GCsr? csr,
        [NotNullWhen(true)] out CsrPrivateKey? privateKey, [NotNullWhen(false)] out CsrProblem? problem)
    {
        csr = null;
        privateKey = null;
        if (!Enum.IsDefined(role))
        {
            problem = new(CsrProblemKind.InvalidSubject, $"role {role} is not a leaf role");
            return false;
        }

        if (!CsrSubject.TryParse(subject, out CsrSubject? parsed, out problem))
        {
            return false;
        }

        problem = CsrRoleRules.Problem(role, parsed);
        if (problem != null)
        {
            return false;
        }

        X509KeyUsageFlags usage = CsrKeyUsages.Requested(role);
        if (profile == SecurityProfile.Iso20Ed448)
        {
            byte[] der = Ed448CsrWriter.Write(parsed.ToDistinguishedName(), usage, out Ed448PrivateKeyParameters ed448);
            csr = new V2GCsr(role, profile, parsed, usage, der);
            privateKey = new CsrPrivateKey(profile, null, ed448);
            return true;
        }

        if (ProfileParameters.For(profile) is not { } parameters)
        {
            problem = new(CsrProblemKind.ProfileMismatch, $"profile {profile} is unknown");
            return false;
        }

        ECDsa key = ECDsa.Create(parameters.Curve);
        var request = new CertificateRequest(parsed.ToDistinguishedName(), key, parameters.Hash);
        foreach (X509Extension extension in CsrExtensions.For(usage))
        {
            request.CertificateExtensions.Add(extension);
        }

        csr = new V2GCsr(role, profile, parsed, usage, request.CreateSigningRequest());
        privateKey = new CsrPrivateKey(profile, key, null);
        return true;
    }

    /// <summary>Creates a request.</summary>
    /// <param name="role">The leaf role: decides the DC, the CN identifier and the key usages.</param>
    /// <param name="profile">The key algorithm and signature of the request.</param>
    /// <param name="subject">Subject text <c>CN=...,O=...,C=..,DC=..</c>.</param>
    /// <param name="privateKey">The new private key; the caller disposes it.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The subject or profile is unusable (the message is the one <see cref="TryCreate"/> gives).</exception>
    public static V2GCsr Create(CertificateRole role, SecurityProfile profile, string subject, out CsrPrivateKey privateKey)
    {
        if (!TryCreate(role, profile, subject, out V2GCsr? csr, out CsrPrivateKey? key, out CsrProblem? problem))
        {
            throw new ArgumentException(problem.ToString(), nameof(subject));
        }

        privateKey = key;
        return csr;
    }
}
