using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.Signatures;
using V2G.Security.TestPki;

namespace V2G.Cli.Demo;

/// <summary>The checks the receivers of the Plug'n'Charge messages make, turned into the demo's check lines.</summary>
internal static class PncChecks
{
    /// <summary>
    /// The SECC's check of a contract chain as a message carried it: valid for the contract role against the MO root
    /// of <paramref name="pki"/> at its "now", and the eMAID the message states is the leaf's CN.
    /// </summary>
    /// <param name="pki">The PKI whose MO root the SECC trusts.</param>
    /// <param name="leaf">The contract certificate (DER).</param>
    /// <param name="subCertificates">The sub-CA certificates as carried (DER).</param>
    /// <param name="statedEmaid">The eMAID the message states beside the chain; null if it states none.</param>
    /// <returns>The check.</returns>
    public static DemoCheck ContractChain(GeneratedPki pki, byte[] leaf, IReadOnlyList<byte[]> subCertificates, string? statedEmaid)
    {
        const string What = "contract certificate chain (role Contract, trust anchor MORootCA)";
        X509Certificate2[] certificates;
        try
        {
            certificates = subCertificates.Prepend(leaf).Select(der => X509CertificateLoader.LoadCertificate(der)).ToArray();
        }
        catch (CryptographicException e)
        {
            return DemoCheck.Verification(What, false, "a carried certificate cannot be read: " + e.Message);
        }

        ChainValidationResult result = CertificateChainValidator.Validate(
            certificates[0], certificates[1..], pki.Contract.TrustAnchors, pki.ValidationOptions(CertificateRole.Contract));
        if (!result.IsValid)
        {
            return DemoCheck.Verification(What, false, result.ToString());
        }

        string commonName = certificates[0].GetNameInfo(X509NameType.SimpleName, false);
        if (statedEmaid != null && statedEmaid != commonName)
        {
            return DemoCheck.Verification(What, false, $"the stated eMAID {statedEmaid} is not the certificate's CN {commonName}");
        }

        string path = string.Join(" <- ", result.Path.Select(c => c.GetNameInfo(X509NameType.SimpleName, false)));
        return DemoCheck.Verification(What, true, statedEmaid is null ? path : $"{path}; eMAID {statedEmaid} is the leaf's CN");
    }

    /// <summary>A signature verification that must succeed.</summary>
    /// <param name="what">What was verified, e.g. "AuthorizationReq signature (contract key)".</param>
    /// <param name="result">The verifier's result.</param>
    /// <returns>The check.</returns>
    public static DemoCheck Signature(string what, SignatureVerificationResult result)
    {
        string detail = result.IsValid
            ? $"{result.Profile}, {result.References.Count} reference(s){(result.GenChallengeChecked ? ", GenChallenge matches" : string.Empty)}"
            : $"{result.Failure}: {result.Message}";
        return DemoCheck.Verification(what, result.IsValid, detail);
    }

    /// <summary>A signature verification that must be refused for <paramref name="expected"/>.</summary>
    /// <param name="what">What was verified.</param>
    /// <param name="expected">The reason it must be refused for.</param>
    /// <param name="result">The verifier's result.</param>
    /// <returns>The check.</returns>
    public static DemoCheck SignatureRefusal(string what, SignatureFailureReason expected, SignatureVerificationResult result) =>
        DemoCheck.Refusal(what, expected.ToString(), result.Failure?.ToString(), result.Message);

    /// <summary>A 16-byte GenChallenge from the system's random number generator.</summary>
    /// <returns>A new array.</returns>
    public static byte[] NewGenChallenge() => RandomNumberGenerator.GetBytes(16);

    /// <summary>A GenChallenge other than <paramref name="challenge"/>.</summary>
    /// <param name="challenge">The challenge to differ from.</param>
    /// <returns>A new array.</returns>
    public static byte[] OtherGenChallenge(byte[] challenge)
    {
        byte[] other = NewGenChallenge();
        other[0] = other.AsSpan().SequenceEqual(challenge) ? (byte)~other[0] : other[0];
        return other;
    }
}
