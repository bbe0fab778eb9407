using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace V2G.Cli.Capture;

/// <summary>
/// ResponseCode and EVSEProcessing of DIN 70121 and ISO 15118-2 responses. Those schemas give every response type its own
/// ResponseCode element without a common base type (ISO 15118-20 has one, V2GResponseType), so these two named properties
/// are looked up once per type instead of listing some forty response types.
/// </summary>
internal static class ResponseFields
{
    private static readonly string[] Names = ["ResponseCode", "EVSEProcessing"];
    private static readonly ConcurrentDictionary<Type, PropertyInfo?[]> Properties = new();

    /// <summary>Adds the body element's ResponseCode and EVSEProcessing, where it has them.</summary>
    /// <param name="body">The body element, or null.</param>
    /// <param name="fields">Where the fields go.</param>
    public static void Add(object? body, KeyFieldList fields)
    {
        if (body is null)
        {
            return;
        }

        PropertyInfo?[] properties = Properties.GetOrAdd(body.GetType(), type => Array.ConvertAll(Names, type.GetProperty));
        for (int i = 0; i < Names.Length; i++)
        {
            fields.Text(Names[i], properties[i]?.GetValue(body));
        }
    }
}
