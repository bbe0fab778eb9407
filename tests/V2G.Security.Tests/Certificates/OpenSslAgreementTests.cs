using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using V2G.Security.Certificates;
using Xunit;

namespace V2G.Security.Tests.Certificates;

/// <summary>Our accept/refuse decision equals <c>openssl verify -x509_strict</c> on every chain, except the named profile-only rules.</summary>
public sealed class OpenSslAgreementTests(Xunit.Abstractions.ITestOutputHelper output_)
{
    private const string OpenSsl = "/usr/bin/openssl";

    /// <summary>Cases openssl accepts and the ISO 15118 profile refuses, with the rule that makes the difference.</summary>
    private static readonly Dictionary<string, ChainRule> ExpectedDisagreements = new()
    {
        ["SECCCert_wrongDomainComponent"] = ChainRule.DomainComponent, // DC per role is ISO-only
        ["SECCCert_wrongKeyUsage"] = ChainRule.LeafKeyUsage, // openssl has no purpose here, so no leaf key usage rule
        // RFC 5280 does not count the target of the path against pathLen; we count every CA certificate below a CA.
        ["CPOSubCA3_pathLenViolation"] = ChainRule.PathLength,
        ["VehicleCert"] = ChainRule.ProvisioningIdentifier, // the PCID syntax of the CN is ISO-only
    };

    public static IEnumerable<object[]> Cases() => ChainCase.Valid().Concat(ChainCase.Broken())
        .Concat(new[] { "iso20", "iso20_ed448" }.Select(set => new ChainCase(set, "VehicleCert", CertificateRole.OemProvisioning,
            "VehicleCert", ["OEMSubCA2", "OEMSubCA1"], ["OEMRootCA"])))
        .Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decision_agrees_with_openssl_verify(ChainCase c)
    {
        (bool opensslAccepts, string output) = RunOpenSsl(c);
        if (!opensslAccepts && (output.Contains("unsupported", StringComparison.OrdinalIgnoreCase)
            || output.Contains("unknown algorithm", StringComparison.OrdinalIgnoreCase)))
        {
            // openssl lacks the algorithm: say so, and check our decision against the PKI's own expectation instead.
            output_.WriteLine($"openssl cannot check {c} (algorithm not supported): {output}");
            Assert.Equal(ChainCase.Valid().Contains(c), TestPki.Validate(c).IsValid);
            return;
        }

        ChainValidationResult ours = TestPki.Validate(c);

        if (ExpectedDisagreements.TryGetValue(c.Name, out ChainRule rule))
        {
            Assert.True(opensslAccepts, $"expected openssl to accept {c}: {output}");
            Assert.Equal(rule, ours.Failure?.Rule);
        }
        else
        {
            Assert.True(opensslAccepts == ours.IsValid, $"{c}: openssl {(opensslAccepts ? "accepts" : "refuses")} ({output}), we: {ours}");
        }
    }

    private static (bool Accepts, string Output) RunOpenSsl(ChainCase c)
    {
        long epoch = PncData.ReferenceTime.ToUnixTimeSeconds();
        var start = new ProcessStartInfo(OpenSsl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "verify", "-x509_strict", "-attime", epoch.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("-CAfile");
        start.ArgumentList.Add(TestPki.PemPath(c.Set, c.Anchors.Single()));
        foreach (string sub in c.SubCas)
        {
            start.ArgumentList.Add("-untrusted");
            start.ArgumentList.Add(TestPki.PemPath(c.Set, sub));
        }

        start.ArgumentList.Add(TestPki.PemPath(c.Set, c.Leaf));
        Assert.True(File.Exists(OpenSsl), "openssl is expected at " + OpenSsl);
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode == 0, output.Trim().Replace('\n', ' '));
    }
}
