using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace V2G.Cli.Tests;

public class SecurityOcppTests
{
    public static TheoryData<string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string set in PncFiles.Sets)
        {
            data.Add(set, "ContractCert", "MOSubCA2");
            data.Add(set, "SECCCert", "CPOSubCA2");
            data.Add(set, "MOSubCA1", "MORootCA");
            data.Add(set, "V2GRootCA", "V2GRootCA");
        }

        return data;
    }

    private static string Cert(string set, string name) => PncFiles.Pki(set, "certs", name + ".pem");

    /// <summary>issuerNameHash, issuerKeyHash, serialNumber of <c>openssl ocsp -req_text</c>.</summary>
    private static (string Name, string Key, string Serial) OpenSslCertId(string issuer, string cert, string hash = "-sha256")
    {
        (int exit, string text) = SecurityCsrTests.OpenSsl("ocsp", "-issuer", issuer, hash, "-cert", cert, "-req_text", "-no_nonce");
        Assert.True(exit == 0, text);
        string joined = text.Replace("\\\n", string.Empty, System.StringComparison.Ordinal); // openssl wraps long hashes with '\'
        string Field(string label) => Regex.Match(joined, label + @":\s*([0-9A-Fa-f]+)").Groups[1].Value;
        return (Field("Issuer Name Hash"), Field("Issuer Key Hash"), Field("Serial Number"));
    }

    private static JsonElement[] Run(params string[] args)
    {
        CliResult r = CliRun.Run(args);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Single(r.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        return JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToArray();
    }

    private static void AssertSame((string Name, string Key, string Serial) expected, JsonElement actual, string algorithm = "SHA256")
    {
        Assert.Equal(algorithm, actual.GetProperty("hashAlgorithm").GetString());
        Assert.Equal(expected.Name, actual.GetProperty("issuerNameHash").GetString(), ignoreCase: true);
        Assert.Equal(expected.Key, actual.GetProperty("issuerKeyHash").GetString(), ignoreCase: true);
        Assert.Equal(expected.Serial.TrimStart('0'), actual.GetProperty("serialNumber").GetString()!.TrimStart('0'), ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Hash_data_with_issuer_equals_openssl_ocsp_certid(string set, string cert, string issuer)
    {
        JsonElement item = Assert.Single(Run("ocpp", "hash-data", "--issuer", Cert(set, issuer), Cert(set, cert)));
        AssertSame(OpenSslCertId(Cert(set, issuer), Cert(set, cert)), item);
    }

    [Theory]
    [InlineData("sha384", "SHA384")]
    [InlineData("sha512", "SHA512")]
    public void Hash_data_uses_the_requested_hash(string hash, string algorithm)
    {
        JsonElement item = Assert.Single(
            Run("ocpp", "hash-data", "--hash", hash, "--issuer", Cert("iso2", "MOSubCA2"), Cert("iso2", "ContractCert")));
        AssertSame(OpenSslCertId(Cert("iso2", "MOSubCA2"), Cert("iso2", "ContractCert"), "-" + hash), item, algorithm);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public void Hash_data_of_a_chain_file_takes_each_next_certificate_as_issuer(string set)
    {
        // contractCertChain.pem = ContractCert, MOSubCA2, MOSubCA1 (no root): the last one's issuer is unknown and is skipped.
        CliResult r = CliRun.Run("ocpp", "hash-data", PncFiles.Pki(set, "chains", "contractCertChain.pem"), Cert(set, "MORootCA"));
        Assert.True(r.ExitCode == 0, r.ToString());
        JsonElement[] items = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToArray();
        string[] names = ["ContractCert", "MOSubCA2", "MOSubCA1", "MORootCA"];
        Assert.Equal(4, items.Length);
        for (int i = 0; i < names.Length; i++)
        {
            string issuer = names[System.Math.Min(i + 1, names.Length - 1)];
            AssertSame(OpenSslCertId(Cert(set, issuer), Cert(set, names[i])), items[i]);
        }
    }

    [Fact]
    public void Hash_data_skips_a_last_certificate_without_issuer_with_a_note()
    {
        CliResult r = CliRun.Run("ocpp", "hash-data", PncFiles.Pki("iso2", "chains", "contractCertChain.pem"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(r.Stdout).RootElement.GetArrayLength());
        Assert.Contains("skipped 'MOSubCA1'", r.Stderr);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public void Ocsp_request_data_adds_the_responder_url_of_each_certificate(string set)
    {
        JsonElement[] items = Run(
            "ocpp", "ocsp-request-data", "--issuer", Cert(set, "MOSubCA2"), Cert(set, "ContractCert"), Cert(set, "ContractCert2"));
        Assert.Equal(2, items.Length);
        AssertSame(OpenSslCertId(Cert(set, "MOSubCA2"), Cert(set, "ContractCert")), items[0]);
        AssertSame(OpenSslCertId(Cert(set, "MOSubCA2"), Cert(set, "ContractCert2")), items[1]);
        (int exit, string uri) = SecurityCsrTests.OpenSsl("x509", "-noout", "-ocsp_uri", "-in", Cert(set, "ContractCert"));
        Assert.Equal(0, exit);
        Assert.All(items, i => Assert.Equal(uri.Trim(), i.GetProperty("responderURL").GetString()));
    }

    [Fact]
    public void Ocsp_request_data_of_a_root_given_with_issuer_fails_for_the_missing_ocsp_uri()
    {
        CliResult r = CliRun.Run("ocpp", "ocsp-request-data", "--issuer", Cert("iso2", "V2GRootCA"), Cert("iso2", "V2GRootCA"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("has no OCSP URI", r.Stderr);
    }

    [Theory]
    [InlineData("ocpp")]
    [InlineData("ocpp", "hash-data")]
    [InlineData("ocpp", "hash-data", "--hash", "md5", "x.pem")]
    [InlineData("ocpp", "fingerprint", "x.pem")]
    public void Bad_usage_exits_2(params string[] args) => Assert.Equal(2, CliRun.Run(args).ExitCode);

    [Fact]
    public void Unreadable_certificate_exits_1()
    {
        CliResult r = CliRun.Run("ocpp", "hash-data", "/nonexistent/cert.pem");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cannot read", r.Stderr);
    }

    [Fact]
    public void Help_exits_0() => Assert.Contains("v2g ocpp hash-data", CliRun.Run("ocpp", "--help").Stdout);
}
