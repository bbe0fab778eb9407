using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>
    /// An automaton with epsilon moves that mirrors the proto-grammars of §8.5.4.1, and its
    /// normalisation (§8.5.4.2): epsilon elimination and merging of productions with the same terminal,
    /// which is the subset construction. Equivalent states are then merged so that generated code
    /// has one code location per distinct state.
    /// </summary>
    internal sealed class ContentAutomaton
    {
        private readonly List<Node> nodes = new List<Node>();

        public int NewNode(bool isAttributePhase)
        {
            nodes.Add(new Node(isAttributePhase));
            return nodes.Count - 1;
        }

        public void Epsilon(int from, int to) => nodes[from].Edges.Add((null, to));

        public void Edge(int from, GrammarEvent terminal, int to) => nodes[from].Edges.Add((terminal, to));

        /// <summary>Marks the node after which EE ends the element.</summary>
        public void Accept(int node) => nodes[node].Accepts = true;

        /// <summary>Adds a CH[untyped] self-loop to a content node (mixed content).</summary>
        public void MixedCharacters(int node) => nodes[node].Mixed = true;

        public int NodeCount => nodes.Count;

        /// <summary>Normalises the automaton starting at <paramref name="start"/> into grammar states (unsorted productions).</summary>
        public List<GrammarState> Normalise(int start, Func<GrammarEvent, string> duplicateTerminal)
        {
            var states = new List<GrammarState>();
            var sets = new List<int[]>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var pending = new Queue<int>();

            int Intern(int[] set)
            {
                string key = string.Join(",", set);
                if (!index.TryGetValue(key, out int id))
                {
                    id = states.Count;
                    index.Add(key, id);
                    sets.Add(set);
                    states.Add(new GrammarState(id));
                    pending.Enqueue(id);
                }

                return id;
            }

            var initial = Intern(Closure(new[] { start }));
            states[initial].IsInitial = true;
            var targetsOf = new Dictionary<int, int>();
            while (pending.Count > 0)
            {
                int id = pending.Dequeue();
                var set = sets[id];
                var state = states[id];
                state.IsStartTag = set.Any(n => nodes[n].IsAttributePhase);
                var byTerminal = new Dictionary<string, (GrammarEvent Event, SortedSet<int> Targets)>(StringComparer.Ordinal);
                var order = new List<string>();
                bool accepts = false;
                bool mixed = false;
                foreach (int n in set)
                {
                    accepts |= nodes[n].Accepts;
                    mixed |= nodes[n].Mixed;
                    foreach (var (terminal, to) in nodes[n].Edges)
                    {
                        if (terminal == null)
                        {
                            continue;
                        }

                        string key = terminal.Terminal;
                        if (byTerminal.TryGetValue(key, out var existing))
                        {
                            if (existing.Event.Particle != terminal.Particle || existing.Event.AttributeUse != terminal.AttributeUse || existing.Event.Element != terminal.Element)
                            {
                                // Two particles compete for one terminal: the schema breaks Unique Particle Attribution.
                                throw new InvalidOperationException(duplicateTerminal(terminal));
                            }

                            existing.Targets.Add(to);
                        }
                        else
                        {
                            byTerminal.Add(key, (terminal, new SortedSet<int> { to }));
                            order.Add(key);
                        }
                    }
                }

                foreach (var key in order)
                {
                    var (terminal, targets) = byTerminal[key];
                    int target = Intern(Closure(targets));
                    state.Productions.Add(new Production(terminal, states[target]));
                }

                if (mixed)
                {
                    state.Productions.Add(new Production(GrammarEvent.Characters(untyped: true), state));
                }

                if (accepts)
                {
                    state.Productions.Add(new Production(GrammarEvent.EndElement, null));
                }
            }

            return states;
        }

        private int[] Closure(IEnumerable<int> seeds)
        {
            var result = new SortedSet<int>();
            var stack = new Stack<int>(seeds);
            while (stack.Count > 0)
            {
                int n = stack.Pop();
                if (!result.Add(n))
                {
                    continue;
                }

                foreach (var (terminal, to) in nodes[n].Edges)
                {
                    if (terminal == null)
                    {
                        stack.Push(to);
                    }
                }
            }

            return result.ToArray();
        }

        /// <summary>
        /// Merges states that no encoder or decoder can tell apart: same terminals with the same bindings
        /// in the same order, same flags, equivalent successors. Hopcroft's partition refinement, so that
        /// long bounded repetitions (maxOccurs="1024") cost n log n rather than n squared.
        /// Productions must already be sorted. Returns the surviving states, the initial one first.
        /// </summary>
        public static List<GrammarState> Minimise(List<GrammarState> states)
        {
            int n = states.Count;
            var block = new int[n];
            var members = new List<List<int>>();
            var signatures = new Dictionary<string, int>(StringComparer.Ordinal);
            var identities = new Dictionary<object, int>(ReferenceComparer.Instance);
            for (int i = 0; i < n; i++)
            {
                int b = Intern(signatures, LocalSignature(states[i], identities));
                if (b == members.Count)
                {
                    members.Add(new List<int>());
                }

                block[i] = b;
                members[b].Add(i);
            }

            // Letter a = the a-th production; predecessors[a][t] = the states whose a-th production leads to t.
            // States of one initial block have the same productions, so EE (no target) never splits a block.
            int letters = states.Count == 0 ? 0 : states.Max(st => st.Productions.Count);
            var predecessors = new List<int>?[letters, n];
            for (int s = 0; s < n; s++)
            {
                var productions = states[s].Productions;
                for (int a = 0; a < productions.Count; a++)
                {
                    if (productions[a].Target is { } target)
                    {
                        (predecessors[a, target.Index] ??= new List<int>()).Add(s);
                    }
                }
            }

            var pending = new Stack<(int Block, int Letter)>();
            var queued = new HashSet<(int, int)>();
            for (int b = 0; b < members.Count; b++)
            {
                for (int a = 0; a < letters; a++)
                {
                    pending.Push((b, a));
                    queued.Add((b, a));
                }
            }

            var touched = new Dictionary<int, List<int>>();
            while (pending.Count > 0)
            {
                var (splitter, letter) = pending.Pop();
                queued.Remove((splitter, letter));

                // The states whose transition on the letter enters the splitter, grouped by their block.
                touched.Clear();
                foreach (int t in members[splitter])
                {
                    if (predecessors[letter, t] is { } sources)
                    {
                        foreach (int s in sources)
                        {
                            if (!touched.TryGetValue(block[s], out var list))
                            {
                                touched.Add(block[s], list = new List<int>());
                            }

                            list.Add(s);
                        }
                    }
                }

                foreach (var pair in touched)
                {
                    int y = pair.Key;
                    var inside = pair.Value;
                    if (inside.Count == members[y].Count)
                    {
                        continue;
                    }

                    // Split y: the states that enter the splitter form a new block; y keeps the others.
                    int fresh = members.Count;
                    var moved = new HashSet<int>(inside);
                    members.Add(inside);
                    members[y] = members[y].Where(s => !moved.Contains(s)).ToList();
                    foreach (int s in inside)
                    {
                        block[s] = fresh;
                    }

                    int smaller = members[fresh].Count <= members[y].Count ? fresh : y;
                    for (int a = 0; a < letters; a++)
                    {
                        int add = queued.Contains((y, a)) ? fresh : smaller;
                        if (queued.Add((add, a)))
                        {
                            pending.Push((add, a));
                        }
                    }
                }
            }

            // Keep the first state of each block (in discovery order, so the initial state stays first).
            var representative = new Dictionary<int, GrammarState>();
            var result = new List<GrammarState>();
            foreach (var state in states)
            {
                if (!representative.ContainsKey(block[state.Index]))
                {
                    representative.Add(block[state.Index], state);
                    result.Add(state);
                }
            }

            foreach (var state in result)
            {
                foreach (var p in state.Productions)
                {
                    if (p.Target != null)
                    {
                        p.Target = representative[block[p.Target.Index]];
                    }
                }
            }

            for (int i = 0; i < result.Count; i++)
            {
                result[i].Index = i;
            }

            return result;
        }

        private static int Intern(Dictionary<string, int> table, string key)
        {
            if (!table.TryGetValue(key, out int id))
            {
                id = table.Count;
                table.Add(key, id);
            }

            return id;
        }

        private static int Identity(Dictionary<object, int> identities, object? item)
        {
            if (item == null)
            {
                return 0;
            }

            if (!identities.TryGetValue(item, out int id))
            {
                id = identities.Count + 1;
                identities.Add(item, id);
            }

            return id;
        }

        private static string LocalSignature(GrammarState state, Dictionary<object, int> identities)
        {
            var sb = new StringBuilder();
            sb.Append(state.IsStartTag ? 'T' : 'C').Append(state.IsInitial ? 'I' : '-');
            foreach (var p in state.Productions)
            {
                sb.Append(p.Event.Terminal).Append('#')
                  .Append(Identity(identities, p.Event.Particle))
                  .Append('#')
                  .Append(Identity(identities, p.Event.AttributeUse))
                  .Append('#')
                  .Append(Identity(identities, p.Event.Element))
                  .Append(';');
            }

            return sb.ToString();
        }

        private sealed class ReferenceComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

            public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        private sealed class Node
        {
            public Node(bool isAttributePhase)
            {
                IsAttributePhase = isAttributePhase;
            }

            public bool IsAttributePhase { get; }

            public bool Accepts { get; set; }

            public bool Mixed { get; set; }

            public List<(GrammarEvent? Terminal, int To)> Edges { get; } = new List<(GrammarEvent?, int)>();
        }
    }
}
