using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Signatures.Crypto;

namespace V2G.Cli.Security;

/// <summary>Checks that a certificate holds the public key of a private key, by a signature over random bytes.</summary>
internal static class KeyMatch
{
    /// <summary>True if a signature of <paramref name="signer"/> verifies with the key of <paramref name="certificate"/>.</summary>
    /// <param name="signer">The private key's signer.</param>
    /// <param name="certificate">The certificate.</param>
    /// <param name="error">Why they do not match, or null.</param>
    /// <returns>True when they match.</returns>
    public static bool Matches(IV2GSigner signer, X509Certificate2 certificate, out string? error)
    {
        if (!SignatureVerificationKey.TryFromCertificate(certificate, out SignatureVerificationKey? key, out error))
        {
            return false;
        }

        using (key)
        {
            if (key!.Profile != signer.Profile)
            {
                error = $"the certificate holds a key of profile {key.Profile}, the private key is of profile {signer.Profile}";
                return false;
            }

            byte[] probe = RandomNumberGenerator.GetBytes(32);
            if (!key.Verify(probe, signer.Sign(probe)))
            {
                error = $"the certificate's public key ({key.Description}) is not the public key of the private key";
                return false;
            }
        }

        return true;
    }
}
