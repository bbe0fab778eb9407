namespace V2G.Cli.Services;

/// <summary>What <c>v2g load</c> sends.</summary>
internal enum LoadScenario
{
    /// <summary>The same OCSP request for a certificate of the folder (the responder may answer from its cache).</summary>
    Ocsp,

    /// <summary>An OCSP request with a fresh nonce each time (the responder signs every answer).</summary>
    OcspNonce,

    /// <summary>An ISO 15118-2 CertificateInstallationReq signed with the folder's OEM provisioning key, to the CPS.</summary>
    InstallIso2,

    /// <summary>An ISO 15118-20 CertificateInstallationReq signed with the folder's OEM provisioning key, to the CPS.</summary>
    InstallIso20,
}

/// <summary>The names of <see cref="LoadScenario"/> on the command line.</summary>
internal static class LoadScenarios
{
    /// <summary>Reads a scenario name.</summary>
    /// <exception cref="UsageException">It is not one.</exception>
    public static LoadScenario Parse(string text) => text switch
    {
        "ocsp" => LoadScenario.Ocsp,
        "ocsp-nonce" => LoadScenario.OcspNonce,
        "install-iso2" => LoadScenario.InstallIso2,
        "install-iso20" => LoadScenario.InstallIso20,
        _ => throw new UsageException($"--scenario '{text}' is not ocsp, ocsp-nonce, install-iso2 or install-iso20"),
    };

    /// <summary>The command-line name.</summary>
    public static string Name(LoadScenario scenario) => scenario switch
    {
        LoadScenario.Ocsp => "ocsp",
        LoadScenario.OcspNonce => "ocsp-nonce",
        LoadScenario.InstallIso2 => "install-iso2",
        _ => "install-iso20",
    };
}
