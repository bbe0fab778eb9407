using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.TestPki;

/// <summary>One certificate of a generated test PKI with its private key.</summary>
public sealed class IssuedCertificate : IDisposable
{
    internal IssuedCertificate(string name, X509Certificate2 certificate, ECDsa privateKey)
    {
        Name = name;
        Certificate = certificate;
        PrivateKey = privateKey;
    }

    /// <summary>The name the shared test PKI gives the same certificate, e.g. <c>MOSubCA2</c> or <c>ContractCert</c>.</summary>
    public string Name { get; }

    /// <summary>The certificate, with <see cref="PrivateKey"/> attached (<c>HasPrivateKey</c> is true).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The private key of the certificate (P-256 or P-521, as the profile says).</summary>
    public ECDsa PrivateKey { get; }

    /// <summary>The DER encoding of the certificate, as messages carry it.</summary>
    public byte[] RawData => Certificate.RawData;

    /// <summary>Disposes the certificate and the key.</summary>
    public void Dispose()
    {
        Certificate.Dispose();
        PrivateKey.Dispose();
    }

    /// <summary>The name and subject.</summary>
    public override string ToString() => $"{Name} ({Certificate.Subject})";
}
