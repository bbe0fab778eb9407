using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.TestPki;

/// <summary>One certificate of a generated test PKI with its private key.</summary>
public sealed class IssuedCertificate : IDisposable
{
    private readonly ECDsa? _ecdsa;
    private PkiKeyPair? _key;

    internal IssuedCertificate(string name, X509Certificate2 certificate, ECDsa privateKey)
    {
        Name = name;
        Certificate = certificate;
        _ecdsa = privateKey;
    }

    internal IssuedCertificate(string name, X509Certificate2 certificate, PkiKeyPair key)
    {
        Name = name;
        Certificate = certificate;
        _ecdsa = key.Ecdsa;
        _key = key;
    }

    /// <summary>The name the shared test PKI gives the same certificate, e.g. <c>MOSubCA2</c> or <c>ContractCert</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The certificate; for ECDSA profiles with <see cref="PrivateKey"/> attached (<c>HasPrivateKey</c> is true). The BCL
    /// cannot attach an Ed448 key: use <see cref="ExportPkcs8PrivateKey"/>.
    /// </summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>True when the key is an ECDSA key (<see cref="PrivateKey"/> is usable); false for Ed448.</summary>
    public bool HasEcdsaKey => _ecdsa is not null;

    /// <summary>The private key of the certificate (P-256 or P-521, as the profile says).</summary>
    /// <exception cref="InvalidOperationException">The key is an Ed448 key (see <see cref="HasEcdsaKey"/>).</exception>
    public ECDsa PrivateKey => _ecdsa
        ?? throw new InvalidOperationException($"{Name} has an Ed448 key, not an ECDsa one: use ExportPkcs8PrivateKey");

    /// <summary>The key in BouncyCastle form, to sign CRLs, OCSP responses and certificates.</summary>
    internal PkiKeyPair Key => _key ??= PkiKeyPair.FromPkcs8(ExportPkcs8PrivateKey(), ProfileOf(_ecdsa!), out _)!;

    /// <summary>The private key as unencrypted PKCS#8 PrivateKeyInfo DER (ECDSA or Ed448).</summary>
    /// <returns>The DER bytes.</returns>
    public byte[] ExportPkcs8PrivateKey() => _ecdsa?.ExportPkcs8PrivateKey() ?? _key!.ExportPkcs8();

    /// <summary>The private key as a <c>PRIVATE KEY</c> PEM block (PKCS#8).</summary>
    /// <returns>The PEM text.</returns>
    public string ExportPrivateKeyPem() => new(PemEncoding.Write("PRIVATE KEY", ExportPkcs8PrivateKey()));

    /// <summary>The DER encoding of the certificate, as messages carry it.</summary>
    public byte[] RawData => Certificate.RawData;

    /// <summary>Disposes the certificate and the key.</summary>
    public void Dispose()
    {
        Certificate.Dispose();
        _ecdsa?.Dispose();
    }

    private static SecurityProfile ProfileOf(ECDsa key) => key.KeySize == 256 ? SecurityProfile.Iso2 : SecurityProfile.Iso20Secp521;

    /// <summary>The name and subject.</summary>
    public override string ToString() => $"{Name} ({Certificate.Subject})";
}
