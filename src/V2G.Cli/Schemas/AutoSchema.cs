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

    /// <summary>The family that decodes the whole input, with its XML.</summary>
    /// <param name="registry">The families tried, in listing order.</param>
    /// <param name="exi">The input.</param>
    /// <param name="options">Decode options (string-table hits, ...).</param>
    /// <param name="fragment">Whether the input is an EXI fragment.</param>
    /// <returns>The family and its decode.</returns>
    /// <exception cref="InputException">No family, or more than one, decodes the whole input.</exception>
    public static (ISchemaCodec Codec, string Xml) Pick(SchemaRegistry registry, byte[] exi, ExiDecodeOptions options, bool fragment)
    {
        var whole = new List<(ISchemaCodec Codec, string Xml)>();
        var partial = new List<string>();
        var refused = new List<string>();
        foreach (ISchemaCodec codec in registry.Codecs)
        {
            try
            {
                (string xml, int consumed) = codec.DecodeToXml(exi, options, fragment);
                if (consumed == exi.Length)
                {
                    whole.Add((codec, xml));
                }
                else
                {
                    partial.Add($"{codec.Name} ({exi.Length - consumed} bytes left over)");
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
}
