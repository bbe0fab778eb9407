using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace V2G.Cli.Tests;

public class SecuritySignTests
{
    public static TheoryData<string, string> SignableVectors()
    {
        var data = new TheoryData<string, string>();
        foreach (PncVector v in PncFiles.Vectors())
        {
            data.Add(v.Set, v.Name);
        }

        return data;
    }

    /// <summary>Writes the vector's message.xml without its ds:Signature element into the folder.</summary>
    private static string UnsignedXml(PncVector v, TempDirectory dir)
    {
        string xml = File.ReadAllText(Path.Combine(v.Directory, "message.xml"));
        string unsigned = Regex.Replace(xml, "<ds:Signature>.*?</ds:Signature>", string.Empty, RegexOptions.Singleline);
        Assert.NotEqual(xml, unsigned);
        string path = dir.File("unsigned.xml");
        File.WriteAllText(path, unsigned);
        return path;
    }

    private static string ExpectedHex(PncVector v) => Convert.ToHexString(File.ReadAllBytes(v.MessageExi));

    [Theory]
    [MemberData(nameof(SignableVectors))]
    public void SigningTheUnsignedXml_ReproducesTheVectorBytes(string set, string name)
    {
        PncVector v = PncVector.Load(set, name);
        using var dir = new TempDirectory();
        CliResult r = CliRun.Run("sign", "--schema", PncFiles.Schema(set), "--key", v.KeyPath, UnsignedXml(v, dir));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(ExpectedHex(v), r.Stdout.Trim());
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void SignOut_WritesBinaryExi_ThatVerifies()
    {
        PncVector v = PncVector.Load("iso20", "CertificateInstallationRes");
        using var dir = new TempDirectory();
        string output = dir.File("signed.exi");
        CliResult r = CliRun.Run("sign", "--schema", "iso20", "--key", v.KeyPath, "--out", output, UnsignedXml(v, dir));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("wrote " + output, r.Stdout.Trim());
        Assert.Equal(ExpectedHex(v), Convert.ToHexString(File.ReadAllBytes(output)));
        Assert.Equal(0, CliRun.Run("verify", "--schema", "iso20", output).ExitCode);
    }

    [Fact]
    public void SignExiInput_ResignsToTheSameBytes()
    {
        PncVector v = PncVector.Load("iso2", "CertificateUpdateRes");
        CliResult r = CliRun.Run("sign", "--schema", "iso2", "--key", v.KeyPath, v.MessageExi);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(ExpectedHex(v), r.Stdout.Trim());
    }

    [Fact]
    public void FormatXml_WritesTheSignatureValueOfTheVector()
    {
        PncVector v = PncVector.Load("iso2", "AuthorizationReq");
        using var dir = new TempDirectory();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(v.Directory, "vector.json")));
        string signature = json.RootElement.GetProperty("signature_value_base64").GetString()!;
        CliResult r = CliRun.Run("sign", "--schema", "iso2", "--key", v.KeyPath, "--format", "xml", UnsignedXml(v, dir));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("SignatureValue>" + signature + "</", r.Stdout);
    }

    [Fact]
    public void MatchingCert_IsAccepted()
    {
        PncVector v = PncVector.Load("iso20_ed448", "MeteringConfirmationReq");
        using var dir = new TempDirectory();
        CliResult r = CliRun.Run("sign", "--schema", "iso20", "--key", v.KeyPath, "--cert", v.CertificatePath, UnsignedXml(v, dir));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(ExpectedHex(v), r.Stdout.Trim());
    }

    [Theory]
    [InlineData("iso2", "SECCCert.pem", "is not the public key of the private key")]
    [InlineData("iso20", "SECCCert.pem", "is not the public key of the private key")]
    public void CertOfAnotherKey_IsRefusedBeforeSigning(string set, string cert, string expected)
    {
        PncVector v = PncVector.Load(set, set == "iso2" ? "MeteringReceiptReq" : "MeteringConfirmationReq");
        using var dir = new TempDirectory();
        string other = PncFiles.Pki(set, "certs", cert);
        CliResult r = CliRun.Run("sign", "--schema", PncFiles.Schema(set), "--key", v.KeyPath, "--cert", other, UnsignedXml(v, dir));

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains("does not match --key", r.Stderr);
        Assert.Contains(expected, r.Stderr);
    }

    [Fact]
    public void KeyOfAnotherProfile_IsRefused()
    {
        PncVector v = PncVector.Load("iso2", "MeteringReceiptReq");
        using var dir = new TempDirectory();
        CliResult r = CliRun.Run("sign", "--schema", "iso2", "--key", PncFiles.Pki("iso20", "keys", "ContractCert.key.pem"), UnsignedXml(v, dir));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cannot sign this MeteringReceiptReq", r.Stderr);
    }

    [Fact]
    public void NotAKey_IsAnInputError()
    {
        PncVector v = PncVector.Load("iso2", "MeteringReceiptReq");
        CliResult r = CliRun.Run("sign", "--schema", "iso2", "--key", v.CertificatePath, v.MessageExi);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--key ", r.Stderr);
    }

    [Theory]
    [InlineData("sign", "--schema", "iso2", "x.xml")]
    [InlineData("sign", "--key", "k.pem", "x.xml")]
    [InlineData("sign", "--schema", "iso2", "--key", "k.pem")]
    [InlineData("sign", "--schema", "iso2", "--key", "k.pem", "a.xml", "b.xml")]
    [InlineData("sign", "--schema", "iso2", "--key", "k.pem", "--format", "json", "a.xml")]
    [InlineData("sign", "--schema", "app-protocol", "--key", "k.pem", "a.xml")]
    public void UsageErrors_Exit2(params string[] args)
    {
        CliResult r = CliRun.Run(args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith("v2g: ", r.Stderr);
    }

    [Fact]
    public void EveryVectorSet_IsCovered() => Assert.Equal(3, SignableVectors().Select(row => row[0]).Distinct().Count());
}
