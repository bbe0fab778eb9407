using System.Security.Cryptography.X509Certificates;
using V2G.Messages.Iso2;
using V2G.Security.Signatures;
using Xunit;

namespace V2G.Security.Tests.Provisioning;

/// <summary>Sends ISO 15118-2 messages over the "wire": EXI encode, decode, and check that the signature still verifies.</summary>
internal static class Iso2Messages
{
    public static Iso2Document OverTheWire(V2G_Message message) => Iso2Codec.Decode(Iso2Codec.Encode(Iso2Document.FromV2G_Message(message)));

    public static Iso2Document OverTheWireVerified(V2G_Message message, X509Certificate2 signer, SignatureVerificationOptions? options = null)
    {
        var received = OverTheWire(message);
        var result = V2GSignature.Verify(received, signer, options);
        Assert.True(result.IsValid, result.ToString());
        Assert.True(result.SignatureChecked);
        return received;
    }
}
