using V2G.Security.Certificates;
using V2G.Security.KeyTransport;
using V2G.Security.Signatures;

namespace V2G.Security.Provisioning;

/// <summary>Why a provisioning step refused: the step, a precise message and the underlying typed reason when there is one.</summary>
/// <param name="Kind">The step that failed.</param>
/// <param name="Message">What failed and why, in one line.</param>
public sealed record ProvisioningFailure(ProvisioningFailureKind Kind, string Message)
{
    /// <summary>The chain rule that failed, for the chain validation kinds.</summary>
    public ChainFailure? Chain { get; init; }

    /// <summary>The signature check that failed, for the signature kinds.</summary>
    public SignatureFailureReason? Signature { get; init; }

    /// <summary>The key transport check that failed, for <see cref="ProvisioningFailureKind.KeyEncryptionFailed"/> and
    /// <see cref="ProvisioningFailureKind.KeyDecryptionFailed"/>.</summary>
    public KeyTransportErrorKind? KeyTransport { get; init; }

    /// <summary>One line: kind and message.</summary>
    public override string ToString() => Kind + ": " + Message;

    internal static ProvisioningFailure FromChain(ProvisioningFailureKind kind, string what, ChainValidationResult result) =>
        new(kind, what + " does not validate: " + result.Failure) { Chain = result.Failure };

    internal static ProvisioningFailure FromSignature(ProvisioningFailureKind kind, string what, SignatureVerificationResult result) =>
        new(kind, what + ": " + result.Failure + ": " + result.Message) { Signature = result.Failure };

    internal static ProvisioningFailure FromKeyTransport(ProvisioningFailureKind kind, KeyTransportError error) =>
        new(kind, "contract key transport: " + error) { KeyTransport = error.Kind };
}
