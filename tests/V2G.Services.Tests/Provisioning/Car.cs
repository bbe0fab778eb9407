using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso2;
using CommonMessagesCodec = V2G.Messages.Iso20.CommonMessagesCodec;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Security.Signatures.Crypto;
using V2G.Services.Client.Opcp;
using Iso2Types = V2G.Messages.Iso2;
using Iso20Types = V2G.Messages.Iso20;

namespace V2G.Services.Tests.Provisioning;

/// <summary>A vehicle of a PKI folder: its OEM provisioning chain and keys, the roots it trusts, and its provisioning requests.</summary>
internal sealed class Car
{
    public Car(string pkiDirectory)
    {
        Directory = pkiDirectory;
        Profile = Path.GetFileName(pkiDirectory.TrimEnd('/')) switch
        {
            "iso2" => SecurityProfile.Iso2,
            "iso20" => SecurityProfile.Iso20Secp521,
            "iso20_ed448" => SecurityProfile.Iso20Ed448,
            _ => throw new ArgumentException("unknown set " + pkiDirectory),
        };
    }

    public string Directory { get; }

    public SecurityProfile Profile { get; }

    public bool IsIso2 => Profile == SecurityProfile.Iso2;

    public string Namespace => IsIso2 ? OpcpNamespaces.Iso2 : OpcpNamespaces.Iso20;

    public string Pcid => Cert("OEMProvCert").GetNameInfo(X509NameType.SimpleName, false);

    public CertificateChainData OemChain => new(Cert("OEMProvCert"), [Cert("OEMSubCA2"), Cert("OEMSubCA1")]);

    public X509Certificate2[] Roots => [Cert("V2GRootCA"), Cert("MORootCA")];

    public X509Certificate2 Cert(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Directory, "certs", name + ".der"));

    public string KeyPem(string name) => File.ReadAllText(Path.Combine(Directory, "keys", name + ".key.pem"));

    public byte[] Hex(string file) => Convert.FromHexString(File.ReadAllText(Path.Combine(Directory, "keys", file)).Trim());

    public IV2GSigner Signer(string name) => V2GSigners.FromPem(KeyPem(name));

    /// <summary>A CertificateInstallationReq signed with the key of <paramref name="signerName"/> (the OEM provisioning key by default).</summary>
    public byte[] InstallationRequest(
        byte[] sessionId, string signerName = "OEMProvCert", bool unsigned = false, IReadOnlyList<string>? prioritizedEmaids = null)
    {
        if (IsIso2)
        {
            var built = Iso2CertificateRequests.BuildInstallationReq(sessionId, Cert("OEMProvCert"), Roots, Signer(signerName));
            if (!built.IsSuccess)
            {
                throw new InvalidOperationException(built.ToString());
            }

            if (unsigned)
            {
                built.Value.Header.Signature = null;
            }

            return Iso2Codec.Encode(Iso2Document.FromV2G_Message(built.Value));
        }

        var request = Iso20CertificateRequests.BuildInstallationReq(
            new Iso20Types.MessageHeaderType { SessionID = sessionId, TimeStamp = (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds() },
            OemChain, Roots, 1, prioritizedEmaids ?? [], Signer(signerName));
        if (!request.IsSuccess)
        {
            throw new InvalidOperationException(request.ToString());
        }

        if (unsigned)
        {
            request.Value.CertificateInstallationReq!.Header.Signature = null;
        }

        return CommonMessagesCodec.Encode(request.Value);
    }

    public ProvisioningTrust Trust(params X509Certificate2[] anchors) => new()
    {
        Anchors = anchors,
        Options = new ChainValidationOptions
        {
            Profile = Profile, Role = CertificateRole.Contract, ValidationTime = DateTimeOffset.UtcNow, RevocationPolicy = RevocationPolicy.Ignore,
        },
    };

    /// <summary>Verifies a CertificateInstallationRes (CPS chain to the V2G root, signature) and decrypts the contract key.</summary>
    public ProvisioningResult<InstalledContract> Install(byte[] response, byte[]? expectedX448PublicKey)
    {
        ProvisioningTrust cps = Trust(Cert("V2GRootCA"));
        ProvisioningTrust contract = Trust(Roots);
        if (IsIso2)
        {
            using var key = ECDiffieHellman.Create();
            key.ImportFromPem(KeyPem("OEMProvCert"));
            return Iso2ContractInstaller.Install(Iso2Codec.Decode(response), key, cps, contract);
        }

        var document = CommonMessagesCodec.Decode(response, ExiDecodeOptions.IgnoringLengthFacets, out _);
        if (Profile == SecurityProfile.Iso20Ed448)
        {
            return Iso20ContractInstaller.InstallX448(document, Hex("OEMProvCert_X448.key.hex"), expectedX448PublicKey ?? [], Pcid, cps, contract);
        }

        using var p521 = ECDiffieHellman.Create();
        p521.ImportFromPem(KeyPem("OEMProvCert"));
        return Iso20ContractInstaller.Install(document, p521, Pcid, cps, contract);
    }

    /// <summary>The SessionID the response's header carries.</summary>
    public byte[] SessionIdOf(byte[] response) => IsIso2
        ? Iso2Codec.Decode(response).V2G_Message!.Header.SessionID
        : CommonMessagesCodec.Decode(response, ExiDecodeOptions.IgnoringLengthFacets, out _).CertificateInstallationRes!.Header.SessionID;

    public static Iso2Types.V2G_Message Iso2Authorization(byte[] sessionId, byte[] challenge) => new()
    {
        Header = new Iso2Types.MessageHeaderType { SessionID = sessionId },
        Body = new Iso2Types.BodyType { BodyElement = new Iso2Types.AuthorizationReqType { Id = "ID1", GenChallenge = challenge } },
    };
}
