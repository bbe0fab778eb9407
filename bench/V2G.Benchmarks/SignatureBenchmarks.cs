using BenchmarkDotNet.Attributes;

namespace V2G.Benchmarks;

/// <summary>
/// Verification of signed messages (decoded beforehand), whole and in its two parts: the EXI part (fragments and
/// SignedInfo encoded, digests) and the crypto (ECDSA / Ed448 over the SignedInfo bytes).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class SignatureBenchmarks
{
    private SignedMessageCase message = null!;

    /// <summary>set/message of shared/pnc/signed.</summary>
    [Params("iso2/AuthorizationReq", "iso2/CertificateInstallationRes", "iso20/AuthorizationReq", "iso20_ed448/AuthorizationReq")]
    public string Vector { get; set; } = "iso2/AuthorizationReq";

    /// <summary>Loads and decodes the vector, and checks that it verifies.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Vector.Split('/');
        message = new SignedMessageCase(parts[0], parts[1]);
    }

    /// <summary>Releases the key.</summary>
    [GlobalCleanup]
    public void Cleanup() => message.Dispose();

    /// <summary>V2GSignature.Verify: every check.</summary>
    [Benchmark(Baseline = true)]
    public bool Verify() => message.Verify().IsValid;

    /// <summary>The EXI part alone.</summary>
    [Benchmark]
    public int ExiPart() => message.EncodeAndDigest();

    /// <summary>The signature check alone.</summary>
    [Benchmark]
    public bool Crypto() => message.VerifySignatureValue();
}
