using System;
using System.Collections.Generic;
using V2G.Exi.Generator.Schema;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>
    /// §8.5.4.3 event code assignment: AT(qname) by qname, AT(uri:*) by URI, AT(*), SE(qname) in schema
    /// order, SE(uri:*), SE(*), EE, CH. A production's index in the sorted list is its first-level code.
    /// </summary>
    internal static class EventCodeOrder
    {
        public static void Sort(List<Production> productions)
        {
            // List.Sort is unstable; ties cannot occur between distinct terminals, so this is deterministic.
            productions.Sort((a, b) => Compare(a.Event, b.Event));
        }

        private static int Rank(EventKind kind) => kind switch
        {
            EventKind.Attribute => 0,
            EventKind.AttributeNamespace => 1,
            EventKind.AttributeAny => 2,
            EventKind.StartElement => 3,
            EventKind.StartElementNamespace => 4,
            EventKind.StartElementAny => 5,
            EventKind.EndElement => 6,
            _ => 7,
        };

        private static int Compare(GrammarEvent a, GrammarEvent b)
        {
            int c = Rank(a.Kind).CompareTo(Rank(b.Kind));
            if (c != 0)
            {
                return c;
            }

            switch (a.Kind)
            {
                case EventKind.Attribute:
                    return QualifiedName.CompareExi(a.Name!.Value, b.Name!.Value);
                case EventKind.AttributeNamespace:
                    return string.CompareOrdinal(a.Uri, b.Uri);
                case EventKind.StartElement:
                case EventKind.StartElementNamespace:
                    c = a.SchemaOrder.CompareTo(b.SchemaOrder);
                    return c != 0 ? c : string.CompareOrdinal(a.Uri, b.Uri);
                default:
                    return 0;
            }
        }
    }
}
