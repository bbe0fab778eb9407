using System.Collections.Generic;
using System.Linq;
using System.Text;
using V2G.Exi.Generator.Schema;
using V2G.Exi.Rules;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>
    /// A canonical text form of a schema set's grammars: every grammar reachable from the document and
    /// fragment grammars, numbered in order of first use, with every state's productions, event codes,
    /// widths, second-level productions and value datatypes. Two schema sets that encode every
    /// document with the same bits have the same dump.
    /// </summary>
    internal static class GrammarDump
    {
        public static string Write(SchemaGrammars grammars)
        {
            var sb = new StringBuilder();
            var numbering = new Dictionary<GrammarKey, int>();
            var queue = new Queue<GrammarKey>();

            int Number(ElementDeclaration element)
            {
                var key = GrammarKey.Of(element);
                if (!numbering.TryGetValue(key, out int n))
                {
                    n = numbering.Count;
                    numbering.Add(key, n);
                    queue.Enqueue(key);
                }

                return n;
            }

            var doc = grammars.DocumentElements;
            sb.Append("DocContent width=").Append(ExiRules.CodeWidth(doc.Count + 1)).AppendLine();
            for (int i = 0; i < doc.Count; i++)
            {
                sb.Append("  ").Append(i).Append(" SE(").Append(doc[i].Name).Append(") G").Append(Number(doc[i])).AppendLine();
            }

            sb.Append("  ").Append(doc.Count).AppendLine(" SE(*)");
            var fragment = grammars.FragmentElements;
            sb.Append("FragmentContent width=").Append(ExiRules.CodeWidth(fragment.Count + 2)).AppendLine();
            for (int i = 0; i < fragment.Count; i++)
            {
                sb.Append("  ").Append(i).Append(" SE(").Append(fragment[i].Name).Append(") ")
                  .AppendLine(fragment[i].Declaration == null ? "relaxed" : "G" + Number(fragment[i].Declaration!));
            }

            sb.Append("  ").Append(fragment.Count).AppendLine(" SE(*)");
            sb.Append("  ").Append(fragment.Count + 1).AppendLine(" ED");
            var relaxed = grammars.ElementFragment;
            sb.Append("ElementFragment_0 width=").Append(relaxed.StartWidth).Append(" AT:");
            foreach (var a in relaxed.Attributes)
            {
                sb.Append(' ').Append(a.Name).Append(a.Type == null ? "[untyped]" : "[" + ExiDatatype.For(a.Type).Describe() + "]");
            }

            sb.AppendLine();
            sb.Append("  EE ").Append(relaxed.StartEndElementCode).Append(" CH ").Append(relaxed.StartCharactersCode).AppendLine();
            sb.Append("ElementFragment_1 width=").Append(relaxed.ContentWidth).Append(" EE ").Append(relaxed.ContentEndElementCode)
              .Append(" CH ").Append(relaxed.ContentCharactersCode).AppendLine();

            while (queue.Count > 0)
            {
                var key = queue.Dequeue();
                var grammar = grammars.TypeGrammars[key];
                sb.Append("G").Append(numbering[key]).Append(" type=").Append(key.Type.Name?.ToString() ?? "anonymous")
                  .Append(key.Nillable ? " nillable" : string.Empty).AppendLine();
                foreach (var state in grammar.States)
                {
                    sb.Append("  S").Append(state.Index).Append(state.IsStartTag ? " start-tag" : " content")
                      .Append(" width=").Append(state.FirstLevelWidth)
                      .Append(" second=").Append(string.Join(",", state.SecondLevel)).AppendLine();
                    for (int code = 0; code < state.Productions.Count; code++)
                    {
                        var p = state.Productions[code];
                        sb.Append("    ").Append(code).Append(' ').Append(Terminal(p.Event, key.Type, Number));
                        sb.AppendLine(p.Target == null ? string.Empty : " -> S" + p.Target.Index);
                    }
                }
            }

            return sb.ToString();
        }

        private static string Terminal(GrammarEvent e, TypeDefinition owner, System.Func<ElementDeclaration, int> number)
        {
            switch (e.Kind)
            {
                case EventKind.StartElement:
                    return e.Terminal + " G" + number(e.Element!);
                case EventKind.Attribute:
                    return e.Terminal + " " + ExiDatatype.For(e.AttributeUse!.Declaration.Type).Describe();
                case EventKind.Characters when !e.IsUntyped:
                    var simple = owner as SimpleTypeDefinition ?? ((ComplexTypeDefinition)owner).SimpleContent!;
                    return "CH " + ExiDatatype.For(simple).Describe();
                default:
                    return e.Terminal;
            }
        }
    }
}
