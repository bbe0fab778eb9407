using System;

namespace V2G.Exi.Generator.Schema
{
    /// <summary>An XML qualified name: namespace URI and local name (prefixes never matter to EXI).</summary>
    internal readonly struct QualifiedName : IEquatable<QualifiedName>
    {
        public QualifiedName(string ns, string local)
        {
            Namespace = ns ?? string.Empty;
            LocalName = local;
        }

        public string Namespace { get; }

        public string LocalName { get; }

        public bool Equals(QualifiedName other) => Namespace == other.Namespace && LocalName == other.LocalName;

        public override bool Equals(object? obj) => obj is QualifiedName other && Equals(other);

        public override int GetHashCode() => unchecked((Namespace.GetHashCode() * 397) ^ LocalName.GetHashCode());

        public override string ToString() => "{" + Namespace + "}" + LocalName;

        /// <summary>EXI order of qualified names (§8.5.4.3 and Appendix E/F): local name first, then URI, both by code unit.</summary>
        public static int CompareExi(QualifiedName a, QualifiedName b)
        {
            int c = string.CompareOrdinal(a.LocalName, b.LocalName);
            return c != 0 ? c : string.CompareOrdinal(a.Namespace, b.Namespace);
        }
    }
}
