using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using V2G.Security.Revocation;

namespace V2G.Security.Authority;

/// <summary>A revocation a PKI folder's <c>crl/</c> files state, to import into a service's store at start.</summary>
/// <param name="CaName">The CA whose CRL lists it.</param>
/// <param name="Revocation">The entry.</param>
public sealed record FolderRevocation(string CaName, AuthorityRevocation Revocation);

/// <summary>
/// Reads the revocations of the CRLs a PKI folder ships (<c>crl/&lt;CA&gt;.crl.der</c>, as the shared PKI and
/// <c>v2g pki init</c> write them), so that a service started on the folder answers as its CRLs say. Only a CRL whose
/// signature verifies with its CA's certificate counts (fail closed); a folder without <c>crl/</c> has none.
/// </summary>
public static class FolderRevocations
{
    /// <summary>
    /// Every revocation of the folder CAs' CRLs (a CA without a key in the folder too: its CRL is verified with its certificate),
    /// the CRLNumber of each CRL read, and why a CRL file was skipped.
    /// </summary>
    /// <param name="pki">The folder.</param>
    /// <param name="skipped">One line per CRL file that is unreadable or not signed by its CA.</param>
    /// <param name="crlNumbers">The CRLNumber of each verified folder CRL by CA name (the service's CRLs must go past it).</param>
    public static IReadOnlyList<FolderRevocation> Read(
        PkiDirectory pki, out IReadOnlyList<string> skipped, out IReadOnlyDictionary<string, long> crlNumbers)
    {
        ArgumentNullException.ThrowIfNull(pki);
        var revocations = new List<FolderRevocation>();
        var problems = new List<string>();
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (PkiDirectoryEntry ca in pki.Entries.Where(e => e.IsCertificateAuthority))
        {
            string file = Path.Combine(pki.FullPath, "crl", ca.Name + ".crl.der");
            if (!File.Exists(file))
            {
                continue;
            }

            if (!CrlDocument.TryLoad(file, out CrlDocument? crl, out string? error))
            {
                problems.Add($"{file}: {error}");
                continue;
            }

            if (!CrlChecker.VerifySignature(crl, ca.Certificate, out string? reason))
            {
                problems.Add($"{file}: not signed by {ca.Name}: {reason}");
                continue;
            }

            if (crl.CrlNumber is { } hex && long.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long number))
            {
                numbers[ca.Name] = number;
            }

            foreach (X509CrlEntry entry in crl.Crl.GetRevokedCertificates() ?? new HashSet<X509CrlEntry>())
            {
                var at = new DateTimeOffset(DateTime.SpecifyKind(entry.RevocationDate, DateTimeKind.Utc));
                string serial = CertificateSerial.FromBigEndian(entry.SerialNumber.ToByteArrayUnsigned());
                revocations.Add(new FolderRevocation(ca.Name, new AuthorityRevocation(serial, at, ReasonOf(entry))));
            }
        }

        skipped = problems;
        crlNumbers = numbers;
        return revocations;
    }

    private static RevocationReason ReasonOf(X509CrlEntry entry)
    {
        Asn1OctetString? value = entry.GetExtensionValue(X509Extensions.ReasonCode);
        if (value is null)
        {
            return RevocationReason.Unspecified;
        }

        int code = DerEnumerated.GetInstance(Asn1Object.FromByteArray(value.GetOctets())).IntValueExact;
        return Enum.IsDefined((RevocationReason)code) ? (RevocationReason)code : RevocationReason.Unspecified;
    }
}
