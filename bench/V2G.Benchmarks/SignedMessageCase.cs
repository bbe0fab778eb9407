using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using V2G.Exi;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;

namespace V2G.Benchmarks;

/// <summary>
/// One signed-message vector of <c>shared/pnc/signed</c>, decoded once, with the operations of verification taken
/// apart: the EXI part (each referenced element's fragment encoded and digested, SignedInfo encoded) and the crypto.
/// </summary>
public sealed class SignedMessageCase : IDisposable
{
    private readonly bool isIso2;
    private readonly Iso2Document iso2;
    private readonly CommonMessagesDocument iso20;
    private readonly SignatureSuite suite;
    private readonly byte[] signatureValue;

    /// <summary>Loads <c>shared/pnc/signed/&lt;set&gt;/&lt;name&gt;</c>.</summary>
    public SignedMessageCase(string set, string name)
    {
        string folder = Path.Combine(VectorSource.SharedDirectory, "pnc", "signed", set, name);
        byte[] exi = File.ReadAllBytes(Path.Combine(folder, "message.exi"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "vector.json")));
        string certificate = json.RootElement.GetProperty("verify_with_certificate").GetString()!;
        Key = SignatureVerificationKey.FromCertificate(X509CertificateLoader.LoadCertificateFromFile(Path.Combine(VectorSource.SharedDirectory, "pnc", certificate)));
        suite = SignatureSuite.For(Key.Profile);
        isIso2 = set == "iso2";
        if (isIso2)
        {
            iso2 = Iso2Codec.Decode(exi);
            signatureValue = iso2.V2G_Message!.Header.Signature!.SignatureValue.Value;
        }
        else
        {
            iso20 = CommonMessagesCodec.Decode(exi, ExiDecodeOptions.IgnoringLengthFacets, out _);
            signatureValue = iso20.Header!.Signature!.SignatureValue.Value;
        }

        SignedInfoExi = EncodeSignedInfo();
        if (!Verify().IsValid)
        {
            throw new InvalidOperationException(set + "/" + name + " does not verify: " + Verify());
        }
    }

    /// <summary>The signer's key.</summary>
    public SignatureVerificationKey Key { get; }

    /// <summary>The SignedInfo's EXI, encoded once (the input of <see cref="VerifySignatureValue"/>).</summary>
    public byte[] SignedInfoExi { get; }

    /// <summary>The whole verification.</summary>
    public SignatureVerificationResult Verify() => isIso2
        ? V2GSignature.Verify(iso2, Key, Offline)
        : V2GSignature.Verify(iso20, Key, Offline);

    /// <summary>The EXI part: the Id index, each referenced fragment encoded and digested, SignedInfo encoded.</summary>
    public int EncodeAndDigest()
    {
        int total = 0;
        if (isIso2)
        {
            foreach (var element in Iso2Codec.GetIdentifiedElements(iso2).Where(e => IsReferenced(e.Id)))
            {
                total += suite.ComputeDigest(Iso2Codec.EncodeFragment(element.Fragment, ExiEncodeOptions.IgnoringLengthFacets)).Length;
            }
        }
        else
        {
            foreach (var element in CommonMessagesCodec.GetIdentifiedElements(iso20).Where(e => IsReferenced(e.Id)))
            {
                total += suite.ComputeDigest(CommonMessagesCodec.EncodeFragment(element.Fragment, ExiEncodeOptions.IgnoringLengthFacets)).Length;
            }
        }

        return total + EncodeSignedInfo().Length;
    }

    /// <summary>The crypto part: the SignatureValue verified over the SignedInfo bytes.</summary>
    public bool VerifySignatureValue() => Key.Verify(SignedInfoExi, signatureValue);

    /// <inheritdoc/>
    public void Dispose() => Key.Dispose();

    private static SignatureVerificationOptions Offline { get; } = new() { AllowUnboundGenChallenge = true };

    private bool IsReferenced(string id) => isIso2
        ? iso2.V2G_Message!.Header.Signature!.SignedInfo.Reference.Any(r => r.URI == "#" + id)
        : iso20.Header!.Signature!.SignedInfo.Reference.Any(r => r.URI == "#" + id);

    private byte[] EncodeSignedInfo() => isIso2
        ? V2G.Messages.Iso2.XmlDsigCodec.EncodeFragment(V2G.Messages.Iso2.XmlDsigFragment.FromSignedInfo(iso2.V2G_Message!.Header.Signature!.SignedInfo))
        : V2G.Messages.Iso20.XmlDsigCodec.EncodeFragment(V2G.Messages.Iso20.XmlDsigFragment.FromSignedInfo(iso20.Header!.Signature!.SignedInfo));
}
