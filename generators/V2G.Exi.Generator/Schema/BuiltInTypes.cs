using System.Collections.Generic;
using System.Numerics;

namespace V2G.Exi.Generator.Schema
{
    /// <summary>The XSD built-in simple types (XML Schema Part 2 §3) with the value bounds that EXI's integer rules need.</summary>
    internal static class BuiltInTypes
    {
        public const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

        // name -> (base built-in, min, max); null bounds are unbounded.
        private static readonly Dictionary<string, (string? Base, BigInteger? Min, BigInteger? Max)> Table =
            new Dictionary<string, (string?, BigInteger?, BigInteger?)>
            {
                ["anySimpleType"] = (null, null, null),
                ["string"] = ("anySimpleType", null, null),
                ["normalizedString"] = ("string", null, null),
                ["token"] = ("normalizedString", null, null),
                ["language"] = ("token", null, null),
                ["Name"] = ("token", null, null),
                ["NCName"] = ("Name", null, null),
                ["ID"] = ("NCName", null, null),
                ["IDREF"] = ("NCName", null, null),
                ["ENTITY"] = ("NCName", null, null),
                ["NMTOKEN"] = ("token", null, null),
                ["anyURI"] = ("anySimpleType", null, null),
                ["QName"] = ("anySimpleType", null, null),
                ["NOTATION"] = ("anySimpleType", null, null),
                ["boolean"] = ("anySimpleType", null, null),
                ["base64Binary"] = ("anySimpleType", null, null),
                ["hexBinary"] = ("anySimpleType", null, null),
                ["float"] = ("anySimpleType", null, null),
                ["double"] = ("anySimpleType", null, null),
                ["decimal"] = ("anySimpleType", null, null),
                ["integer"] = ("decimal", null, null),
                ["nonPositiveInteger"] = ("integer", null, 0),
                ["negativeInteger"] = ("nonPositiveInteger", null, -1),
                ["long"] = ("integer", long.MinValue, long.MaxValue),
                ["int"] = ("long", int.MinValue, int.MaxValue),
                ["short"] = ("int", short.MinValue, short.MaxValue),
                ["byte"] = ("short", sbyte.MinValue, sbyte.MaxValue),
                ["nonNegativeInteger"] = ("integer", 0, null),
                ["positiveInteger"] = ("nonNegativeInteger", 1, null),
                ["unsignedLong"] = ("nonNegativeInteger", 0, ulong.MaxValue),
                ["unsignedInt"] = ("unsignedLong", 0, uint.MaxValue),
                ["unsignedShort"] = ("unsignedInt", 0, ushort.MaxValue),
                ["unsignedByte"] = ("unsignedShort", 0, byte.MaxValue),
                ["duration"] = ("anySimpleType", null, null),
                ["dateTime"] = ("anySimpleType", null, null),
                ["time"] = ("anySimpleType", null, null),
                ["date"] = ("anySimpleType", null, null),
                ["gYearMonth"] = ("anySimpleType", null, null),
                ["gYear"] = ("anySimpleType", null, null),
                ["gMonthDay"] = ("anySimpleType", null, null),
                ["gDay"] = ("anySimpleType", null, null),
                ["gMonth"] = ("anySimpleType", null, null),
            };

        private static readonly string[] ListTypes = { "NMTOKENS", "IDREFS", "ENTITIES" };

        public static bool IsBuiltIn(string localName) => Table.ContainsKey(localName) || System.Array.IndexOf(ListTypes, localName) >= 0;

        /// <summary>Creates a fresh definition of a built-in simple type (callers cache it per schema set).</summary>
        public static SimpleTypeDefinition Create(string localName, System.Func<string, SimpleTypeDefinition> resolveBuiltIn)
        {
            var type = new SimpleTypeDefinition
            {
                Name = new QualifiedName(XsdNamespace, localName),
                BuiltIn = localName,
                IsBuiltIn = true,
            };
            if (System.Array.IndexOf(ListTypes, localName) >= 0)
            {
                type.Variety = SimpleVariety.List;
                type.ItemType = resolveBuiltIn(localName.Substring(0, localName.Length - 1));
                type.BuiltIn = "anySimpleType";
                return type;
            }

            var entry = Table[localName];
            type.BaseType = entry.Base == null ? null : resolveBuiltIn(entry.Base);
            type.MinInclusive = entry.Min;
            type.MaxInclusive = entry.Max;
            return type;
        }

        /// <summary>True if <paramref name="builtIn"/> is xs:integer or derived from it.</summary>
        public static bool IsIntegerFamily(string builtIn)
        {
            for (string? name = builtIn; name != null; name = Table.TryGetValue(name, out var e) ? e.Base : null)
            {
                if (name == "integer")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The primitive (or ur) type that <paramref name="builtIn"/> derives from, e.g. "string" for "ID".</summary>
        public static string Primitive(string builtIn)
        {
            string name = builtIn;
            while (Table.TryGetValue(name, out var e) && e.Base != null && e.Base != "anySimpleType")
            {
                name = e.Base;
            }

            return name;
        }
    }
}
