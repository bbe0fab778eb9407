using System;
using System.IO;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using V2G.Exi;

namespace V2G.Cli.Demo;

/// <summary>
/// Encodes a message built in code, prints the hex, decodes it to XML and prints that, encodes the XML again and
/// checks that the bytes are identical. Given the XML of the message as built, it also checks that the decoded
/// message is that message.
/// </summary>
internal sealed class RoundTripStep : IDemoStep
{
    private readonly string _schema;
    private readonly Func<byte[]> _encodeSample;
    private readonly Func<string>? _sampleXml;

    /// <summary>Creates the step.</summary>
    /// <param name="title">What the step shows.</param>
    /// <param name="schema">The registered family (<c>--schema</c> name) that decodes and re-encodes the message.</param>
    /// <param name="encodeSample">Builds the message with the generated classes and encodes it.</param>
    /// <param name="sampleXml">
    /// Builds the same message and turns it into XML with the codec's <c>ToXml</c>; the decoded XML must equal it.
    /// Null to check only that the bytes survive the round trip.
    /// </param>
    public RoundTripStep(string title, string schema, Func<byte[]> encodeSample, Func<string>? sampleXml = null)
    {
        Title = title;
        _schema = schema;
        _encodeSample = encodeSample;
        _sampleXml = sampleXml;
    }

    /// <summary>Encodes the step's message as the step does, e.g. to replay the session as a capture.</summary>
    /// <returns>The EXI bytes.</returns>
    public byte[] Encode() => _encodeSample();

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

        bool sameMessage = true;
        if (_sampleXml != null)
        {
            sameMessage = xml == _sampleXml();
            output.WriteLine("decoded message equals the one built: " + (sameMessage ? "yes" : "no"));
        }

        byte[] reencoded = codec.EncodeFromXml(xml, fragment: false);
        output.WriteLine($"re-encoded from the XML ({reencoded.Length} bytes): {HexText.Format(reencoded)}");

        bool match = consumed == encoded.Length && encoded.AsSpan().SequenceEqual(reencoded);
        output.WriteLine("bytes match: " + (match ? "yes" : "no"));
        return match && sameMessage;
    }
}
