using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Messages.Iso2;
using V2G.Security.Provisioning;
using V2G.Security.Signatures.Crypto;
using V2G.Services.Security;
using Xunit;

namespace V2G.Cli.Tests;

public sealed class ProvisionCommandTests
{
    private static byte[] InstallationRequest()
    {
        X509Certificate2 Cert(string name) => X509CertificateLoader.LoadCertificateFromFile(PncFiles.Pki("iso2", "certs", name + ".der"));
        var request = Iso2CertificateRequests.BuildInstallationReq(Convert.FromHexString("0102030405060708"), Cert("OEMProvCert"),
            [Cert("V2GRootCA"), Cert("MORootCA")], V2GSigners.FromPem(File.ReadAllText(PncFiles.Pki("iso2", "keys", "OEMProvCert.key.pem"))));
        Assert.True(request.IsSuccess, request.ToString());
        return Iso2Codec.Encode(Iso2Document.FromV2G_Message(request.Value));
    }

    [Fact]
    public async Task Provision_writes_the_signed_CertificateInstallationRes()
    {
        await using CliTestService service = await CliTestService.StartAsync("iso2");
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("req.exi"), InstallationRequest());

        CliResult result = await Task.Run(() => CliRun.Run("provision", "--url", service.Url, "--api-key", service.Keys[ApiRole.Cpo],
            temp.File("req.exi"), "-o", temp.File("res.exi")));
        Assert.True(result.ExitCode == 0, result.ToString());
        var response = Iso2Codec.Decode(File.ReadAllBytes(temp.File("res.exi")));
        var body = Assert.IsType<CertificateInstallationResType>(response.V2G_Message!.Body.BodyElement);
        Assert.Equal(ResponseCodeType.OK, body.ResponseCode);
        Assert.StartsWith("DE8AAC00000001", body.EMAID.Value, StringComparison.Ordinal);
        Assert.Contains($"wrote {File.ReadAllBytes(temp.File("res.exi")).Length} bytes", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_request_is_exit_code_1_with_the_reason()
    {
        await using CliTestService service = await CliTestService.StartAsync("iso2");
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("bad.exi"), [0x80, 0xFF, 0x01]);
        CliResult result = await Task.Run(() => CliRun.Run("provision", "--url", service.Url, "--api-key", service.Keys[ApiRole.Cpo],
            temp.File("bad.exi")));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the service answered 400: the body is not an ISO 15118-2 EXI stream", result.Stderr, StringComparison.Ordinal);

        CliResult noKey = await Task.Run(() => CliRun.Run("provision", "--url", service.Url, temp.File("bad.exi")));
        Assert.Equal(1, noKey.ExitCode);
        Assert.Contains("the service answered 401", noKey.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_service_is_exit_code_1_and_a_missing_file_argument_is_exit_code_2()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("req.exi"), [0x80]);
        CliResult unreachable = CliRun.Run("provision", "--url", "http://127.0.0.1:1", temp.File("req.exi"));
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("the service cannot be reached", unreachable.Stderr, StringComparison.Ordinal);

        CliResult usage = CliRun.Run("provision", "--url", "http://127.0.0.1:1");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("'provision' needs exactly one FILE.exi, got 0", usage.Stderr, StringComparison.Ordinal);
    }
}
