using System.Collections.Generic;
using System.Text;

namespace V2G.Exi.Generator.Model
{
    /// <summary>C# names for XML names: PascalCase, valid identifiers, unique within a scope.</summary>
    internal static class Naming
    {
        public static string Pascal(string xmlName)
        {
            var sb = new StringBuilder(xmlName.Length);
            bool upper = true;
            foreach (char c in xmlName)
            {
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    sb.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    // '-', '.', '/' and other separators start a new word.
                    upper = true;
                    if (c != '-' && c != '.')
                    {
                        sb.Append('_');
                    }
                }
            }

            if (sb.Length == 0 || char.IsDigit(sb[0]))
            {
                sb.Insert(0, '_');
            }

            return sb.ToString();
        }

        /// <summary>An identifier for an enumeration value, keeping its spelling where C# allows it.</summary>
        public static string EnumMember(string value)
        {
            var sb = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                sb.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (sb.Length == 0 || char.IsDigit(sb[0]))
            {
                sb.Insert(0, '_');
            }

            return EscapeKeyword(sb.ToString());
        }

        /// <summary>C# keywords become verbatim identifiers (an enumeration value "int" is the member @int).</summary>
        private static string EscapeKeyword(string identifier) =>
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(identifier) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + identifier : identifier;

        /// <summary>Returns <paramref name="name"/>, or it with a number appended, so that it is unique in <paramref name="used"/>.</summary>
        public static string Unique(string name, HashSet<string> used)
        {
            string candidate = name;
            for (int i = 2; !used.Add(candidate); i++)
            {
                candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
