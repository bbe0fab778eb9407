using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Grammar;

namespace V2G.Exi.Generator.Model
{
    /// <summary>
    /// Folds chains of grammar states that a bounded maxOccurs creates (§8.5.4.1.6 expands
    /// maxOccurs="1024" into 1024 copies) into one counted state: the copies have the same productions
    /// and event codes and differ only in how many more repeats may follow. Generated code keeps one
    /// location per chain and a repeat counter, so large bounds cost no code size.
    /// </summary>
    internal static class CountedStates
    {
        internal sealed class Counted
        {
            public Counted(int index, GrammarState state)
            {
                Index = index;
                State = state;
            }

            public int Index { get; }

            /// <summary>The first state of the chain: its productions stand for all of them.</summary>
            public GrammarState State { get; }

            /// <summary>How many states the chain has (1 for a plain state).</summary>
            public int RepeatCount { get; set; } = 1;

            /// <summary>The repeating terminal (null for a plain state).</summary>
            public GrammarEvent? RepeatTerminal { get; set; }

            /// <summary>Where the repeating terminal goes after the last repeat.</summary>
            public GrammarState? Exit { get; set; }

            public Dictionary<GrammarState, int> IndexOf { get; set; } = null!;

            /// <summary>Index of the counted state a production leads to (the chain itself for a repeat).</summary>
            public int TargetOf(Production p)
            {
                if (RepeatTerminal != null && ReferenceEquals(p.Event, RepeatTerminal))
                {
                    return IndexOf[Exit!];
                }

                return IndexOf[p.Target!];
            }
        }

        public static List<Counted> Compress(List<GrammarState> states)
        {
            var inDegree = new Dictionary<GrammarState, int>();
            foreach (var s in states)
            {
                foreach (var p in s.Productions)
                {
                    if (p.Target != null && p.Target != s)
                    {
                        inDegree[p.Target] = inDegree.TryGetValue(p.Target, out int d) ? d + 1 : 1;
                    }
                }
            }

            var absorbed = new HashSet<GrammarState>();
            var result = new List<Counted>();
            var owner = new Dictionary<GrammarState, Counted>();
            foreach (var state in states)
            {
                if (absorbed.Contains(state))
                {
                    continue;
                }

                var counted = new Counted(result.Count, state);
                result.Add(counted);
                owner[state] = counted;
                for (int i = 0; i < state.Productions.Count; i++)
                {
                    var chain = new List<GrammarState> { state };
                    var current = state;
                    while (true)
                    {
                        var next = current.Productions[i].Target;
                        if (next == null || chain.Contains(next) || absorbed.Contains(next) || !SameExceptRepeat(current, next, i)
                            || (inDegree.TryGetValue(next, out int d) ? d : 0) != 1)
                        {
                            break;
                        }

                        chain.Add(next);
                        current = next;
                    }

                    if (chain.Count > 1)
                    {
                        counted.RepeatCount = chain.Count;
                        counted.RepeatTerminal = state.Productions[i].Event;
                        counted.Exit = chain[chain.Count - 1].Productions[i].Target;
                        foreach (var member in chain.Skip(1))
                        {
                            absorbed.Add(member);
                        }

                        break;
                    }
                }
            }

            // States absorbed into a chain are only reached through the chain, so no other production targets them.
            var indexOf = new Dictionary<GrammarState, int>();
            foreach (var c in result)
            {
                indexOf[c.State] = c.Index;
            }

            foreach (var c in result)
            {
                c.IndexOf = indexOf;
            }

            return result;
        }

        private static bool SameExceptRepeat(GrammarState a, GrammarState b, int repeatIndex)
        {
            if (a.Productions.Count != b.Productions.Count || a.IsStartTag != b.IsStartTag || a.IsInitial != b.IsInitial || !a.SecondLevel.SequenceEqual(b.SecondLevel))
            {
                return false;
            }

            for (int i = 0; i < a.Productions.Count; i++)
            {
                var pa = a.Productions[i];
                var pb = b.Productions[i];
                if (pa.Event.Terminal != pb.Event.Terminal || pa.Event.Particle != pb.Event.Particle || pa.Event.AttributeUse != pb.Event.AttributeUse || pa.Event.Element != pb.Event.Element)
                {
                    return false;
                }

                if (i != repeatIndex && pa.Target != pb.Target && !(pa.Target == a && pb.Target == b))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
