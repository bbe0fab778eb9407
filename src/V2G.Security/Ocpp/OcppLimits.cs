namespace V2G.Security.Ocpp;

/// <summary>
/// The size limits of the OCPP JSON schemas that parsers check (defaults: OCPP 2.0.1). Stacks that announce larger
/// buffers (OCPP 2.1 allows an exiResponse of 17000 characters) can raise them with <c>with</c>.
/// </summary>
public sealed record OcppLimits
{
    /// <summary>The OCPP 2.0.1 schema limits.</summary>
    public static OcppLimits Ocpp201 { get; } = new();

    /// <summary>The OCPP 2.1 limits this library knows to differ: exiResponse 17000.</summary>
    public static OcppLimits Ocpp21 { get; } = new() { ExiResponse = 17000 };

    /// <summary>issuerNameHash and issuerKeyHash (128).</summary>
    public int Hash { get; init; } = 128;

    /// <summary>serialNumber (40).</summary>
    public int SerialNumber { get; init; } = 40;

    /// <summary>responderURL (512).</summary>
    public int ResponderUrl { get; init; } = 512;

    /// <summary>iso15118SchemaVersion (50).</summary>
    public int SchemaVersion { get; init; } = 50;

    /// <summary>exiRequest (5600).</summary>
    public int ExiRequest { get; init; } = 5600;

    /// <summary>exiResponse (5600 in OCPP 2.0.1).</summary>
    public int ExiResponse { get; init; } = 5600;

    /// <summary>ocspResult (5500).</summary>
    public int OcspResult { get; init; } = 5500;

    /// <summary>AuthorizeRequest certificate (5500).</summary>
    public int Certificate { get; init; } = 5500;

    /// <summary>idToken (36).</summary>
    public int IdToken { get; init; } = 36;

    /// <summary>iso15118CertificateHashData and childCertificateHashData items (4).</summary>
    public int HashDataItems { get; init; } = 4;

    /// <summary>prioritizedEMAIDs items (8, OCPP 2.1).</summary>
    public int PrioritizedEmaids { get; init; } = 8;

    /// <summary>Each prioritized eMAID (255, OCPP 2.1).</summary>
    public int Emaid { get; init; } = 255;

    /// <summary>StatusInfo reasonCode (20).</summary>
    public int ReasonCode { get; init; } = 20;

    /// <summary>StatusInfo additionalInfo (512).</summary>
    public int AdditionalInfo { get; init; } = 512;
}
