using System.Collections.Generic;
using V2G.Security.Certificates;

namespace V2G.Cli.Security;

/// <summary>Who signs a message type, and the signer's certificates when the message itself carries them.</summary>
/// <param name="Role">The signer's leaf role, or null when a CA signs (MO Sub-CA 2 signs tariffs and price schedules).</param>
/// <param name="Description">The signer in words, for messages (e.g. "contract certificate").</param>
/// <param name="Element">The element carrying the certificates (e.g. "OEMProvisioningCert"), or null if the message carries none.</param>
/// <param name="Leaf">The signer certificate (DER) when carried.</param>
/// <param name="SubCertificates">The carried sub-CAs (DER) in message order.</param>
internal sealed record SignerCertificates(
    CertificateRole? Role, string Description, string? Element, byte[]? Leaf, IReadOnlyList<byte[]> SubCertificates)
{
    /// <summary>A signer whose certificate the message does not carry (it comes from <c>--cert</c>).</summary>
    /// <param name="role">The signer's role, or null for a CA signer.</param>
    /// <param name="description">The signer in words.</param>
    /// <returns>The description.</returns>
    public static SignerCertificates NotCarried(CertificateRole? role, string description) => new(role, description, null, null, []);

    /// <summary>A signer whose chain the message carries.</summary>
    /// <param name="role">The signer's role.</param>
    /// <param name="description">The signer in words.</param>
    /// <param name="element">The carrying element.</param>
    /// <param name="leaf">The signer certificate.</param>
    /// <param name="subCertificates">The sub-CAs.</param>
    /// <returns>The description.</returns>
    public static SignerCertificates Carried(
        CertificateRole role, string description, string element, byte[] leaf, IReadOnlyList<byte[]>? subCertificates) =>
        new(role, description, element, leaf, subCertificates ?? []);
}
