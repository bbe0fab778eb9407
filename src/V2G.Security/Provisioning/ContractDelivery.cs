using System;
using System.Security.Cryptography;

namespace V2G.Security.Provisioning;

/// <summary>What the back end delivers to the vehicle: the contract certificate chain and its private key.</summary>
public sealed class ContractDelivery
{
    /// <summary>A contract chain with the private key of its leaf as a raw big-endian scalar (32 bytes P-256, 66 bytes P-521)
    /// or the 56-byte X448 key.</summary>
    /// <param name="chain">The contract certificate chain (leaf, Sub-CA 2, Sub-CA 1).</param>
    /// <param name="privateKey">The key; copied.</param>
    public ContractDelivery(CertificateChainData chain, ReadOnlySpan<byte> privateKey)
    {
        Chain = chain ?? throw new ArgumentNullException(nameof(chain));
        PrivateKey = privateKey.ToArray();
    }

    /// <summary>The contract certificate chain.</summary>
    public CertificateChainData Chain { get; }

    /// <summary>The contract private key bytes.</summary>
    internal byte[] PrivateKey { get; }

    /// <summary>A contract chain with its EC private key (as <see cref="TestPki.IssuedCertificate.PrivateKey"/> holds it).</summary>
    /// <param name="chain">The contract certificate chain.</param>
    /// <param name="privateKey">The leaf's key; it must be exportable.</param>
    public static ContractDelivery FromEcdsa(CertificateChainData chain, ECDsa privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        byte[] d = privateKey.ExportParameters(true).D!;
        try
        {
            return new ContractDelivery(chain, d);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }
}
