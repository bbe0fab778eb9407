using System.Numerics;
using V2G.Exi.Generator.Schema;
using V2G.Exi.Rules;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>The representation of one simple type, chosen by §7.1 and the bounded-range rule of §7.1.9.</summary>
    internal sealed class ExiDatatype
    {
        private ExiDatatype(ExiRepresentation representation, SimpleTypeDefinition type)
        {
            Representation = representation;
            Type = type;
        }

        public ExiRepresentation Representation { get; }

        public SimpleTypeDefinition Type { get; }

        /// <summary>Bits of an n-bit integer or an enumeration index.</summary>
        public int Width { get; private set; }

        /// <summary>The facet minimum that n-bit integers are offset by.</summary>
        public BigInteger Offset { get; private set; }

        /// <summary>For lists: the item datatype.</summary>
        public ExiDatatype? Item { get; private set; }

        public static ExiDatatype For(SimpleTypeDefinition type)
        {
            if (type.Variety == SimpleVariety.List)
            {
                return new ExiDatatype(ExiRepresentation.List, type) { Item = For(type.ItemType!) };
            }

            if (type.Variety == SimpleVariety.Union)
            {
                return new ExiDatatype(ExiRepresentation.String, type);
            }

            string primitive = BuiltInTypes.Primitive(type.BuiltIn);
            if (type.Enumerations.Count > 0 && primitive != "QName" && primitive != "NOTATION")
            {
                // §7.2: values of enumerated types are encoded as their index in the facet.
                return new ExiDatatype(ExiRepresentation.Enumeration, type) { Width = ExiRules.CodeWidth(type.Enumerations.Count) };
            }

            switch (primitive)
            {
                case "boolean":
                    return new ExiDatatype(ExiRepresentation.Boolean, type);
                case "base64Binary":
                    return new ExiDatatype(ExiRepresentation.BinaryBase64, type);
                case "hexBinary":
                    return new ExiDatatype(ExiRepresentation.BinaryHex, type);
                case "float":
                case "double":
                    return new ExiDatatype(ExiRepresentation.Float, type);
                case "duration":
                    return new ExiDatatype(ExiRepresentation.String, type);
                case "dateTime":
                case "time":
                case "date":
                case "gYearMonth":
                case "gYear":
                case "gMonthDay":
                case "gDay":
                case "gMonth":
                    return new ExiDatatype(ExiRepresentation.DateTime, type);
                case "decimal":
                    return BuiltInTypes.IsIntegerFamily(type.BuiltIn) ? Integer(type) : new ExiDatatype(ExiRepresentation.Decimal, type);
                default:
                    return new ExiDatatype(ExiRepresentation.String, type);
            }
        }

        private static ExiDatatype Integer(SimpleTypeDefinition type)
        {
            if (type.MinInclusive.HasValue && type.MaxInclusive.HasValue)
            {
                var range = type.MaxInclusive.Value - type.MinInclusive.Value + 1;
                if (range <= ExiRules.MaxBoundedRange)
                {
                    return new ExiDatatype(ExiRepresentation.NBitUnsignedInteger, type)
                    {
                        Width = ExiRules.CodeWidth((int)range),
                        Offset = type.MinInclusive.Value,
                    };
                }
            }

            return type.MinInclusive.HasValue && type.MinInclusive.Value >= 0
                ? new ExiDatatype(ExiRepresentation.UnsignedInteger, type)
                : new ExiDatatype(ExiRepresentation.Integer, type);
        }

        /// <summary>A canonical description for grammar dumps.</summary>
        public string Describe() => Representation switch
        {
            ExiRepresentation.NBitUnsignedInteger => "NBIT(" + Width + ",offset " + Offset + ")",
            ExiRepresentation.Enumeration => "ENUM(" + string.Join("|", Type.Enumerations) + ")",
            ExiRepresentation.List => "LIST(" + Item!.Describe() + ")",
            _ => Representation.ToString().ToUpperInvariant(),
        };
    }
}
