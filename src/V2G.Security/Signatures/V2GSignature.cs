using System;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Signatures;

/// <summary>
/// Signs and verifies the signed messages of ISO 15118-2 and ISO 15118-20 over EXI: each Reference digests the EXI
/// fragment of the element with that Id, SignedInfo is encoded with the xmldsig schema alone, SignatureValue is raw
/// r||s (ECDSA) or Ed448. Verification is hardened: only the profile's algorithms, one canonical-EXI Transform per
/// Reference, exactly the references the message type requires, no duplicate Ids, no SignedInfo Id, KeyInfo or
/// Object, and an AuthorizationReq bound to the SECC's GenChallenge. Nothing is decoded twice and no XML is parsed.
/// </summary>
public static partial class V2GSignature
{
    // The message name is only needed for the refusal, so the rule of the message is not worked out twice.
    private static SignatureVerificationResult WithCertificate(Func<string> messageName, X509Certificate2 certificate, Func<SignatureVerificationKey, SignatureVerificationResult> verify)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!SignatureVerificationKey.TryFromCertificate(certificate, out var key, out string? error))
        {
            return new SignatureVerificationResult(messageName(), null, SignatureFailureReason.SignerKeyUnusable, "The signer certificate cannot verify V2G signatures: " + error, null, Array.Empty<ReferenceCheck>(), false, false);
        }

        using (key)
        {
            return verify(key!);
        }
    }
}
