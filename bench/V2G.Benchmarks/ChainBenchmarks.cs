using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Revocation;

namespace V2G.Benchmarks;

/// <summary>Validation of a 3-deep chain (SECC leaf, CPO Sub-CA 2 and 1, V2G root) of each shared PKI set.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class ChainBenchmarks
{
    private X509Certificate2 leaf = null!;
    private X509Certificate2[] subCas = null!;
    private X509Certificate2[] roots = null!;
    private ChainValidationOptions options = null!;

    /// <summary>The PKI set of shared/pnc/pki.</summary>
    [Params("iso2", "iso20", "iso20_ed448")]
    public string Set { get; set; } = "iso2";

    /// <summary>Loads the certificates and checks the chain validates.</summary>
    [GlobalSetup]
    public void Setup()
    {
        X509Certificate2 Load(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(VectorSource.SharedDirectory, "pnc", "pki", Set, "certs", name + ".pem"));
        leaf = Load("SECCCert");
        subCas = new[] { Load("CPOSubCA2"), Load("CPOSubCA1") };
        roots = new[] { Load("V2GRootCA") };
        options = new ChainValidationOptions
        {
            Profile = Set switch { "iso2" => SecurityProfile.Iso2, "iso20" => SecurityProfile.Iso20Secp521, _ => SecurityProfile.Iso20Ed448 },
            Role = CertificateRole.Secc,
            ValidationTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            RevocationPolicy = RevocationPolicy.Ignore,
        };
        if (!Validate())
        {
            throw new InvalidOperationException("The " + Set + " SECC chain does not validate");
        }
    }

    /// <summary>CertificateChainValidator.Validate, revocation not checked.</summary>
    [Benchmark]
    public bool Validate() => CertificateChainValidator.Validate(leaf, subCas, roots, options).IsValid;
}
