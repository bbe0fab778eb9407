using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using V2G.Security.Certificates;
using V2G.Security.Csr;
using V2G.Security.Revocation;

namespace V2G.Security.TestPki;

/// <summary>
/// Lets a CA of a test PKI folder (written by <see cref="TestPkiFolderWriter"/>) sign a leaf CSR: the CA certificate and
/// PKCS#8 key are read from <c>certs/</c> and <c>keys/</c>, the request is checked (signature, key of the folder's
/// profile, subject and keyUsage for the role), and the issued leaf must validate for its role with the folder's chain.
/// </summary>
public static class TestPkiFolderIssuer
{
    /// <summary>Issues the leaf a CSR asks for, or says what refused it.</summary>
    /// <param name="directory">The PKI folder (with <c>manifest.json</c>).</param>
    /// <param name="caName">The issuing CA's file name, e.g. <c>CPOSubCA2</c>.</param>
    /// <param name="role">The leaf role.</param>
    /// <param name="csr">The request: DER or a <c>CERTIFICATE REQUEST</c> PEM block.</param>
    /// <param name="certificate">The issued leaf (without private key).</param>
    /// <param name="problem">Why no certificate was issued.</param>
    /// <returns>True if the leaf was issued and validates for its role.</returns>
    public static bool TryIssue(
        string directory, string caName, CertificateRole role, ReadOnlySpan<byte> csr,
        [NotNullWhen(true)] out X509Certificate2? certificate, [NotNullWhen(false)] out TestPkiProblem? problem)
    {
        certificate = null;
        if (!TryReadProfile(directory, out SecurityProfile profile, out problem)
            || !TryLoad(directory, caName, profile, out IssuedCertificate? ca, out problem))
        {
            return false;
        }

        using (ca)
        {
            if (!TryReadRequest(csr, profile, role, out Pkcs10CertificationRequest? request, out X509KeyUsageFlags usage, out problem))
            {
                return false;
            }

            DateTimeOffset now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            DateTimeOffset notAfter = now + TestPkiLifetimes.Leaf;
            if (notAfter > ca.Certificate.NotAfter)
            {
                notAfter = ca.Certificate.NotAfter;
            }

            var factory = new CertificateFactory(profile, "unused", "DE");
            X509Certificate2 issued = factory.IssueForPublicKey(new CertificateTemplate
            {
                Name = "leaf", CommonName = "unused", DomainComponent = "unused", IsCa = false, KeyUsage = usage,
                NotBefore = now - TestPkiLifetimes.Backdating, NotAfter = notAfter, Key = ca.Key, Issuer = ca,
                SubjectPublicKey = request.GetPublicKey(), Subject = request.GetCertificationRequestInfo().Subject,
            });
            problem = Validate(directory, profile, role, issued, now);
            if (problem != null)
            {
                issued.Dispose();
                return false;
            }

            certificate = issued;
            return true;
        }
    }

    private static TestPkiProblem? Validate(
        string directory, SecurityProfile profile, CertificateRole role, X509Certificate2 issued, DateTimeOffset now)
    {
        (IReadOnlyList<string> chain, string anchorName) = TestPkiSet.ChainFor(role);
        var loaded = new List<X509Certificate2>();
        try
        {
            foreach (string name in chain.Skip(1).Append(anchorName))
            {
                loaded.Add(X509CertificateLoader.LoadCertificateFromFile(Path.Combine(directory, "certs", name + ".der")));
            }

            ChainValidationResult result = CertificateChainValidator.Validate(issued, loaded.Take(loaded.Count - 1).ToArray(), [loaded[^1]],
                new ChainValidationOptions { Profile = profile, Role = role, ValidationTime = now, RevocationPolicy = RevocationPolicy.Ignore });
            return result.IsValid ? null : new(TestPkiProblemKind.IssuedChainInvalid, $"the issued {role} leaf does not validate: {result}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return new(TestPkiProblemKind.FolderUnreadable, $"cannot read the {role} chain from '{directory}': {e.Message}");
        }
        finally
        {
            loaded.ForEach(c => c.Dispose());
        }
    }

    internal static bool TryReadProfile(string directory, out SecurityProfile profile, [NotNullWhen(false)] out TestPkiProblem? problem)
    {
        profile = default;
        problem = null;
        string manifest = Path.Combine(directory, "manifest.json");
        try
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(manifest));
            string? name = json.RootElement.TryGetProperty("profile", out JsonElement p) ? p.GetString() : null;
            switch (name)
            {
                case "iso2": profile = SecurityProfile.Iso2; return true;
                case "iso20": profile = SecurityProfile.Iso20Secp521; return true;
                case "iso20_ed448": profile = SecurityProfile.Iso20Ed448; return true;
                default:
                    problem = new(TestPkiProblemKind.FolderUnreadable, $"{manifest} names no known profile (iso2, iso20, iso20_ed448): '{name}'");
                    return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            problem = new(TestPkiProblemKind.FolderUnreadable, $"cannot read {manifest}: {e.Message}");
            return false;
        }
    }

    internal static bool TryLoad(
        string directory, string name, SecurityProfile profile, [NotNullWhen(true)] out IssuedCertificate? ca,
        [NotNullWhen(false)] out TestPkiProblem? problem)
    {
        ca = null;
        problem = null;
        string certificateFile = Path.Combine(directory, "certs", name + ".der");
        string keyFile = Path.Combine(directory, "keys", name + ".key.pem");
        try
        {
            byte[] der = File.ReadAllBytes(certificateFile);
            string pem = File.ReadAllText(keyFile);
            byte[] pkcs8 = PemEncoding.TryFind(pem, out PemFields fields) && pem[fields.Label] == "PRIVATE KEY"
                ? Convert.FromBase64String(pem[fields.Base64Data])
                : throw new InvalidDataException($"{keyFile} holds no PRIVATE KEY PEM block");
            PkiKeyPair key = PkiKeyPair.FromPkcs8(pkcs8, profile, out string? error)
                ?? throw new InvalidDataException($"{keyFile}: {error}");
            ca = CertificateFactory.Wrap(name, der, key);
            bool isCa = ca.Certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);
            if (!isCa || !ca.Certificate.PublicKey.EncodedKeyValue.RawData.SequenceEqual(
                    key.PublicKeyInfo.PublicKey.GetOctets()))
            {
                ca.Dispose();
                ca = null;
                problem = new(TestPkiProblemKind.FolderUnreadable, $"{name} is not a CA whose key is {keyFile}");
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or FormatException
            or InvalidDataException or ArgumentException)
        {
            problem = new(TestPkiProblemKind.FolderUnreadable, $"cannot load CA {name} from '{directory}': {e.Message}");
            return false;
        }
    }

    private static bool TryReadRequest(
        ReadOnlySpan<byte> csr, SecurityProfile profile, CertificateRole role, [NotNullWhen(true)] out Pkcs10CertificationRequest? request,
        out X509KeyUsageFlags usage, [NotNullWhen(false)] out TestPkiProblem? problem)
    {
        request = null;
        usage = X509KeyUsageFlags.None;
        problem = null;
        string? refusal;
        try
        {
            if (!PemOrDer.TryGetDer(csr, "CERTIFICATE REQUEST", out byte[] der, out string? error))
            {
                problem = Refused(error!);
                return false;
            }

            if (!CsrKeyAlgorithm.TryRead(der, out SecurityProfile? keyProfile, out string keyDescription) || keyProfile != profile)
            {
                problem = Refused($"the request's key ({keyDescription}) is not a key of the folder's profile {profile}");
                return false;
            }

            request = new Pkcs10CertificationRequest(der);
            if (!request.Verify())
            {
                problem = Refused("the request's signature does not verify with its public key");
                return false;
            }

            var subject = new X500DistinguishedName(request.GetCertificationRequestInfo().Subject.GetDerEncoded());
            if (!CsrSubject.TryFromName(subject, out CsrSubject? parsed, out CsrProblem? subjectProblem))
            {
                problem = Refused(subjectProblem.ToString());
                return false;
            }

            if (CsrRoleRules.Problem(role, parsed) is { } roleProblem)
            {
                problem = Refused(roleProblem.ToString());
                return false;
            }

            X509Extensions? extensions = request.GetRequestedExtensions();
            KeyUsage? keyUsage = extensions is null ? null : KeyUsage.FromExtensions(extensions);
            if (keyUsage is null)
            {
                problem = Refused($"the request asks for no keyUsage; a {role} leaf needs {CsrKeyUsages.Requested(role)}");
                return false;
            }

            usage = (X509KeyUsageFlags)keyUsage.IntValue;
            refusal = CsrKeyUsages.Problem(role, usage);
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or IOException or FormatException
            or SecurityUtilityException or CryptographicException or InvalidOperationException)
        {
            problem = Refused("the CertificationRequest cannot be read: " + e.Message);
            return false;
        }

        problem = refusal is null ? null : Refused(refusal);
        return problem is null;
    }

    private static TestPkiProblem Refused(string message) => new(TestPkiProblemKind.CsrRefused, message);
}
