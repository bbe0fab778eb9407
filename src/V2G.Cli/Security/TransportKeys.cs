using System;
using System.Formats.Asn1;
using System.IO;
using System.Security.Cryptography;
using V2G.Cli.Io;
using V2G.Security.KeyTransport;

namespace V2G.Cli.Security;

/// <summary>
/// Reads the raw private keys key transport works with: a PKCS#8 PEM (EC, or X448 per RFC 8410), a file holding the hex
/// of the raw key (the shared <c>keys/*.key.hex</c>), or the hex itself on the command line.
/// </summary>
internal static class TransportKeys
{
    private const string X448Oid = "1.3.101.111";

    /// <summary>Reads a private key for a profile.</summary>
    /// <param name="value">A file path (PEM or hex text) or hex digits.</param>
    /// <param name="profile">The profile, which fixes the curve and the key length.</param>
    /// <param name="option">The option, for messages.</param>
    /// <returns>The key: big-endian scalar (32 / 66 bytes) or the 56-byte X448 key; the caller zeroes it.</returns>
    /// <exception cref="InputException">The key cannot be read or does not fit the profile.</exception>
    public static byte[] ReadPrivate(string value, KeyTransportProfile profile, string option)
    {
        string text = File.Exists(value) ? ReadText(value, option) : value;
        byte[] key = text.Contains("-----BEGIN", StringComparison.Ordinal)
            ? FromPem(text, profile, $"{option} {value}")
            : ParseHex(text, $"{option} {value}");
        int expected = KeyTransportNames.PrivateKeyLength(profile);
        if (key.Length != expected)
        {
            throw new InputException(
                $"{option} {value}: a {KeyTransportNames.NameOf(profile)} private key has {expected} bytes, this one {key.Length}");
        }

        return key;
    }

    /// <summary>Parses hex of a public key or another field given on the command line (or in a file).</summary>
    /// <param name="value">Hex digits, or a file holding them.</param>
    /// <param name="option">The option, for messages.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="InputException">The text is not hex.</exception>
    public static byte[] ReadHex(string value, string option) =>
        ParseHex(File.Exists(value) ? ReadText(value, option) : value, $"{option} {value}");

    private static byte[] FromPem(string pem, KeyTransportProfile profile, string what)
    {
        try
        {
            if (profile == KeyTransportProfile.Iso20X448)
            {
                return X448FromPkcs8(pem, what);
            }

            using var ecdh = ECDiffieHellman.Create();
            ecdh.ImportFromPem(pem);
            ECParameters parameters = ecdh.ExportParameters(includePrivateParameters: true);
            string curve = parameters.Curve.Oid?.FriendlyName ?? parameters.Curve.Oid?.Value ?? "unknown curve";
            bool fits = profile == KeyTransportProfile.Iso2
                ? parameters.Curve.Oid?.Value == ECCurve.NamedCurves.nistP256.Oid.Value
                : parameters.Curve.Oid?.Value == ECCurve.NamedCurves.nistP521.Oid.Value;
            if (!fits)
            {
                throw new InputException($"{what}: a {curve} key does not fit profile {KeyTransportNames.NameOf(profile)}");
            }

            byte[] d = new byte[KeyTransportNames.PrivateKeyLength(profile)];
            parameters.D!.CopyTo(d.AsSpan(d.Length - parameters.D!.Length));
            CryptographicOperations.ZeroMemory(parameters.D);
            return d;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException or AsnContentException)
        {
            throw new InputException($"{what}: not a PKCS#8 key of profile {KeyTransportNames.NameOf(profile)}: {Diagnostics.OneLine(e.Message)}", e);
        }
    }

    /// <summary>RFC 8410 OneAsymmetricKey: SEQUENCE { version, SEQUENCE { OID 1.3.101.111 }, OCTET STRING { OCTET STRING key } }.</summary>
    private static byte[] X448FromPkcs8(string pem, string what)
    {
        PemFields fields = PemEncoding.Find(pem);
        if (!pem.AsSpan()[fields.Label].SequenceEqual("PRIVATE KEY"))
        {
            throw new InputException($"{what}: the PEM block is '{pem[fields.Label]}', not 'PRIVATE KEY' (PKCS#8)");
        }

        byte[] der = Convert.FromBase64String(pem[fields.Base64Data]);
        var reader = new AsnReader(der, AsnEncodingRules.DER);
        AsnReader info = reader.ReadSequence();
        info.ReadInteger();
        AsnReader algorithm = info.ReadSequence();
        string oid = algorithm.ReadObjectIdentifier();
        if (oid != X448Oid)
        {
            throw new InputException($"{what}: the key's algorithm is {oid}, not X448 ({X448Oid})");
        }

        byte[] wrapped = info.ReadOctetString();
        return new AsnReader(wrapped, AsnEncodingRules.DER).ReadOctetString();
    }

    private static byte[] ParseHex(string text, string what)
    {
        try
        {
            return HexText.Parse(text);
        }
        catch (InputException e)
        {
            throw new InputException($"{what}: neither a readable file nor hex ({e.Message})", e);
        }
    }

    private static string ReadText(string path, string option)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option} {path}: cannot read: {e.Message}", e);
        }
    }
}
