using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Io;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using V2G.Security;
using V2G.Security.Authority;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Security.Signatures.Crypto;
using V2G.Services.Client.Provisioning;
using V2G.Services.Security;

namespace V2G.Cli.Services;

/// <summary>Builds the requests of a load scenario from a PKI folder; <see cref="Next"/> is called once per request, concurrently.</summary>
internal sealed class LoadRequests
{
    /// <summary>The ISO 15118-2 message namespace.</summary>
    public const string Iso2Namespace = "urn:iso:15118:2:2013:MsgDef";

    /// <summary>The ISO 15118-20 CommonMessages namespace.</summary>
    public const string Iso20Namespace = "urn:iso:std:iso:15118:-20:CommonMessages";

    /// <summary>The certificate the OCSP scenarios ask about (a contract certificate, the usual question of a charger).</summary>
    public const string OcspSubject = "ContractCert";

    private readonly Func<byte[]> _body;
    private readonly string _mediaType;
    private readonly string? _namespace;
    private readonly string? _apiKey;

    private LoadRequests(Uri target, Func<byte[]> body, string mediaType, string? messageNamespace, string? apiKey, string description)
    {
        Target = target;
        _body = body;
        _mediaType = mediaType;
        _namespace = messageNamespace;
        _apiKey = apiKey;
        Description = description;
    }

    /// <summary>The URL every request goes to.</summary>
    public Uri Target { get; }

    /// <summary>What is sent, for the report.</summary>
    public string Description { get; }

    /// <summary>Builds the scenario's requests.</summary>
    /// <exception cref="InputException">The folder lacks what the scenario needs, or its profile does not fit.</exception>
    public static LoadRequests Create(LoadScenario scenario, Uri service, string pkiFolder, string? apiKey)
    {
        if (!PkiDirectory.TryOpen(pkiFolder, out PkiDirectory? pki, out string? error))
        {
            throw new InputException($"--pki {pkiFolder}: {error}");
        }

        using (pki)
        {
            return scenario switch
            {
                LoadScenario.Ocsp or LoadScenario.OcspNonce => Ocsp(scenario, service, pki),
                LoadScenario.InstallIso2 => Install(service, pki, apiKey, SecurityProfile.Iso2),
                _ => Install(service, pki, apiKey, SecurityProfile.Iso20Secp521),
            };
        }
    }

    /// <summary>A new request.</summary>
    public HttpRequestMessage Next()
    {
        var content = new ByteArrayContent(_body());
        content.Headers.ContentType = new MediaTypeHeaderValue(_mediaType);
        var request = new HttpRequestMessage(HttpMethod.Post, Target) { Content = content };
        if (_namespace != null)
        {
            request.Headers.Add(ProvisioningClient.NamespaceHeader, _namespace);
        }

        if (_apiKey != null)
        {
            request.Headers.Add(ApiKeyFilter.HeaderName, _apiKey);
        }

        return request;
    }

    private static LoadRequests Ocsp(LoadScenario scenario, Uri service, PkiDirectory pki)
    {
        PkiDirectoryEntry subject = Require(pki, OcspSubject);
        PkiDirectoryEntry issuer = pki.FindIssuer(subject.Certificate)
            ?? throw new InputException($"--pki {pki.FullPath}: no CA of the folder issued {OcspSubject}");

        // Copies: the folder (and its certificates) is disposed once the requests are built.
        X509Certificate2 leaf = X509CertificateLoader.LoadCertificate(subject.Certificate.RawData);
        X509Certificate2 ca = X509CertificateLoader.LoadCertificate(issuer.Certificate.RawData);
        Func<byte[]> body;
        if (scenario == LoadScenario.Ocsp)
        {
            byte[] fixedRequest = OcspRequestBuilder.Build(leaf, ca).Der;
            body = () => fixedRequest;
        }
        else
        {
            body = () => OcspRequestBuilder.Build(leaf, ca, nonce: OcspRequestBuilder.NewNonce()).Der;
        }

        string nonce = scenario == LoadScenario.OcspNonce ? ", a fresh nonce each" : "";
        return new LoadRequests(new Uri(service, "ocsp"), body, "application/ocsp-request", null, null,
            $"OCSP request for {OcspSubject} (issuer {issuer.Name}){nonce}");
    }

    private static LoadRequests Install(Uri service, PkiDirectory pki, string? apiKey, SecurityProfile wanted)
    {
        bool iso2 = wanted == SecurityProfile.Iso2;
        if (iso2 != (pki.Profile == SecurityProfile.Iso2))
        {
            throw new InputException($"--pki {pki.FullPath}: the folder's profile is {pki.Profile}; "
                + (iso2 ? "install-iso2 needs an iso2 folder" : "install-iso20 needs an iso20 or iso20_ed448 folder"));
        }

        X509Certificate2 oem = Require(pki, "OEMProvCert").Certificate;
        X509Certificate2[] roots = [.. new[] { "V2GRootCA", "MORootCA" }.Select(n => Require(pki, n).Certificate)];
        IV2GSigner signer = OemSigner(pki);
        byte[] sessionId = RandomNumberGenerator.GetBytes(8);
        byte[] exi;
        if (iso2)
        {
            ProvisioningResult<V2G_Message> request = Iso2CertificateRequests.BuildInstallationReq(sessionId, oem, roots, signer);
            exi = request.IsSuccess
                ? Iso2Codec.Encode(request.Value)
                : throw new InputException("cannot build the CertificateInstallationReq: " + request.Failure);
        }
        else
        {
            var chain = new CertificateChainData(oem, [Require(pki, "OEMSubCA2").Certificate, Require(pki, "OEMSubCA1").Certificate]);
            var header = new V2G.Messages.Iso20.MessageHeaderType
            {
                SessionID = sessionId,
                TimeStamp = (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            };
            ProvisioningResult<CommonMessagesDocument> request =
                Iso20CertificateRequests.BuildInstallationReq(header, chain, roots, 1, [], signer);
            exi = request.IsSuccess
                ? CommonMessagesCodec.Encode(request.Value)
                : throw new InputException("cannot build the CertificateInstallationReq: " + request.Failure);
        }

        // The car signs once; the CPS verifies and signs an answer for every request.
        return new LoadRequests(new Uri(service, "v1/cps/exchange"), () => exi, "application/octet-stream",
            iso2 ? Iso2Namespace : Iso20Namespace, apiKey,
            $"{(iso2 ? "ISO 15118-2" : "ISO 15118-20")} CertificateInstallationReq of {oem.GetNameInfo(X509NameType.SimpleName, false)} "
            + $"({exi.Length} bytes EXI, signed with the OEM provisioning key)");
    }

    private static IV2GSigner OemSigner(PkiDirectory pki)
    {
        string keyFile = Path.Combine(pki.FullPath, "keys", "OEMProvCert.key.pem");
        try
        {
            return V2GSigners.FromPem(File.ReadAllText(keyFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new InputException($"{keyFile}: {e.Message}");
        }
    }

    private static PkiDirectoryEntry Require(PkiDirectory pki, string name) =>
        pki.Find(name) ?? throw new InputException($"--pki {pki.FullPath}: certs/{name}.der is missing");
}
