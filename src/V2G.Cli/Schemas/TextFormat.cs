namespace V2G.Cli.Schemas;

/// <summary>The text form of a message on the command line: <c>--format xml|json</c> for decode; detected for encode.</summary>
internal enum TextFormat
{
    /// <summary>The standard XML form.</summary>
    Xml,

    /// <summary>The JSON form (the schema's element names, keys in schema order).</summary>
    Json,
}
