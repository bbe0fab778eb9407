using System.Collections.Generic;
using System.Linq;

namespace V2G.Exi.Generator.Model
{
    /// <summary>
    /// Recovers the choices among a class's members from its grammar: the model flattens a choice into optional members,
    /// but the grammar still knows which members no path of events can hold together, and whether a path avoids them all.
    /// </summary>
    internal static class ChoiceAnalysis
    {
        /// <summary>
        /// For each member of <paramref name="c"/> that is an alternative of a choice: the choice's number (from 1), negative when
        /// the choice is required. Members of a group item are one required choice: each repetition holds exactly one of them.
        /// </summary>
        public static Dictionary<string, int> Of(ClassModel c, CodecModel model)
        {
            var result = new Dictionary<string, int>(System.StringComparer.Ordinal);
            if (c.IsGroupItem)
            {
                foreach (var m in c.Members)
                {
                    result[m.Name] = -1;
                }

                return result;
            }

            var grammar = GrammarOf(c, model);
            var candidates = c.Members.Where(m => m.MinOccurs == 0 && m.Kind != MemberKind.Attribute).Select(m => m.Name).ToList();
            if (grammar == null || candidates.Count < 2)
            {
                return result;
            }

            var reach = Reach(grammar);
            var parent = candidates.ToDictionary(n => n, n => n, System.StringComparer.Ordinal);
            string Find(string n) => parent[n] == n ? n : parent[n] = Find(parent[n]);
            for (int i = 0; i < candidates.Count; i++)
            {
                for (int j = i + 1; j < candidates.Count; j++)
                {
                    if (!Together(grammar, reach, candidates[i], candidates[j]))
                    {
                        parent[Find(candidates[i])] = Find(candidates[j]);
                    }
                }
            }

            int number = 0;
            foreach (var component in candidates.GroupBy(Find).Where(g => g.Count() > 1))
            {
                number++;
                var members = new HashSet<string>(component, System.StringComparer.Ordinal);
                int id = EndAvoiding(grammar, members) ? number : -number;
                foreach (var name in members)
                {
                    result[name] = id;
                }
            }

            return result;
        }

        /// <summary>
        /// For each optional member of <paramref name="c"/>: the other members every path through it also sets (a sequence that is
        /// optional as a whole but whose parts are required, such as P and Q of xmldsig's DSAKeyValue).
        /// </summary>
        public static Dictionary<string, List<string>> Requirements(ClassModel c, CodecModel model)
        {
            var result = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
            var grammar = c.IsGroupItem ? null : GrammarOf(c, model);
            if (grammar == null)
            {
                return result;
            }

            var optional = c.Members.Where(m => m.MinOccurs == 0 && m.Kind != MemberKind.Attribute).Select(m => m.Name).ToList();
            foreach (var a in optional)
            {
                var required = optional.Where(b => b != a && !EndThroughAvoiding(grammar, a, b)).ToList();
                if (required.Count > 0)
                {
                    result[a] = required;
                }
            }

            return result;
        }

        /// <summary>The grammar of the class itself, or of the first class derived from it (an abstract class has none).</summary>
        private static GrammarModel? GrammarOf(ClassModel c, CodecModel model)
        {
            var own = model.Grammars.FirstOrDefault(g => g.ClassName == c.Name);
            if (own != null)
            {
                return own;
            }

            foreach (var derived in model.Classes.Where(k => k.BaseName == c.Name))
            {
                var g = GrammarOf(derived, model);
                if (g != null)
                {
                    return g;
                }
            }

            return null;
        }

        /// <summary>The member a production sets: the group's member for elements inside a repeated group.</summary>
        private static string? Label(ProductionModel p) =>
            p.Kind == ProductionKind.StartElement || p.Kind == ProductionKind.Attribute ? p.GroupName ?? p.MemberName : null;

        /// <summary>For each state: the members some path from it sets.</summary>
        private static List<HashSet<string>> Reach(GrammarModel g)
        {
            var reach = g.States.Select(_ => new HashSet<string>(System.StringComparer.Ordinal)).ToList();
            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int s = 0; s < g.States.Count; s++)
                {
                    foreach (var p in g.States[s].Productions)
                    {
                        if (Label(p) is { } label)
                        {
                            changed |= reach[s].Add(label);
                        }

                        if (p.Target >= 0)
                        {
                            foreach (var m in reach[p.Target])
                            {
                                changed |= reach[s].Add(m);
                            }
                        }
                    }
                }
            }

            return reach;
        }

        /// <summary>Some path sets both members (in either order).</summary>
        private static bool Together(GrammarModel g, List<HashSet<string>> reach, string a, string b) =>
            g.States.SelectMany(s => s.Productions).Any(p => p.Target >= 0
                && ((Label(p) == a && reach[p.Target].Contains(b)) || (Label(p) == b && reach[p.Target].Contains(a))));

        /// <summary>A path from the first state to the end sets <paramref name="through"/> and not <paramref name="avoid"/>.</summary>
        private static bool EndThroughAvoiding(GrammarModel g, string through, string avoid)
        {
            // States paired with whether the path has set the member yet.
            var seen = new HashSet<(int, bool)> { (0, false) };
            var work = new Stack<(int State, bool Through)>();
            work.Push((0, false));
            while (work.Count > 0)
            {
                var (state, passed) = work.Pop();
                foreach (var p in g.States[state].Productions)
                {
                    string? label = Label(p);
                    if (p.Kind == ProductionKind.Unsupported || label == avoid)
                    {
                        continue;
                    }

                    bool next = passed || label == through;
                    if (p.Target < 0)
                    {
                        if (next)
                        {
                            return true;
                        }

                        continue;
                    }

                    if (seen.Add((p.Target, next)))
                    {
                        work.Push((p.Target, next));
                    }
                }
            }

            return false;
        }

        /// <summary>A path from the first state reaches the end of the element without setting any of the members.</summary>
        private static bool EndAvoiding(GrammarModel g, HashSet<string> members)
        {
            var seen = new HashSet<int> { 0 };
            var work = new Stack<int>();
            work.Push(0);
            while (work.Count > 0)
            {
                foreach (var p in g.States[work.Pop()].Productions)
                {
                    if (p.Kind == ProductionKind.Unsupported || (Label(p) is { } label && members.Contains(label)))
                    {
                        continue;
                    }

                    if (p.Target < 0)
                    {
                        return true;
                    }

                    if (seen.Add(p.Target))
                    {
                        work.Push(p.Target);
                    }
                }
            }

            return false;
        }
    }
}
