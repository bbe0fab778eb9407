namespace V2G.Security.Signatures.Crypto;

/// <summary>Object identifiers of the key algorithms and curves of the Plug'n'Charge profiles.</summary>
internal static class KeyAlgorithmOids
{
    public const string EcPublicKey = "1.2.840.10045.2.1";
    public const string Secp256r1 = "1.2.840.10045.3.1.7";
    public const string Secp521r1 = "1.3.132.0.35";
    public const string Ed448 = "1.3.101.113";
    public const string X448 = "1.3.101.111";
}
