using System.Collections.Generic;
using V2G.Exi.Rules;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>One non-terminal of a normalised EXI grammar with its productions in event-code order.</summary>
    internal sealed class GrammarState
    {
        public GrammarState(int index)
        {
            Index = index;
        }

        public int Index { get; set; }

        /// <summary>Productions sorted as §8.5.4.3 says; a production's position is its first-level event code.</summary>
        public List<Production> Productions { get; } = new List<Production>();

        /// <summary>
        /// True for the start-tag states of an element (attributes may still follow), false for content
        /// states; the non-strict additions of §8.5.4.4.1 differ between the two.
        /// </summary>
        public bool IsStartTag { get; set; }

        /// <summary>True for the first state of the grammar (Type_i,0), which alone gets AT(xsi:type) and AT(xsi:nil).</summary>
        public bool IsInitial { get; set; }

        /// <summary>Second-level productions added because strict is false (§8.5.4.4.1), in code order.</summary>
        public List<SecondLevelEvent> SecondLevel { get; } = new List<SecondLevelEvent>();

        /// <summary>Values of the first level: the productions plus one for the escape to the second level when there is one.</summary>
        public int FirstLevelValueCount => Productions.Count + (SecondLevel.Count > 0 ? 1 : 0);

        public int FirstLevelWidth => ExiRules.LevelWidth(Productions.Count, SecondLevel.Count > 0);

        public int SecondLevelWidth => ExiRules.CodeWidth(SecondLevel.Count);

        public override string ToString() => "S" + Index;
    }

    /// <summary>A production: terminal, and the state that follows (null after EE).</summary>
    internal sealed class Production
    {
        public Production(GrammarEvent @event, GrammarState? target)
        {
            Event = @event;
            Target = target;
        }

        public GrammarEvent Event { get; }

        public GrammarState? Target { get; set; }
    }

    /// <summary>Second-level terminals that schema deviations use (§8.5.4.4.1).</summary>
    internal enum SecondLevelEvent
    {
        EndElement,
        XsiType,
        XsiNil,
        AttributeAny,
        AttributeUntyped,
        StartElementAny,
        CharactersUntyped,
    }
}
