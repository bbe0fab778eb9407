using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Certificates;

/// <summary>A certificate pool held in memory: trust anchors per group, plus sub-CAs (and other certificates) to look up.</summary>
public sealed class InMemoryCertificatePool : ICertificatePool
{
    private readonly Dictionary<TrustAnchorGroup, List<X509Certificate2>> anchors = [];
    private readonly List<(X509Certificate2 Certificate, byte[]? KeyIdentifier)> all = [];

    /// <summary>Trusts <paramref name="root"/> as an anchor of <paramref name="group"/> (it is also found by lookups).</summary>
    public void AddTrustAnchor(X509Certificate2 root, TrustAnchorGroup group)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!anchors.TryGetValue(group, out List<X509Certificate2>? list))
        {
            anchors[group] = list = [];
        }

        if (!list.Any(c => c.RawDataMemory.Span.SequenceEqual(root.RawDataMemory.Span)))
        {
            list.Add(root);
        }

        AddCertificate(root);
    }

    /// <summary>Adds a certificate (typically a sub-CA) that lookups return; it is not trusted by itself.</summary>
    public void AddCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (all.Any(e => e.Certificate.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span)))
        {
            return;
        }

        byte[]? keyIdentifier = CertificateParser.TryParse(certificate, out ParsedCertificate? parsed, out _)
            ? parsed.SubjectKeyIdentifier
            : null;
        all.Add((certificate, keyIdentifier));
    }

    /// <summary>Every certificate of the pool, anchors included.</summary>
    public IReadOnlyList<X509Certificate2> Certificates => all.Select(e => e.Certificate).ToArray();

    /// <inheritdoc/>
    public IReadOnlyList<X509Certificate2> GetTrustAnchors(TrustAnchorGroup group) =>
        anchors.TryGetValue(group, out List<X509Certificate2>? list) ? list.ToArray() : [];

    /// <inheritdoc/>
    public IReadOnlyList<X509Certificate2> FindBySubject(X500DistinguishedName subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return all.Where(e => e.Certificate.SubjectName.RawData.AsSpan().SequenceEqual(subject.RawData))
            .Select(e => e.Certificate).ToArray();
    }

    /// <inheritdoc/>
    public IReadOnlyList<X509Certificate2> FindBySubjectKeyIdentifier(ReadOnlySpan<byte> keyIdentifier)
    {
        var found = new List<X509Certificate2>();
        foreach ((X509Certificate2 certificate, byte[]? ski) in all)
        {
            if (ski != null && ski.AsSpan().SequenceEqual(keyIdentifier))
            {
                found.Add(certificate);
            }
        }

        return found;
    }
}
