using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using V2G.Security.Certificates;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary><c>openssl verify -x509_strict</c> accepts every generated chain at the PKI's "now", and refuses one with the wrong anchor.</summary>
public sealed class GeneratedChainOpenSslTests : IDisposable
{
    private const string OpenSsl = "/usr/bin/openssl";

    private readonly string _directory = Directory.CreateTempSubdirectory("v2g-testpki-").FullName;

    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileRoles), MemberType = typeof(GeneratedPkis))]
    public void OpenSslVerifyStrict_AcceptsTheChain(SecurityProfile profile, CertificateRole role)
    {
        GeneratedPki pki = GeneratedPkis.For(profile);
        IssuedChain chain = pki.ChainFor(role);

        (int exit, string output) = Verify(pki, chain.Root, chain);

        Assert.True(exit == 0, $"{profile}/{role}: {output}");
        Assert.Contains(": OK", output);
    }

    [Fact]
    public void OpenSslVerifyStrict_RefusesTheContractChainWithTheV2GRoot()
    {
        GeneratedPki pki = GeneratedPkis.For(SecurityProfile.Iso2);

        (int exit, string output) = Verify(pki, pki.V2GRoot, pki.Contract);

        Assert.NotEqual(0, exit);
        Assert.Contains("unable to get", output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int Exit, string Output) Verify(GeneratedPki pki, IssuedCertificate anchor, IssuedChain chain)
    {
        Assert.True(File.Exists(OpenSsl), "openssl is expected at " + OpenSsl);
        var start = new ProcessStartInfo(OpenSsl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments =
        [
            "verify", "-x509_strict", "-attime", pki.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            "-CAfile", Pem(anchor), "-untrusted", Pem(chain.SubCa2), "-untrusted", Pem(chain.SubCa1), Pem(chain.Leaf),
        ];
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }

    private string Pem(IssuedCertificate certificate)
    {
        string path = Path.Combine(_directory, certificate.Name + ".pem");
        File.WriteAllText(path, certificate.Certificate.ExportCertificatePem() + "\n");
        return path;
    }
}
