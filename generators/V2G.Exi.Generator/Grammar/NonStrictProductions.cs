using System.Linq;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>
    /// §8.5.4.4.1 productions added when strict is false, with nothing preserved (§8.3 prunes NS, SC, ER,
    /// CM and PI: no third level). They sit on the second level, so every state's first level gets one more
    /// value for the escape. Order and membership as the reference encoder (EXIficient) codes them:
    /// <list type="bullet">
    /// <item>first state (Type_i,0): EE (only without a first-level EE), AT(xsi:type), AT(xsi:nil), AT(*), AT[untyped], SE(*), CH[untyped];</item>
    /// <item>later start-tag states (after an attribute, up to the content entry): EE?, AT(*), AT[untyped], SE(*), CH[untyped];</item>
    /// <item>content states: EE?, SE(*), CH[untyped] (also in mixed content, where CH[untyped] is on the first level too).</item>
    /// </list>
    /// AT(xsi:nil) belongs to every element, nillable or not: nillable only changes strict grammars.
    /// </summary>
    internal static class NonStrictProductions
    {
        public static void Add(GrammarState state)
        {
            var second = state.SecondLevel;
            if (!state.Productions.Any(p => p.Event.Kind == EventKind.EndElement))
            {
                second.Add(SecondLevelEvent.EndElement);
            }

            if (state.IsStartTag)
            {
                if (state.IsInitial)
                {
                    second.Add(SecondLevelEvent.XsiType);
                    second.Add(SecondLevelEvent.XsiNil);
                }

                second.Add(SecondLevelEvent.AttributeAny);
                second.Add(SecondLevelEvent.AttributeUntyped);
            }

            second.Add(SecondLevelEvent.StartElementAny);
            second.Add(SecondLevelEvent.CharactersUntyped);
        }
    }
}
