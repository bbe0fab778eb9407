using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Io;
using V2G.Exi;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using V2G.Security.KeyTransport;
using Iso20Res = V2G.Messages.Iso20.CertificateInstallationResType;
using Iso2InstallRes = V2G.Messages.Iso2.CertificateInstallationResType;
using Iso2UpdateRes = V2G.Messages.Iso2.CertificateUpdateResType;

namespace V2G.Cli.Security;

/// <summary>
/// The key transport fields of a CertificateInstallationRes / CertificateUpdateRes: the profile, DH public key, encrypted
/// contract key and the contract certificate the key belongs to.
/// </summary>
/// <param name="MessageName">The message type.</param>
/// <param name="Profile">The key transport profile (ISO-2, or the ECDHCurve of SignedInstallationData).</param>
/// <param name="DhPublicKey">DHpublickey / DHPublicKey.</param>
/// <param name="EncryptedPrivateKey">ContractSignatureEncryptedPrivateKey / SECP521_ / X448_EncryptedPrivateKey.</param>
/// <param name="ContractCertificate">The leaf of ContractSignatureCertChain / ContractCertificateChain.</param>
internal sealed record TransportMessage(
    string MessageName, KeyTransportProfile Profile, byte[] DhPublicKey, byte[] EncryptedPrivateKey, X509Certificate2 ContractCertificate)
{
    /// <summary>Reads the fields from an EXI message file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="iso20">ISO 15118-20 CommonMessages (decoded ignoring length facets), else ISO 15118-2.</param>
    /// <returns>The fields.</returns>
    /// <exception cref="InputException">The file cannot be read or decoded, or is no message that transports a contract key.</exception>
    public static TransportMessage Read(string path, bool iso20)
    {
        byte[] exi;
        try
        {
            exi = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", e);
        }

        try
        {
            return iso20 ? FromIso20(exi) : FromIso2(exi);
        }
        catch (ExiException e)
        {
            throw new InputException($"{path}: decode error: {e.Message}", e);
        }
    }

    private static TransportMessage FromIso2(byte[] exi)
    {
        Iso2Document document = Iso2Codec.Decode(exi, ExiDecodeOptions.Default, out _);
        return document.V2G_Message?.Body?.BodyElement switch
        {
            Iso2InstallRes r => Iso2Fields("CertificateInstallationRes", r.ContractSignatureCertChain.Certificate, r.DHpublickey.Value,
                r.ContractSignatureEncryptedPrivateKey.Value),
            Iso2UpdateRes r => Iso2Fields("CertificateUpdateRes", r.ContractSignatureCertChain.Certificate, r.DHpublickey.Value,
                r.ContractSignatureEncryptedPrivateKey.Value),
            var other => throw new InputException(
                $"a {other?.GetType().Name.Replace("Type", string.Empty, StringComparison.Ordinal) ?? document.Name.LocalName} "
                + "carries no contract key (expected CertificateInstallationRes or CertificateUpdateRes)"),
        };
    }

    private static TransportMessage Iso2Fields(string name, byte[] certificate, byte[] dh, byte[] encrypted) =>
        new(name, KeyTransportProfile.Iso2, dh, encrypted, CertificateFiles.FromDer(certificate, $"{name} ContractSignatureCertChain/Certificate"));

    private static TransportMessage FromIso20(byte[] exi)
    {
        CommonMessagesDocument document = CommonMessagesCodec.Decode(exi, ExiDecodeOptions.IgnoringLengthFacets, out _);
        if (document.Value is not Iso20Res { SignedInstallationData: { } data })
        {
            throw new InputException($"a {document.Name.LocalName} carries no contract key (expected CertificateInstallationRes)");
        }

        (KeyTransportProfile profile, byte[]? encrypted, string field) = data.ECDHCurve switch
        {
            EcdhCurveType.SECP521 => (KeyTransportProfile.Iso20Secp521, data.SECP521_EncryptedPrivateKey, "SECP521_EncryptedPrivateKey"),
            _ => (KeyTransportProfile.Iso20X448, data.X448_EncryptedPrivateKey, "X448_EncryptedPrivateKey"),
        };
        if (encrypted is null)
        {
            throw new InputException($"SignedInstallationData has ECDHCurve {data.ECDHCurve} but no {field}");
        }

        X509Certificate2 contract = CertificateFiles.FromDer(
            data.ContractCertificateChain.Certificate, "SignedInstallationData ContractCertificateChain/Certificate");
        return new("CertificateInstallationRes", profile, data.DHPublicKey, encrypted, contract);
    }
}
