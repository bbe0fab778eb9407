using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <content>
    /// Straight-line decoders for grammars that are a chain: every state has one first-level production, leading to
    /// the next state, until EE (a simple type's value, a sequence of required elements). Such a decoder reads each
    /// event code once, in order, with no state variable and no loop.
    /// </content>
    internal sealed partial class GrammarEmitter
    {
        /// <summary>The grammar's states in chain order, or null when some state has a choice, a repeat or a cycle.</summary>
        private static List<StateModel>? LinearChain(GrammarModel g)
        {
            var chain = new List<StateModel>();
            var state = g.States[0];
            while (true)
            {
                if (state.RepeatCount > 1 || state.Productions.Count != 1 || state.Productions[0].Kind == ProductionKind.Unsupported
                    || chain.Contains(state))
                {
                    return null;
                }

                chain.Add(state);
                var p = state.Productions[0];
                if (p.Kind == ProductionKind.EndElement)
                {
                    return chain.Count == g.States.Count ? chain : null;
                }

                state = State(g, p.Target);
            }
        }

        private void EmitLinearRead(SourceWriter w, List<StateModel> chain, System.Func<ProductionModel, IEnumerable<string>> handle, string onEnd, string? onSecondLevelEnd)
        {
            for (int i = 0; i < chain.Count; i++)
            {
                var s = chain[i];
                var p = s.Productions[0];
                bool emptyValue = i == 0 && AcceptsEmptyValue(s, onSecondLevelEnd);
                string expected = "Expected(" + s.Name + ")";
                w.Line();
                w.Line("// " + s.Name + ": " + p.Code + " " + p.Terminal + ".");
                w.Line(i == 0 ? "long position = reader.BitPosition;" : "position = reader.BitPosition;");
                w.Line((i == 0 ? "uint " : string.Empty) + "code = reader.ReadEventCode(" + s.Width + ");");
                w.Open("if (code != " + p.Code + ")");
                if (emptyValue)
                {
                    w.Open("if (code == " + s.Productions.Count + ")");
                    EmitEmptyValue(w, s, onSecondLevelEnd!, expected);
                    w.Close();
                    w.Line();
                }

                // Also the way out once the reader has failed: the code is then ExiReader.NoEventCode.
                w.Line(EventCodeFailure(s, emptyValue, expected));
                w.Line(FailReturn);
                w.Close();
                w.Line();
                w.Line(TraceEvent(s, p, Values(s)));
                foreach (var line in handle(p))
                {
                    w.Line(line);
                }
            }

            foreach (var line in onEnd.Split('\n'))
            {
                w.Line(line);
            }
        }

        /// <summary>The number of event-code values of a state: its first-level productions and the escape, if any.</summary>
        private static int Values(StateModel s) => s.Productions.Count + (Escapes(s) ? 1 : 0);

        /// <summary>True if the state has second-level productions (an escape code after its first-level ones).</summary>
        private static bool Escapes(StateModel s) => s.SecondLevelWidth > 0 || s.SecondLevelEndElementCode >= 0;

        /// <summary>True for the start state of a value grammar whose empty element (second-level EE) decodes as the empty value.</summary>
        private static bool AcceptsEmptyValue(GrammarModel g, StateModel s, string? onSecondLevelEnd) =>
            s.Index == g.States[0].Index && AcceptsEmptyValue(s, onSecondLevelEnd);

        private static bool AcceptsEmptyValue(StateModel s, string? onSecondLevelEnd) =>
            Escapes(s) && s.SecondLevelEndElementCode >= 0 && onSecondLevelEnd != null;

        /// <summary>Emits the handling of the escape code where the empty element is accepted: the second-level EE, or an error.</summary>
        private static void EmitEmptyValue(SourceWriter w, StateModel s, string onSecondLevelEnd, string expected)
        {
            int escape = s.Productions.Count;
            w.Open("if (reader.ReadBits(" + s.SecondLevelWidth + ") == " + s.SecondLevelEndElementCode + ")");
            w.Line("// " + escape + "." + s.SecondLevelEndElementCode + " EE: the empty element.");
            w.Line("if (reader.Tracing) reader.TraceSecondLevelEvent(position, " + (s.Width + s.SecondLevelWidth) + ", global::V2G.Exi.Tracing.ExiEventKind.EndElement, \"" + s.Name + "\", "
                + escape + ", " + Values(s) + ", " + s.SecondLevelEndElementCode + ", " + s.SecondLevelValues + ");");
            w.Line(onSecondLevelEnd);
            w.Close();
            w.Line();
            w.Line("reader.Fail(reader.SecondLevelEventError(position, -1, -1, " + expected + "));");
            w.Line(FailReturn);
        }

        /// <summary>The call that reports an event code selecting no first-level production (the escape handled elsewhere or not).</summary>
        private static string EventCodeFailure(StateModel s, bool escapeHandled, string expected)
        {
            if (Escapes(s) && !escapeHandled)
            {
                string secondLevelEnd = s.SecondLevelEndElementCode >= 0 ? s.SecondLevelWidth + ", " + s.SecondLevelEndElementCode : "-1, -1";
                return "reader.FailEventCode(position, code, " + s.Productions.Count + ", " + secondLevelEnd + ", " + Values(s) + ", " + expected + ");";
            }

            return "reader.FailUnexpectedEventCode(position, code, " + Values(s) + ", " + expected + ");";
        }
    }
}
