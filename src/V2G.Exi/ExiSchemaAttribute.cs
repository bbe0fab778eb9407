using System;

namespace V2G.Exi;

/// <summary>
/// Marks a <c>static partial class</c> as the codec of an XSD schema set. The V2G.Exi.Generator source generator
/// reads the named schema (and everything it includes or imports) from the project's AdditionalFiles and fills
/// the class with message types, EXI encoders and decoders, and XML reading and writing.
/// </summary>
/// <example><code>[ExiSchema("app-protocol/AppProtocol.xsd")] public static partial class AppProtocolCodec;</code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExiSchemaAttribute : Attribute
{
    /// <summary>Names the root schema.</summary>
    /// <param name="schemaPath">Path of the root schema, matched against the end of the AdditionalFiles' paths.</param>
    public ExiSchemaAttribute(string schemaPath)
    {
        SchemaPath = schemaPath;
    }

    /// <summary>Path of the root schema.</summary>
    public string SchemaPath { get; }
}
