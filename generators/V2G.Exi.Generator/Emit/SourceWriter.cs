using System.Text;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>A small indenting text writer for generated C#.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder text = new StringBuilder();
        private int indent;

        public SourceWriter()
        {
        }

        /// <summary>A writer for a block that is appended to another writer at this indentation.</summary>
        public SourceWriter(int indent) => this.indent = indent;

        /// <summary>The current indentation level.</summary>
        public int Indentation => indent;

        /// <summary>Appends the text of a block written separately (see <see cref="SourceWriter(int)"/>).</summary>
        public SourceWriter Append(SourceWriter block)
        {
            text.Append(block.text);
            return this;
        }

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                text.Append(' ', indent * 4);
            }

            text.Append(line).Append('\n');
            return this;
        }

        public SourceWriter Open(string line)
        {
            Line(line);
            Line("{");
            indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            indent--;
            Line("}" + suffix);
            return this;
        }

        public SourceWriter Indent()
        {
            indent++;
            return this;
        }

        public SourceWriter Outdent()
        {
            indent--;
            return this;
        }

        /// <summary>Writes an XML doc summary, escaping markup.</summary>
        public SourceWriter Summary(string text)
        {
            Line("/// <summary>" + Escape(text) + "</summary>");
            return this;
        }

        public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>A C# string literal.</summary>
        public static string Literal(string value)
        {
            var sb = new StringBuilder("\"");
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.Append('"').ToString();
        }

        public override string ToString() => text.ToString();
    }
}
