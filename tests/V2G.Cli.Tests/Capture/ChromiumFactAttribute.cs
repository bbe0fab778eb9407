using System;
using System.IO;
using Xunit;

namespace V2G.Cli.Tests.Capture;

/// <summary>
/// A fact that needs headless Chromium. Without it the test is reported as skipped with the reason, unless
/// <c>V2G_REQUIRE_BROWSER=1</c>: then it runs and fails, so that a CI that promises a browser cannot pass silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where the Debian package installs Chromium; <c>V2G_CHROMIUM</c> overrides it.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("V2G_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Whether the environment demands the browser tests run.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("V2G_REQUIRE_BROWSER") == "1";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !Required)
        {
            Skip = $"headless Chromium not found at {ChromiumPath} (apt-get install chromium, or set V2G_CHROMIUM); "
                + "set V2G_REQUIRE_BROWSER=1 to make this a failure";
        }
    }
}
