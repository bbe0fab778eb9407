using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// What the generator knows, at one point of an emitted <c>Write</c> method, about the grammar state the encoder is
    /// in: the set of states it can be in. Where that set is one state, the next event code is a constant and is
    /// written inline; elsewhere the runtime <c>state</c> variable and the terminal's transition method decide.
    /// </summary>
    /// <remarks>
    /// Invariant: when <see cref="materialized"/> is false the set holds one state and the runtime variable may lag
    /// behind it; before any branch, loop or transition method the variable is brought up to date.
    /// </remarks>
    internal sealed class WriteFlow
    {
        private readonly GrammarModel grammar;
        private SortedSet<int> possible;
        private bool materialized;

        public WriteFlow(GrammarModel grammar)
        {
            this.grammar = grammar;
            possible = new SortedSet<int> { grammar.States[0].Index };
            materialized = true; // the declaration's initializer holds the start state
        }

        private WriteFlow(WriteFlow other)
        {
            grammar = other.grammar;
            possible = new SortedSet<int>(other.possible);
            materialized = other.materialized;
        }

        /// <summary>True once an emitted statement reads or writes the runtime <c>state</c> variable.</summary>
        public bool UsesState { get; private set; }

        /// <summary>True once an emitted transition call passes the repeat counter of a counted grammar.</summary>
        public bool UsesRepeat { get; private set; }

        /// <summary>The terminals whose transition methods the emitted code calls.</summary>
        public HashSet<string> CalledTransitions { get; } = new HashSet<string>(System.StringComparer.Ordinal);

        private bool Counted => grammar.States.Any(s => s.RepeatCount > 1);

        /// <summary>Emits the event code of a terminal: a constant when the state is known here, else the transition call.</summary>
        public void Terminal(SourceWriter w, string terminalId)
        {
            if (possible.Count == 1)
            {
                var from = State(possible.Min);
                var p = from.Productions.FirstOrDefault(x => x.TerminalId == terminalId);
                if (p != null && from.RepeatCount <= 1 && (p.Target < 0 || State(p.Target).RepeatCount <= 1))
                {
                    string comment = "// " + from.Name + ": " + p.Terminal;
                    w.Line(from.Width == 0 ? comment + " (the only production: no bits)" : "writer.WriteBits(" + p.Code + ", " + from.Width + "); " + comment);
                    possible = p.Target < 0 ? new SortedSet<int>() : new SortedSet<int> { p.Target };
                    materialized = false;
                    return;
                }
            }

            Materialize(w);
            CalledTransitions.Add(terminalId);
            UsesRepeat |= Counted;
            string call = terminalId + "(ref writer, state" + (Counted ? ", ref repeat" : string.Empty) + ");";
            w.Line(terminalId == "EE" ? call : "state = " + call);
            possible = Targets(terminalId);
        }

        /// <summary>Brings the runtime variable up to date (before a branch, a loop or a transition call).</summary>
        public void Materialize(SourceWriter w)
        {
            UsesState = true;
            if (!materialized && possible.Count > 0)
            {
                w.Line("state = " + State(possible.Min).Name + ";");
                materialized = true;
            }
        }

        /// <summary>Starts a branch that may be skipped: returns what holds where the branch is not taken.</summary>
        public SortedSet<int> BeginBranch(SourceWriter w)
        {
            Materialize(w);
            return new SortedSet<int>(possible);
        }

        /// <summary>Ends a branch: afterwards the encoder is where the branch left it or where it was without it.</summary>
        public void EndBranch(SourceWriter w, SortedSet<int> other)
        {
            Materialize(w);
            possible.UnionWith(other);
        }

        /// <summary>Ends one alternative of a branch point: returns where it leaves the encoder.</summary>
        public SortedSet<int> EndAlternative(SourceWriter w)
        {
            Materialize(w);
            return new SortedSet<int>(possible);
        }

        /// <summary>The states possible here (a copy).</summary>
        public SortedSet<int> Possible => new SortedSet<int>(possible);

        /// <summary>
        /// True if, starting from one known state, every alternative ends in one and the same state: then neither
        /// the branch point nor the alternatives need the runtime variable (found by emitting into discarded writers).
        /// </summary>
        public bool EndInOneState(IEnumerable<System.Action<SourceWriter, WriteFlow>> alternatives)
        {
            if (possible.Count != 1)
            {
                return false;
            }

            var ends = new SortedSet<int>();
            foreach (var alternative in alternatives)
            {
                var trial = new WriteFlow(this);
                alternative(new SourceWriter(), trial);
                ends.UnionWith(trial.possible);
            }

            return ends.Count == 1;
        }

        /// <summary>Starts another alternative of a branch point, in the states (and runtime variable) of the branch point.</summary>
        public void Restart(SortedSet<int> atBranch, bool upToDate)
        {
            possible = new SortedSet<int>(atBranch);
            materialized = upToDate;
        }

        /// <summary>
        /// Continues after a branch point whose alternatives led to these states; <paramref name="upToDate"/> is false
        /// when they all ended in one state without bringing the runtime variable up to date.
        /// </summary>
        public void Join(SortedSet<int> states, bool upToDate)
        {
            possible = new SortedSet<int>(states);
            materialized = upToDate;
        }

        /// <summary>Whether the runtime variable is up to date here.</summary>
        public bool IsMaterialized => materialized;

        /// <summary>
        /// Emits a loop body for the states it can start in: those before the loop and those any number of iterations
        /// leave (a fixed point found by emitting the body into a discarded writer until the set stops growing).
        /// </summary>
        public void Loop(SourceWriter w, string header, System.Action<SourceWriter, WriteFlow> body)
        {
            var entry = new SortedSet<int>(possible);
            while (true)
            {
                var trial = new WriteFlow(this) { possible = new SortedSet<int>(entry), materialized = true };
                body(new SourceWriter(), trial);
                trial.Materialize(new SourceWriter());
                if (trial.possible.IsSubsetOf(entry))
                {
                    break;
                }

                entry.UnionWith(trial.possible);
            }

            if (entry.Count == 1)
            {
                // Every iteration starts in the state the loop is entered in: its codes are constants too. The
                // runtime variable is taken to lag behind (an iteration may have moved on from where it was set).
                materialized = false;
                w.Open(header);
                body(w, this);
                w.Close();
                possible = entry;
                materialized = false;
                return;
            }

            Materialize(w);
            possible = new SortedSet<int>(entry);
            materialized = true;
            w.Open(header);
            body(w, this);
            Materialize(w);
            w.Close();
            possible.UnionWith(entry);
        }

        /// <summary>The states a transition call can lead to from the states possible now (a counted state may stay).</summary>
        private SortedSet<int> Targets(string terminalId)
        {
            var targets = new SortedSet<int>();
            foreach (int index in possible)
            {
                var from = State(index);
                var p = from.Productions.FirstOrDefault(x => x.TerminalId == terminalId);
                if (p == null)
                {
                    continue; // the transition call refuses the terminal there
                }

                if (p.Target >= 0)
                {
                    targets.Add(p.Target);
                }

                if (from.RepeatCount > 1 && p.Terminal == from.RepeatTerminal)
                {
                    targets.Add(from.Index);
                }
            }

            return targets;
        }

        private StateModel State(int index) => grammar.States.First(s => s.Index == index);
    }
}
