using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Io;
using V2G.Exi;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Cli.Security;

/// <summary>
/// Verifies one signed message file: decode, pick the signer certificate (the one the message carries, else each
/// <c>--cert</c> in turn until one verifies), verify the signature, then with <c>--trust</c> validate the signer's chain.
/// </summary>
internal sealed class MessageVerifier
{
    private const string Undecoded = "(undecoded)";

    /// <summary>The reason token of a signer certificate that cannot be parsed or whose key cannot be read.</summary>
    public const string UnreadableSigner = "SignerCertificateUnreadable";
    private readonly bool iso20;
    private readonly SignatureVerificationOptions options;
    private readonly IReadOnlyList<IReadOnlyList<X509Certificate2>> givenCertificates;
    private readonly ChainSettings? chain;

    /// <summary>Creates the verifier.</summary>
    /// <param name="iso20">True for ISO 15118-20 CommonMessages, false for ISO 15118-2.</param>
    /// <param name="options">The GenChallenge expectation.</param>
    /// <param name="givenCertificates">The <c>--cert</c> files: each the signer first, then its sub-CAs.</param>
    /// <param name="chain">The chain settings, or null when <c>--trust</c> is absent.</param>
    public MessageVerifier(
        bool iso20, SignatureVerificationOptions options, IReadOnlyList<IReadOnlyList<X509Certificate2>> givenCertificates, ChainSettings? chain)
    {
        this.iso20 = iso20;
        this.options = options;
        this.givenCertificates = givenCertificates;
        this.chain = chain;
    }

    /// <summary>Verifies one file.</summary>
    /// <param name="file">The EXI file.</param>
    /// <returns>The verdict.</returns>
    public VerifyOutcome Verify(string file)
    {
        ISignedMessage message;
        try
        {
            message = SignedSchemas.Decode(iso20, InputReader.ReadBytes(InputSource.File(file), System.IO.Stream.Null));
        }
        catch (InputException e)
        {
            return new VerifyOutcome(false, Undecoded, e.Message);
        }
        catch (ExiException e)
        {
            return new VerifyOutcome(false, Undecoded, "decode error: " + e.Message);
        }

        try
        {
            return Verify(message);
        }
        catch (InputException e)
        {
            return new VerifyOutcome(false, message.MessageName, $"{UnreadableSigner}: {e.Message}");
        }
    }

    private VerifyOutcome Verify(ISignedMessage message)
    {
        List<Candidate> candidates = Candidates(message);
        if (candidates.Count == 0)
        {
            return new VerifyOutcome(false, message.MessageName,
                $"the message does not carry the signer's {message.Signer.Description}; give it with --cert PEM");
        }

        Candidate? chosen = null;
        SignatureVerificationResult? first = null;
        foreach (Candidate candidate in candidates)
        {
            SignatureVerificationResult result = message.Verify(candidate.Signer, options);
            first ??= result;
            if (result.IsValid)
            {
                chosen = candidate;
                first = result;
                break;
            }
        }

        if (chosen is null)
        {
            string from = candidates.Count == 1 ? candidates[0].Origin : $"{candidates[0].Origin} (first of {candidates.Count} --cert)";
            return new VerifyOutcome(false, message.MessageName, $"{first!.Failure}: {first.Message} [signer: {from}]");
        }

        string signature = $"signature valid ({References(first!)}): {first!.Message} [signer: {chosen.Origin}]";
        return chain is null ? new VerifyOutcome(true, message.MessageName, signature + "; chain not validated (no --trust)")
            : CheckChain(message, chosen, first, signature);
    }

    private VerifyOutcome CheckChain(ISignedMessage message, Candidate signer, SignatureVerificationResult result, string signature)
    {
        if (message.Signer.Role is not { } role)
        {
            return new VerifyOutcome(false, message.MessageName,
                $"{signature}; but --trust cannot be applied: the signer ({message.Signer.Description}) is a CA certificate, "
                + "and chains are validated for leaf roles only (validate the contract chain with 'v2g cert verify --role contract')");
        }

        SecurityProfile profile = result.Profile ?? SecurityProfile.Iso2;
        ChainValidationResult validation = chain!.Validate(signer.Signer, signer.SubCertificates, role, profile);
        if (!validation.IsValid)
        {
            return new VerifyOutcome(false, message.MessageName, $"{signature}; chain refused for role {role}: {validation.Failure}");
        }

        return new VerifyOutcome(true, message.MessageName, $"{signature}; chain valid for role {role}: {chain.DescribeValid(validation)}");
    }

    private List<Candidate> Candidates(ISignedMessage message)
    {
        SignerCertificates carried = message.Signer;
        if (carried.Leaf is { } leaf)
        {
            X509Certificate2 signer = CertificateFiles.FromDer(leaf, $"the {carried.Element} certificate");
            // The --cert certificates other than the signer serve as further sub-CAs: an ISO 15118-2
            // CertificateInstallationReq carries the OEM provisioning certificate without its sub-CAs.
            X509Certificate2[] subs = carried.SubCertificates
                .Select((der, i) => CertificateFiles.FromDer(der, $"sub-certificate {i + 1} of {carried.Element}"))
                .Concat(givenCertificates.SelectMany(bundle => bundle).Where(c => !c.RawDataMemory.Span.SequenceEqual(signer.RawDataMemory.Span)))
                .ToArray();
            return [new Candidate(signer, subs, $"{CertificateFiles.NameOf(signer)} from {carried.Element}")];
        }

        return givenCertificates
            .Select(bundle => new Candidate(bundle[0], bundle.Skip(1).ToArray(), $"{CertificateFiles.NameOf(bundle[0])} from --cert"))
            .ToList();
    }

    private static string References(SignatureVerificationResult result) =>
        result.References.Count == 0 ? "no reference" : string.Join(", ", result.References.Select(r => $"{r.Uri} {ElementName(r.Element)}"));

    private static string ElementName(string qualified)
    {
        int brace = qualified.LastIndexOf('}');
        return brace >= 0 ? qualified[(brace + 1)..] : qualified;
    }

    /// <summary>A signer certificate to try, with the sub-CAs that came with it and where it came from.</summary>
    private sealed record Candidate(X509Certificate2 Signer, IReadOnlyList<X509Certificate2> SubCertificates, string Origin);
}
