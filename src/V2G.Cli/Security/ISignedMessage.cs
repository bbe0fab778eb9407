using System.Security.Cryptography.X509Certificates;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Cli.Security;

/// <summary>A decoded message of a signed family (ISO 15118-2 or ISO 15118-20 CommonMessages).</summary>
internal interface ISignedMessage
{
    /// <summary>The message type, e.g. <c>CertificateInstallationRes</c>.</summary>
    string MessageName { get; }

    /// <summary>Who signs this message type, with the certificates it carries.</summary>
    SignerCertificates Signer { get; }

    /// <summary>Verifies the signature with a signer certificate.</summary>
    /// <param name="signer">The signer certificate.</param>
    /// <param name="options">The GenChallenge expectation.</param>
    /// <returns>The result.</returns>
    SignatureVerificationResult Verify(X509Certificate2 signer, SignatureVerificationOptions options);

    /// <summary>Signs what the standard signs in this message type, replacing any Signature.</summary>
    /// <param name="signer">The key's signer.</param>
    /// <exception cref="System.ArgumentException">Nothing to sign, or a key of another profile.</exception>
    void Sign(IV2GSigner signer);

    /// <summary>Encodes the message as an EXI document.</summary>
    /// <returns>The EXI bytes.</returns>
    byte[] Encode();

    /// <summary>Writes the message's XML form.</summary>
    /// <returns>The XML.</returns>
    string ToXml();
}
