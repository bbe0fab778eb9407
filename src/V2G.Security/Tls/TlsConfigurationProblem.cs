namespace V2G.Security.Tls;

/// <summary>Why a TLS helper could not be configured, in a form code can branch on and people can read.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What exactly is missing or wrong.</param>
public sealed record TlsConfigurationProblem(TlsConfigurationProblemKind Kind, string Message)
{
    /// <summary>The kind and the message.</summary>
    public override string ToString() => $"{Kind}: {Message}";
}
