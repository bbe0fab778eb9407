using System.Collections.Generic;

namespace V2G.Security.Signatures;

/// <summary>The outcome of verifying a signed V2G message: valid, or the first check that failed and why.</summary>
public sealed class SignatureVerificationResult
{
    internal SignatureVerificationResult(string messageName, SecurityProfile? profile, SignatureFailureReason? failure, string message, string? referenceUri, IReadOnlyList<ReferenceCheck> references, bool genChallengeChecked, bool signatureChecked)
    {
        MessageName = messageName;
        Profile = profile;
        Failure = failure;
        Message = message;
        ReferenceUri = referenceUri;
        References = references;
        GenChallengeChecked = genChallengeChecked;
        SignatureChecked = signatureChecked;
    }

    /// <summary>
    /// True only if every check passed. After <c>V2GSignature.VerifyReferences</c> (no signer key) that does not
    /// include the SignatureValue: see <see cref="SignatureChecked"/>.
    /// </summary>
    public bool IsValid => Failure == null;

    /// <summary>The signed message type, e.g. <c>AuthorizationReq</c>.</summary>
    public string MessageName { get; }

    /// <summary>The profile the signature's algorithms belong to, when they belong to one.</summary>
    public SecurityProfile? Profile { get; }

    /// <summary>The failed check, or null when valid.</summary>
    public SignatureFailureReason? Failure { get; }

    /// <summary>What was verified, or what failed and why (naming the reference, element, algorithm or key).</summary>
    public string Message { get; }

    /// <summary>The Reference URI the failure concerns, if any.</summary>
    public string? ReferenceUri { get; }

    /// <summary>The References checked so far, in SignedInfo order.</summary>
    public IReadOnlyList<ReferenceCheck> References { get; }

    /// <summary>Whether an AuthorizationReq's GenChallenge was compared with the SECC's (false for other messages or when opted out).</summary>
    public bool GenChallengeChecked { get; }

    /// <summary>Whether the SignatureValue was verified with a key (false when only the references were checked, or on failure).</summary>
    public bool SignatureChecked { get; }

    /// <inheritdoc/>
    public override string ToString() => IsValid ? "valid: " + Message : Failure + ": " + Message;
}
