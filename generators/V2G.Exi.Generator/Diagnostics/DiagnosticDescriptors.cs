using Microsoft.CodeAnalysis;

namespace V2G.Exi.Generator.Diagnostics
{
    /// <summary>The generator's diagnostics. IDs are stable: documented and never reused.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "V2G.Exi.Generator";

        /// <summary>EXI001: a schema file is not well-formed XML or not an XML Schema.</summary>
        public static readonly DiagnosticDescriptor UnreadableSchema = Create("EXI001", "Unreadable schema", "{0}");

        /// <summary>EXI002: a schema file named by [ExiSchema] or by an include/import is not among the AdditionalFiles.</summary>
        public static readonly DiagnosticDescriptor MissingSchemaFile = Create("EXI002", "Schema file not found", "{0}");

        /// <summary>EXI003: the schema uses a construct this generator does not support.</summary>
        public static readonly DiagnosticDescriptor UnsupportedConstruct = Create("EXI003", "Unsupported schema construct", "{0}");

        /// <summary>EXI004: a reference in the schema cannot be resolved, or a declaration is invalid.</summary>
        public static readonly DiagnosticDescriptor InvalidSchema = Create("EXI004", "Invalid schema", "{0}");

        /// <summary>EXI005: a content model cannot be mapped to message types yet.</summary>
        public static readonly DiagnosticDescriptor UnsupportedContentModel = Create("EXI005", "Unsupported content model", "{0}");

        /// <summary>EXI006: a simple type uses an EXI datatype representation this generator does not emit yet.</summary>
        public static readonly DiagnosticDescriptor UnsupportedDatatype = Create("EXI006", "Unsupported datatype", "{0}");

        /// <summary>EXI007: the class carrying [ExiSchema] must be a static partial class.</summary>
        public static readonly DiagnosticDescriptor InvalidTarget = Create("EXI007", "Invalid codec class", "{0}");

        /// <summary>EXI008: the schema breaks Unique Particle Attribution or another rule grammar construction relies on.</summary>
        public static readonly DiagnosticDescriptor GrammarError = Create("EXI008", "Schema grammar error", "{0}");

        /// <summary>EXI009: two codecs in one namespace would declare a type of the same name differently.</summary>
        public static readonly DiagnosticDescriptor TypeConflict = Create("EXI009", "Conflicting generated type", "{0}");

        /// <summary>EXI010: an xs:any or xs:anyAttribute wildcard; the generated types carry no wildcard content.</summary>
        public static readonly DiagnosticDescriptor WildcardNotCarried = CreateWarning("EXI010", "Wildcard content is not carried", "{0}");

        /// <summary>EXI011: a complex type with mixed content; the generated types carry no text between elements.</summary>
        public static readonly DiagnosticDescriptor MixedContentNotCarried = CreateWarning("EXI011", "Mixed content is not carried", "{0}");

        /// <summary>EXI012: a nillable element; the generated types cannot express xsi:nil.</summary>
        public static readonly DiagnosticDescriptor NillableNotCarried = CreateWarning("EXI012", "xsi:nil is not carried", "{0}");

        public static DiagnosticDescriptor ById(string id) => id switch
        {
            "EXI001" => UnreadableSchema,
            "EXI002" => MissingSchemaFile,
            "EXI003" => UnsupportedConstruct,
            "EXI004" => InvalidSchema,
            "EXI005" => UnsupportedContentModel,
            "EXI006" => UnsupportedDatatype,
            "EXI007" => InvalidTarget,
            "EXI009" => TypeConflict,
            "EXI010" => WildcardNotCarried,
            "EXI011" => MixedContentNotCarried,
            "EXI012" => NillableNotCarried,
            _ => GrammarError,
        };

        private static DiagnosticDescriptor CreateWarning(string id, string title, string format) =>
            new DiagnosticDescriptor(id, title, format, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static DiagnosticDescriptor Create(string id, string title, string format) =>
            new DiagnosticDescriptor(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    }
}
