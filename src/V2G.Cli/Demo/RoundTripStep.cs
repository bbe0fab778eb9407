using System;
using System.IO;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using V2G.Exi;

namespace V2G.Cli.Demo;

/// <summary>
/// Encodes a message built in code, prints the hex, decodes it to XML and prints that, encodes the XML again and
/// checks that the bytes are identical.
/// </summary>
internal sealed class RoundTripStep : IDemoStep
{
    private readonly string _schema;
    private readonly Func<byte[]> _encodeSample;

    /// <summary>Creates the step.</summary>
    /// <param name="title">What the step shows.</param>
    /// <param name="schema">The registered family (<c>--schema</c> name) that decodes and re-encodes the message.</param>
    /// <param name="encodeSample">Builds the message with the generated classes and encodes it.</param>
    public RoundTripStep(string title, string schema, Func<byte[]> encodeSample)
    {
        Title = title;
        _schema = schema;
        _encodeSample = encodeSample;
    }

    /// <inheritdoc/>
    public string Title { get; }

    /// <inheritdoc/>
    public bool Run(TextWriter output)
    {
        ISchemaCodec codec = SchemaRegistry.Default.Find(_schema)
            ?? throw new InvalidOperationException($"Demo step uses the unregistered schema '{_schema}'");

        byte[] encoded = _encodeSample();
        output.WriteLine($"encoded ({encoded.Length} bytes): {HexText.Format(encoded)}");

        (string xml, int consumed) = codec.DecodeToXml(encoded, ExiDecodeOptions.Default, fragment: false);
        output.WriteLine($"decoded with --schema {codec.Name} ({consumed} bytes used):");
        output.WriteLine(xml.TrimEnd('\n'));

        byte[] reencoded = codec.EncodeFromXml(xml, fragment: false);
        output.WriteLine($"re-encoded from the XML ({reencoded.Length} bytes): {HexText.Format(reencoded)}");

        bool match = consumed == encoded.Length && encoded.AsSpan().SequenceEqual(reencoded);
        output.WriteLine("bytes match: " + (match ? "yes" : "no"));
        return match;
    }
}
