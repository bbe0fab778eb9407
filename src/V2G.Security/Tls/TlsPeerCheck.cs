using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;

namespace V2G.Security.Tls;

/// <summary>
/// The certificate callback of one handshake: validates the other side's chain with <see cref="CertificateChainValidator"/>
/// instead of the platform's trust store, and records the <see cref="TlsPeerVerdict"/>. Create one per connection.
/// </summary>
public sealed class TlsPeerCheck
{
    // Chain and name errors come from the platform not knowing the V2G roots; ISO 15118 does not bind certificates to host names.
    private const SslPolicyErrors Overridable = SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch;

    private readonly TlsPeerValidation _validation;
    private readonly SecurityProfile? _profile;

    internal TlsPeerCheck(TlsPeerValidation validation, SecurityProfile? profile)
    {
        _validation = validation;
        _profile = profile;
    }

    /// <summary>The decision of the last callback, or null when the handshake has not reached the peer's certificate.</summary>
    public TlsPeerVerdict? Verdict { get; private set; }

    /// <summary>The callback to put in the authentication options.</summary>
    public RemoteCertificateValidationCallback Callback => Validate;

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Verdict = Decide(sender as SslStream, certificate, chain, errors);
        return Verdict.IsAccepted;
    }

    private TlsPeerVerdict Decide(SslStream? stream, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        SslProtocols protocol = NegotiatedProtocol(stream);
        SecurityProfile? profile = _profile ?? V2GTlsParameters.ProfileFor(protocol);
        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return new(TlsPeerRefusal.NoCertificate, null, profile, protocol, errors,
                $"refused: the peer sent no certificate, a {_validation.Role} certificate is required");
        }

        if ((errors & ~Overridable) != SslPolicyErrors.None)
        {
            return new(TlsPeerRefusal.PlatformError, null, profile, protocol, errors, $"refused: the platform reported {errors}");
        }

        if (profile is not { } known)
        {
            return new(TlsPeerRefusal.UnknownProfile, null, null, protocol, errors,
                $"refused: negotiated protocol {protocol} implies no ISO 15118 profile and none was configured");
        }

        // A copy the verdict keeps (its Path starts with it), independent of the platform's certificate object.
        X509Certificate2 leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        X509Certificate2[] subCertificates = PresentedSubCertificates(leaf, chain);
        var options = new ChainValidationOptions
        {
            Profile = known,
            Role = _validation.Role,
            ValidationTime = _validation.Clock.GetUtcNow(),
            RevocationChecker = _validation.RevocationChecker,
            RevocationPolicy = _validation.RevocationPolicy,
        };
        ChainValidationResult result = CertificateChainValidator.Validate(leaf, subCertificates, _validation.TrustAnchors, options);
        return result.IsValid
            ? new(TlsPeerRefusal.None, result, known, protocol, errors, $"accepted: {result}")
            : new(TlsPeerRefusal.ChainInvalid, result, known, protocol, errors, $"refused: {result}");
    }

    private static SslProtocols NegotiatedProtocol(SslStream? stream)
    {
        try
        {
            return stream?.SslProtocol ?? SslProtocols.None;
        }
        catch (InvalidOperationException)
        {
            return SslProtocols.None;
        }
    }

    /// <summary>The certificates the peer sent besides the leaf, as copies this verdict owns.</summary>
    private static X509Certificate2[] PresentedSubCertificates(X509Certificate2 leaf, X509Chain? chain)
    {
        if (chain is null)
        {
            return [];
        }

        IEnumerable<X509Certificate2> sent = chain.ChainPolicy.ExtraStore.Cast<X509Certificate2>()
            .Concat(chain.ChainElements.Select(e => e.Certificate));
        var seen = new HashSet<string>(StringComparer.Ordinal) { leaf.Thumbprint };
        return sent.Where(c => seen.Add(c.Thumbprint)).Select(c => X509CertificateLoader.LoadCertificate(c.RawData)).ToArray();
    }
}
