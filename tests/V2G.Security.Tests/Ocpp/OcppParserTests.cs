using V2G.Security.Ocpp;
using Xunit;

namespace V2G.Security.Tests.Ocpp;

/// <summary>Parsers accept what stacks send (base64 without padding or with line breaks, hex in any case) and name what is wrong.</summary>
public sealed class OcppParserTests
{
    private const string Hash = "\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"ab12\",\"issuerKeyHash\":\"CD34\",\"serialNumber\":\"1001\"";

    [Theory]
    [InlineData("AQIDBA==")]
    [InlineData("AQIDBA")]
    [InlineData("AQID\\r\\nBA==")]
    [InlineData("AQ ID\\nBA")]
    public void Base64IsAcceptedWithOrWithoutPaddingAndLineBreaks(string base64)
    {
        string json = "{\"status\":\"Accepted\",\"exiResponse\":\"" + base64 + "\"}";
        Assert.True(OcppJson.TryParse(json, out Get15118EVCertificateResponse? response, out OcppProblem? problem), problem?.ToString());
        Assert.True(response.TryGetExiResponse(out byte[]? exi, out _));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, exi);
    }

    [Fact]
    public void HexIsAcceptedInEitherCaseAndComparedCaseInsensitively()
    {
        Assert.True(OcppJson.TryParse("{\"certificateType\":\"MORootCertificate\",\"certificateHashData\":{" + Hash + "}}",
            out CertificateHashDataChain? chain, out OcppProblem? problem), problem?.ToString());
        var upper = chain.CertificateHashData with { IssuerNameHash = "AB12", IssuerKeyHash = "cd34", SerialNumber = "01001" };
        Assert.True(chain.CertificateHashData.SameCertificate(upper));
        Assert.False(chain.CertificateHashData.SameCertificate(upper with { SerialNumber = "1002" }));
    }

    [Theory]
    [InlineData("{\"ocspRequestData\":{" + Hash + "}}", OcppProblemKind.MissingField, "responderURL")]
    [InlineData("{}", OcppProblemKind.MissingField, "ocspRequestData")]
    [InlineData("{\"ocspRequestData\":{" + Hash + ",\"responderURL\":null}}", OcppProblemKind.MissingField, "responderURL")]
    [InlineData("{\"ocspRequestData\":{\"hashAlgorithm\":\"SHA1\",\"issuerNameHash\":\"ab\",\"issuerKeyHash\":\"cd\",\"serialNumber\":\"1\","
        + "\"responderURL\":\"http://x\"}}", OcppProblemKind.InvalidJson, "$.ocspRequestData.hashAlgorithm")]
    [InlineData("{\"ocspRequestData\":{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"xy\",\"issuerKeyHash\":\"cd\",\"serialNumber\":\"1\","
        + "\"responderURL\":\"http://x\"}}", OcppProblemKind.InvalidHex, "$.ocspRequestData.issuerNameHash")]
    [InlineData("{\"ocspRequestData\":{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"ab\",\"issuerKeyHash\":\"cd\","
        + "\"serialNumber\":\"12345678901234567890123456789012345678901\",\"responderURL\":\"http://x\"}}",
        OcppProblemKind.TooLong, "$.ocspRequestData.serialNumber")]
    [InlineData("not json", OcppProblemKind.InvalidJson, "$")]
    public void GetCertificateStatusRequestProblemsNameTheField(string json, OcppProblemKind kind, string field)
    {
        Assert.False(OcppJson.TryParse(json, out GetCertificateStatusRequest? request, out OcppProblem? problem));
        Assert.Null(request);
        Assert.Equal(kind, problem.Kind);
        Assert.Contains(field, problem.Field + " " + problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"status\":\"Accepted\",\"exiResponse\":\"AQ*D\"}", OcppProblemKind.InvalidBase64, "$.exiResponse")]
    [InlineData("{\"status\":\"Accepted\",\"exiResponse\":\"AQIDB\"}", OcppProblemKind.InvalidBase64, "$.exiResponse")]
    [InlineData("{\"status\":\"Maybe\",\"exiResponse\":\"AQID\"}", OcppProblemKind.InvalidJson, "$.status")]
    [InlineData("{\"status\":\"Failed\",\"statusInfo\":{\"reasonCode\":\"123456789012345678901\"},\"exiResponse\":\"\"}",
        OcppProblemKind.TooLong, "$.statusInfo.reasonCode")]
    [InlineData("{\"status\":\"Accepted\",\"exiResponse\":\"AQID\",\"remainingContractChains\":-1}",
        OcppProblemKind.OutOfRange, "$.remainingContractChains")]
    public void Get15118EVCertificateResponseProblemsNameTheField(string json, OcppProblemKind kind, string field)
    {
        Assert.False(OcppJson.TryParse(json, out Get15118EVCertificateResponse? _, out OcppProblem? problem));
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public void AnIdTokenLongerThan36IsRefused()
    {
        string json = "{\"idToken\":{\"idToken\":\"" + new string('A', 37) + "\",\"type\":\"eMAID\"}}";
        Assert.False(OcppJson.TryParse(json, out AuthorizeRequest? _, out OcppProblem? problem));
        Assert.Equal(OcppProblemKind.TooLong, problem.Kind);
        Assert.Equal("$.idToken.idToken", problem.Field);
    }

    [Fact]
    public void AFailedCertificateStatusHasNoOcspResult()
    {
        Assert.True(OcppJson.TryParse("{\"status\":\"Failed\"}", out GetCertificateStatusResponse? response, out _));
        Assert.False(response.TryGetOcspResult(out _, out OcppProblem? problem));
        Assert.Equal(OcppProblemKind.MissingField, problem.Kind);
    }
}
