using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Ocpp;
using V2G.Security.TestPki;
using V2G.Security.Tests.TestPki;
using Xunit;

namespace V2G.Security.Tests.Ocpp;

/// <summary>Every payload built from certificates and EXI fits the OCPP schema and round-trips JSON -> object -> JSON.</summary>
public sealed class OcppMessageTests
{
    private static readonly GeneratedPki Pki = GeneratedPkis.For(SecurityProfile.Iso2);

    private static byte[] Exi(string message) => File.ReadAllBytes(Path.Combine(PncData.Signed("iso2"), message, "message.exi"));

    public static IEnumerable<object[]> Payloads()
    {
        IssuedChain contract = Pki.Contract;
        Assert.True(AuthorizeRequest.TryCreate(contract.MessageOrder, contract.Root.Certificate, true, OcppHashAlgorithm.Sha256,
            out AuthorizeRequest? authorize, out _));
        Assert.True(GetCertificateStatusRequest.TryCreate(Pki.Secc.Leaf.Certificate, Pki.Secc.SubCa2.Certificate, OcppHashAlgorithm.Sha256,
            out GetCertificateStatusRequest? status, out _));
        byte[] ocsp = File.ReadAllBytes(Path.Combine(PncData.Pki("iso2"), "ocsp", "SECCCert_good.resp.der"));
        var chain = new CertificateHashDataChain
        {
            CertificateType = OcppCertificateType.V2GCertificateChain,
            CertificateHashData = CertificateHashData.Create(Pki.Secc.Leaf.Certificate, Pki.Secc.SubCa2.Certificate),
            ChildCertificateHashData =
            [
                CertificateHashData.Create(Pki.Secc.SubCa2.Certificate, Pki.Secc.SubCa1.Certificate),
                CertificateHashData.Create(Pki.Secc.SubCa1.Certificate, Pki.V2GRoot.Certificate),
            ],
        };
        var ocpp21Request = Get15118EVCertificateRequest.Create(
            Get15118EVCertificateRequest.Iso20SchemaVersion, OcppCertificateAction.Install, Exi("CertificateInstallationReq"))
            with { MaximumContractCertificateChains = 2, PrioritizedEmaids = ["DEV2GC12345678", "DEV2GC87654321"] };

        yield return ["AuthorizeRequest", authorize!];
        yield return ["GetCertificateStatusRequest", status!];
        yield return ["GetCertificateStatusResponse", GetCertificateStatusResponse.Accepted(ocsp)];
        yield return ["GetCertificateStatusResponse", new GetCertificateStatusResponse
            { Status = OcppResponseStatus.Failed, StatusInfo = new StatusInfo { ReasonCode = "OcspTimeout", AdditionalInfo = "responder down" } }];
        yield return ["CertificateHashDataChainType", chain];
        yield return ["Get15118EVCertificateRequest", Get15118EVCertificateRequest.Create(
            Get15118EVCertificateRequest.Iso2SchemaVersion, OcppCertificateAction.Install, Exi("CertificateInstallationReq"))];
        yield return ["Get15118EVCertificateRequest", Get15118EVCertificateRequest.Create(
            Get15118EVCertificateRequest.Iso2SchemaVersion, OcppCertificateAction.Update, Exi("CertificateUpdateReq"))];
        yield return ["Get15118EVCertificateRequest", ocpp21Request];
        yield return ["Get15118EVCertificateResponse", Get15118EVCertificateResponse.Create(OcppResponseStatus.Accepted,
            Exi("CertificateUpdateRes")) with { RemainingContractChains = 0 }];
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void PayloadFitsTheSchemaAndRoundTrips(string type, IOcppPayload payload)
    {
        // A CertificateUpdateRes with a contract chain exceeds OCPP 2.0.1's 5600 characters: it needs OCPP 2.1's 17000.
        bool ocpp21 = payload is Get15118EVCertificateResponse;
        Assert.Null(payload.Validate("$", ocpp21 ? OcppLimits.Ocpp21 : null));
        string json = Serialize(payload);
        OcppSchema.AssertValid(type, json, ocpp21);
        Assert.Equal(json, Serialize(Parse(payload.GetType(), json)));
    }

    [Fact]
    public void AnExiResponseBeyondTheOcpp201LimitIsRefusedAsTooLong()
    {
        string json = OcppJson.Serialize(Get15118EVCertificateResponse.Create(OcppResponseStatus.Accepted, Exi("CertificateUpdateRes")));
        Assert.False(OcppJson.TryParse(json, out Get15118EVCertificateResponse? _, out OcppProblem? problem));
        Assert.Equal(OcppProblemKind.TooLong, problem.Kind);
        Assert.Equal("$.exiResponse", problem.Field);
    }

    [Fact]
    public void AuthorizeCarriesTheEmaidAndOneOcspRequestDataPerChainCertificate()
    {
        IssuedChain contract = Pki.Contract;
        Assert.True(AuthorizeRequest.TryCreate(contract.MessageOrder, contract.Root.Certificate, true, OcppHashAlgorithm.Sha256,
            out AuthorizeRequest? request, out OcppProblem? problem), problem?.ToString());
        Assert.Equal(TestPkiBuilder.DefaultEmaid, request.IdToken.Value);
        Assert.Equal("eMAID", request.IdToken.Type);
        IReadOnlyList<X509Certificate2> issuers = [contract.SubCa2.Certificate, contract.SubCa1.Certificate, contract.Root.Certificate];
        Assert.Equal(3, request.Iso15118CertificateHashData!.Count);
        for (int i = 0; i < 3; i++)
        {
            OcspRequestData data = request.Iso15118CertificateHashData[i];
            Assert.True(data.HashData.SameCertificate(CertificateHashData.Create(contract.MessageOrder[i], issuers[i])));
            Assert.Equal($"http://ocsp.iso2.test.invalid/{Pki.Chains[2].MessageOrder.Skip(1).Append(contract.Root.Certificate)
                .Select(c => c.GetNameInfo(X509NameType.SimpleName, false)).ElementAt(i)}", data.ResponderUrl);
        }

        Assert.True(request.TryGetCertificates(out IReadOnlyList<X509Certificate2>? chain, out _));
        Assert.Equal(contract.MessageOrder.Select(c => c.Thumbprint), chain.Select(c => c.Thumbprint));
    }

    [Fact]
    public void AuthorizeRefusesALeafWhoseCnIsNoEmaid()
    {
        Assert.False(AuthorizeRequest.TryCreate(Pki.Secc.MessageOrder, null, false, OcppHashAlgorithm.Sha256, out _, out OcppProblem? problem));
        Assert.Equal(OcppProblemKind.InvalidValue, problem.Kind);
        Assert.Equal("$.idToken.idToken", problem.Field);
    }

    [Fact]
    public void ARootHasNoResponderUrlSoItGetsNoOcspRequestData()
    {
        X509Certificate2 root = Pki.MoRoot.Certificate;
        Assert.False(OcspRequestData.TryCreate(root, root, OcppHashAlgorithm.Sha256, out _, out OcppProblem? problem));
        Assert.Equal("$.responderURL", problem.Field);
        Assert.Contains("no OCSP URI", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CertificateUpdateRes")]
    [InlineData("CertificateInstallationRes")]
    public void TheExiResponseIsRelayedByteForByte(string message)
    {
        byte[] exi = Exi(message);
        string json = OcppJson.Serialize(Get15118EVCertificateResponse.Create(OcppResponseStatus.Accepted, exi));
        Assert.True(OcppJson.TryParse(json, out Get15118EVCertificateResponse? parsed, out _, OcppLimits.Ocpp21));
        Assert.True(parsed.TryGetExiResponse(out byte[]? relayed, out _));
        Assert.Equal(exi, relayed);
        // The decoded message is the one the CSMS encoded.
        Assert.Equal(V2G.Messages.Iso2.Iso2Codec.Encode(V2G.Messages.Iso2.Iso2Codec.Decode(exi)), relayed);
    }

    private static string Serialize(IOcppPayload payload) => payload switch
    {
        AuthorizeRequest p => OcppJson.Serialize(p),
        GetCertificateStatusRequest p => OcppJson.Serialize(p),
        GetCertificateStatusResponse p => OcppJson.Serialize(p),
        CertificateHashDataChain p => OcppJson.Serialize(p),
        Get15118EVCertificateRequest p => OcppJson.Serialize(p),
        Get15118EVCertificateResponse p => OcppJson.Serialize(p),
        _ => throw new ArgumentException(payload.GetType().Name),
    };

    private static IOcppPayload Parse(Type type, string json)
    {
        OcppProblem? problem;
        IOcppPayload? parsed = type.Name switch
        {
            nameof(AuthorizeRequest) => OcppJson.TryParse(json, out AuthorizeRequest? p, out problem) ? p : null,
            nameof(GetCertificateStatusRequest) => OcppJson.TryParse(json, out GetCertificateStatusRequest? p, out problem) ? p : null,
            nameof(GetCertificateStatusResponse) => OcppJson.TryParse(json, out GetCertificateStatusResponse? p, out problem) ? p : null,
            nameof(CertificateHashDataChain) => OcppJson.TryParse(json, out CertificateHashDataChain? p, out problem) ? p : null,
            nameof(Get15118EVCertificateRequest) => OcppJson.TryParse(json, out Get15118EVCertificateRequest? p, out problem) ? p : null,
            _ => OcppJson.TryParse(json, out Get15118EVCertificateResponse? p, out problem, OcppLimits.Ocpp21) ? p : null,
        };
        Assert.True(parsed != null, problem?.ToString());
        return parsed;
    }
}
