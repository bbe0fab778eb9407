using System;
using V2G.Security.KeyTransport;

namespace V2G.Security.Provisioning;

/// <summary>A contract the vehicle installed: the validated chain, the checked private key and the eMAID.</summary>
public sealed class InstalledContract : IDisposable
{
    internal InstalledContract(CertificateChainData contractChain, ContractPrivateKey privateKey, string emaid)
    {
        ContractChain = contractChain;
        PrivateKey = privateKey;
        EMaid = emaid;
    }

    /// <summary>The new contract chain (leaf, sub-CAs), validated for role Contract.</summary>
    public CertificateChainData ContractChain { get; }

    /// <summary>The decrypted contract key whose public key equals the contract certificate's (d·G checked).</summary>
    public ContractPrivateKey PrivateKey { get; }

    /// <summary>The eMAID: the contract certificate's common name.</summary>
    public string EMaid { get; }

    /// <summary>Zeroes the private key.</summary>
    public void Dispose() => PrivateKey.Dispose();

    /// <inheritdoc/>
    public override string ToString() => "contract " + EMaid;
}
