using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Csr;

/// <summary>The extensions every leaf request asks for: keyUsage (critical) and basicConstraints CA:false (critical).</summary>
internal static class CsrExtensions
{
    public static IReadOnlyList<X509Extension> For(X509KeyUsageFlags usage) =>
    [
        new X509KeyUsageExtension(usage, critical: true),
        new X509BasicConstraintsExtension(false, false, 0, critical: true),
    ];
}
