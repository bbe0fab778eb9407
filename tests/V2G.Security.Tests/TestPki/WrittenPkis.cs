using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>One full PKI per profile (with broken variants), built and written to a temporary folder once for all tests.</summary>
public static class WrittenPkis
{
    public static readonly DateTimeOffset Now = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);

    public static readonly SecurityProfile[] Profiles = [SecurityProfile.Iso2, SecurityProfile.Iso20Secp521, SecurityProfile.Iso20Ed448];

    private static readonly Dictionary<SecurityProfile, Lazy<(TestPkiSet Pki, string Directory)>> Sets = Profiles.ToDictionary(
        p => p, p => new Lazy<(TestPkiSet, string)>(() => Create(p)));

    public static TestPkiSet Pki(SecurityProfile profile) => Sets[profile].Value.Pki;

    public static string Directory(SecurityProfile profile) => Sets[profile].Value.Directory;

    public static string File(SecurityProfile profile, params string[] parts) => Path.Combine([Directory(profile), .. parts]);

    public static IEnumerable<object[]> ProfileCases() => Profiles.Select(p => new object[] { p });

    public static string AtTime => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static (int Exit, string Output) OpenSsl(params string[] arguments)
    {
        const string openSsl = "/usr/bin/openssl";
        Assert.True(System.IO.File.Exists(openSsl), "openssl is expected at " + openSsl);
        var start = new ProcessStartInfo(openSsl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }

    private static (TestPkiSet, string) Create(SecurityProfile profile)
    {
        TestPkiSet pki = new TestPkiSetBuilder(profile, Now) { IncludeBroken = true }.Build();
        string directory = System.IO.Directory.CreateTempSubdirectory("v2g-pkiset-").FullName;
        Assert.True(TestPkiFolderWriter.TryWrite(pki, directory, out string? error), error);
        return (pki, directory);
    }
}
