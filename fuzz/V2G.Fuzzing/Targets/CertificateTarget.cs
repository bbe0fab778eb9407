using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;
using V2G.Security;
using V2G.Security.Certificates;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// Certificate parsing: the input as X.509 DER. What the BCL loads goes through the library's inspection and chain
/// validation (the certificate as its own trust anchor, so that path building and signature checks run); both
/// report failures in their results and throw nothing.
/// </summary>
public sealed class CertificateTarget : IFuzzTarget
{
    private static readonly DateTimeOffset ValidationTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "certificate";

    public void Run(ReadOnlySpan<byte> input)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(input);
        }
        catch (CryptographicException)
        {
            return;
        }

        using (certificate)
        {
            CertificateInspector.TryInspect(certificate, null, ValidationTime, out _, out _);
            foreach (SecurityProfile profile in Enum.GetValues<SecurityProfile>())
            {
                var options = new ChainValidationOptions
                {
                    Profile = profile,
                    Role = CertificateRole.Secc,
                    ValidationTime = ValidationTime,
                    RevocationPolicy = RevocationPolicy.Ignore,
                };
                CertificateChainValidator.Validate(certificate, [], [certificate], options);
            }
        }
    }

    /// <summary>The DER certificates of the shared test PKIs.</summary>
    public IEnumerable<Seed> Seeds(SeedSource source) =>
        new[] { "iso2", "iso20", "iso20_ed448" }
            .SelectMany(set => SeedSource.SmallFiles(Path.Combine(source.PncDirectory, "pki", set, "certs"), "*.der")
                .Take(SeedSource.MaxSeedsPerTarget / 3)
                .Select(path => new Seed(set + "." + Path.GetFileName(path), File.ReadAllBytes(path))));
}
