using System;
using System.Security.Cryptography;
using V2G.Exi;

namespace V2G.Security.Provisioning;

/// <summary>Turns the exceptions of signing (a key of the wrong profile, an unencodable element) into a typed failure.</summary>
internal static class SigningGuard
{
    public static ProvisioningFailure? Run(string what, Action sign)
    {
        try
        {
            sign();
            return null;
        }
        catch (Exception e) when (e is ArgumentException or ExiException or CryptographicException)
        {
            return new ProvisioningFailure(ProvisioningFailureKind.SigningFailed, what + " could not be signed: " + e.Message);
        }
    }
}
