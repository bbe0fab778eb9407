using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Io;
using V2G.Exi;

namespace V2G.Cli.Schemas;

/// <summary>
/// <c>--schema auto</c>: the one family whose codec decodes the whole input (every byte used, up to the final padding). A stream
/// that several families decode whole, or none, is refused with the candidates: picking one would be a guess.
/// </summary>
internal static class AutoSchema
{
    /// <summary>The name that asks for it.</summary>
    public const string Name = "auto";

    /// <summary>The family that decodes the whole input, with its text (XML or JSON).</summary>
    /// <param name="registry">The families tried, in listing order.</param>
    /// <param name="exi">The input.</param>
    /// <param name="options">Decode options (string-table hits, ...).</param>
    /// <param name="fragment">Whether the input is an EXI fragment.</param>
    /// <param name="format">The form of the text returned.</param>
    /// <returns>The family and its decode (text and facet violations).</returns>
    /// <exception cref="InputException">No family, or more than one, decodes the whole input.</exception>
    public static (ISchemaCodec Codec, DecodedText Decoded) Pick(SchemaRegistry registry, byte[] exi, ExiDecodeOptions options, bool fragment,
        TextFormat format = TextFormat.Xml)
    {
        var whole = new List<(ISchemaCodec Codec, DecodedText Decoded)>();
        var partial = new List<string>();
        var refused = new List<string>();
        foreach (ISchemaCodec codec in registry.Codecs)
        {
            try
            {
                DecodedText decoded = codec.Decode(exi, options, fragment, format);
                if (decoded.BytesConsumed == exi.Length)
                {
                    whole.Add((codec, decoded));
                }
                else
                {
                    partial.Add($"{codec.Name} ({exi.Length - decoded.BytesConsumed} bytes left over)");
                }
            }
            catch (ExiException e)
            {
                refused.Add($"{codec.Name} ({e.Message})");
            }
            catch (ArgumentException e)
            {
                // Decoded under a wrong family, a string can hold characters XML cannot carry: that family does not fit either.
                refused.Add($"{codec.Name} ({e.Message})");
            }
        }

        if (whole.Count == 1)
        {
            return whole[0];
        }

        if (whole.Count > 1)
        {
            throw new InputException(
                $"several schemas decode the whole input: {string.Join(", ", whole.Select(w => w.Codec.Name))}; name one with --schema");
        }

        string near = partial.Count > 0 ? $"; decoded with bytes left over: {string.Join(", ", partial)}" : "";
        throw new InputException($"no schema decodes the whole input{near}; refused by {refused.Count} of {registry.Codecs.Count}"
            + (refused.Count > 0 ? $" (first: {refused[0]})" : ""));
    }

    /// <summary>
    /// The families other than <paramref name="tried"/> that decode the whole input, for an error that says what the input
    /// looks like (a DIN stream under <c>--schema iso2</c> often fails or leaves bytes over).
    /// </summary>
    /// <param name="registry">The families.</param>
    /// <param name="tried">The family the user named.</param>
    /// <param name="exi">The input.</param>
    /// <param name="options">Decode options.</param>
    /// <param name="fragment">Whether the input is an EXI fragment.</param>
    /// <returns>The names of the families that decode every byte, in listing order.</returns>
    public static IReadOnlyList<string> OthersDecodingWhole(SchemaRegistry registry, ISchemaCodec tried, byte[] exi, ExiDecodeOptions options, bool fragment)
    {
        var names = new List<string>();
        foreach (ISchemaCodec codec in registry.Codecs.Where(c => c.Name != tried.Name))
        {
            try
            {
                // Only the stream is tried, not its text: the question is which grammar uses every byte.
                if (codec.DecodeToXml(exi, options, fragment).BytesConsumed == exi.Length)
                {
                    names.Add(codec.Name);
                }
            }
            catch (ExiException)
            {
                // Not this family either.
            }
            catch (ArgumentException)
            {
                // Decoded, but its strings hold characters XML cannot carry: taken as not fitting, as Pick does.
            }
        }

        return names;
    }

    /// <summary>The note added to an error: <c>; the input decodes whole as din (try --schema din)</c>, or empty.</summary>
    /// <param name="others">The families that decode the whole input.</param>
    /// <returns>The note.</returns>
    public static string Suggestion(IReadOnlyList<string> others) => others.Count switch
    {
        0 => string.Empty,
        1 => $"; the input decodes whole as {others[0]} (try --schema {others[0]})",
        _ => $"; the input decodes whole as {string.Join(" and as ", others)} (try --schema auto to see which fits)",
    };
}
