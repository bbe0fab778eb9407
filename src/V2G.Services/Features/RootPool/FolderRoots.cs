using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Authority;

namespace V2G.Services.Features.RootPool;

/// <summary>The roots of the PKI folder by OPCP root type: V2GRootCA is V2G, MORootCA is MO, OEMRootCA is OEM.</summary>
internal static class FolderRoots
{
    /// <summary>The root types OPCP defines and this pool accepts.</summary>
    public static readonly IReadOnlyList<string> Types = ["V2G", "MO", "OEM"];

    /// <summary>The type of a root of the folder: by its file name, else by the DC of its subject; null when neither says.</summary>
    public static string? TypeOf(PkiDirectoryEntry root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return root.Name switch
        {
            "V2GRootCA" => "V2G",
            "MORootCA" => "MO",
            "OEMRootCA" => "OEM",
            _ => TypeOf(root.Certificate),
        };
    }

    /// <summary>The type a root's subject DC names (V2G, MO or OEM), or null.</summary>
    public static string? TypeOf(X509Certificate2 root)
    {
        string? dc = root.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => r.GetSingleElementType().Value == "0.9.2342.19200300.100.1.25")
            .Select(r => r.GetSingleElementValue())
            .FirstOrDefault();
        return dc != null && Types.Contains(dc.ToUpperInvariant()) ? dc.ToUpperInvariant() : null;
    }

    /// <summary>The folder's roots of one type.</summary>
    public static IReadOnlyList<X509Certificate2> OfType(PkiDirectory pki, string type) =>
        pki.Roots.Where(r => TypeOf(r) == type).Select(r => r.Certificate).ToList();
}
