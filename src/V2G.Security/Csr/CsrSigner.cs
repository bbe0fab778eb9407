using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.Revocation;
using V2G.Security.TestPki;

namespace V2G.Security.Csr;

/// <summary>
/// Signs a leaf CSR with the Sub-CA 2 of a <see cref="GeneratedPki"/> chain (CPO, CPS, MO or OEM, by role). The request is
/// checked first: its signature, that its key is of the PKI's profile, its subject (DC, EVSEID/eMAID/PCID) and that the
/// requested keyUsage fits the role and nothing else (CA:true, other extensions) is asked. The issued leaf has the
/// test PKI's profile (basicConstraints and keyUsage critical, SKI, AKI, AIA OCSP, CRL DP) and is validated with
/// <see cref="CertificateChainValidator"/> for its role before it is returned. For tests and demonstrations.
/// </summary>
public static class CsrSigner
{
    /// <summary>Issues the leaf a CSR asks for, or says which check refused it.</summary>
    /// <param name="csr">The request: DER or a <c>CERTIFICATE REQUEST</c> PEM block.</param>
    /// <param name="role">The role the leaf is issued for.</param>
    /// <param name="pki">The PKI whose chain for <paramref name="role"/> issues the leaf.</param>
    /// <param name="certificate">The issued leaf (without private key); the caller disposes it.</param>
    /// <param name="problem">Why no certificate was issued.</param>
    /// <returns>True if the leaf was issued and validates for its role.</returns>
    public static bool TrySign(
        ReadOnlySpan<byte> csr, CertificateRole role, GeneratedPki pki,
        [NotNullWhen(true)] out X509Certificate2? certificate, [NotNullWhen(false)] out CsrProblem? problem)
    {
        certificate = null;
        problem = Load(csr, pki.Profile, out CertificateRequest? request);
        problem ??= CheckRequest(request!, role);
        if (problem != null)
        {
            return false;
        }

        IssuedChain chain = pki.ChainFor(role);
        X509Certificate2 issued = Issue(request!, chain.SubCa2, pki);
        ChainValidationResult validation = CertificateChainValidator.Validate(
            issued, chain.SubCertificates, chain.TrustAnchors, pki.ValidationOptions(role));
        if (!validation.IsValid)
        {
            issued.Dispose();
            problem = new(CsrProblemKind.IssuedChainInvalid, $"the issued {role} leaf does not validate: {validation}");
            return false;
        }

        certificate = issued;
        return true;
    }

    private static CsrProblem? Load(ReadOnlySpan<byte> csr, SecurityProfile pkiProfile, out CertificateRequest? request)
    {
        request = null;
        byte[] der;
        try
        {
            if (!PemOrDer.TryGetDer(csr, "CERTIFICATE REQUEST", out der, out string? error))
            {
                return new(CsrProblemKind.Malformed, error!);
            }
        }
        catch (FormatException e)
        {
            return new(CsrProblemKind.Malformed, "the PEM body is not base64: " + e.Message);
        }

        if (!CsrKeyAlgorithm.TryRead(der, out SecurityProfile? keyProfile, out string keyDescription))
        {
            return new(CsrProblemKind.Malformed, keyDescription);
        }

        if (keyProfile != pkiProfile)
        {
            return new(CsrProblemKind.ProfileMismatch,
                $"the request's {keyDescription} is not a key of the PKI's profile {pkiProfile} (it is {keyProfile?.ToString() ?? "of no profile"})");
        }

        HashAlgorithmName hash = ProfileParameters.For(pkiProfile)!.Hash;
        try
        {
            CertificateRequest.LoadSigningRequest(der, hash, out int read,
                CertificateRequestLoadOptions.SkipSignatureValidation | CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
            if (read != der.Length)
            {
                return new(CsrProblemKind.Malformed, $"{der.Length - read} bytes follow the CertificationRequest");
            }
        }
        catch (CryptographicException e)
        {
            return new(CsrProblemKind.Malformed, "the CertificationRequest cannot be parsed: " + e.Message);
        }

        try
        {
            request = CertificateRequest.LoadSigningRequest(der, hash, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
            return null;
        }
        catch (CryptographicException e)
        {
            return new(CsrProblemKind.BadSignature, "the request's signature does not verify with its public key: " + e.Message);
        }
    }

    private static CsrProblem? CheckRequest(CertificateRequest request, CertificateRole role)
    {
        if (!CsrSubject.TryFromName(request.SubjectName, out CsrSubject? subject, out CsrProblem? problem))
        {
            return problem;
        }

        problem = CsrRoleRules.Problem(role, subject);
        if (problem != null)
        {
            return problem;
        }

        X509KeyUsageFlags? usage = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (X509Extension extension in request.CertificateExtensions)
        {
            if (!seen.Add(extension.Oid?.Value ?? string.Empty))
            {
                return new(CsrProblemKind.ExtensionNotAllowed, $"the request asks for extension {extension.Oid?.Value} twice");
            }

            switch (extension)
            {
                case X509KeyUsageExtension keyUsage:
                    usage = keyUsage.KeyUsages;
                    break;
                case X509BasicConstraintsExtension { CertificateAuthority: true }:
                    return new(CsrProblemKind.ExtensionNotAllowed, $"the request asks for CA:true, a {role} leaf is CA:false");
                case X509BasicConstraintsExtension:
                    break;
                default:
                    return new(CsrProblemKind.ExtensionNotAllowed,
                        $"the request asks for extension {extension.Oid?.Value} ({extension.Oid?.FriendlyName}), "
                        + "a leaf gets only keyUsage and basicConstraints");
            }
        }

        if (usage is null)
        {
            return new(CsrProblemKind.KeyUsageNotAllowed, $"the request asks for no keyUsage; a {role} leaf needs {CsrKeyUsages.Requested(role)}");
        }

        string? usageProblem = CsrKeyUsages.Problem(role, usage.Value);
        return usageProblem is null ? null : new(CsrProblemKind.KeyUsageNotAllowed, usageProblem);
    }

    private static X509Certificate2 Issue(CertificateRequest request, IssuedCertificate issuer, GeneratedPki pki)
    {
        X509KeyUsageFlags usage = request.CertificateExtensions.OfType<X509KeyUsageExtension>().Single().KeyUsages;

        // The profile of the test PKI's leaves, applied to the requested key.
        CertificateIssuer.AddLeafExtensions(request, usage, issuer, pki.Profile);

        DateTimeOffset now = DateTimeOffset.FromUnixTimeSeconds(pki.Now.ToUnixTimeSeconds());
        DateTimeOffset notAfter = now + TestPkiLifetimes.Leaf;
        if (notAfter > issuer.Certificate.NotAfter)
        {
            notAfter = issuer.Certificate.NotAfter;
        }

        byte[] serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x3F) | 0x40);
        return request.Create(issuer.Certificate.SubjectName, X509SignatureGenerator.CreateForECDsa(issuer.PrivateKey),
            now - TestPkiLifetimes.Backdating, notAfter, serial);
    }
}
