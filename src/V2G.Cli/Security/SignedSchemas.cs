using System;

namespace V2G.Cli.Security;

/// <summary>The <c>--schema</c> values of <c>verify</c> and <c>sign</c>: the families whose messages carry signatures.</summary>
internal static class SignedSchemas
{
    /// <summary>The accepted names, for messages.</summary>
    public const string Known = "iso2, iso20-common (alias iso20)";

    /// <summary>Resolves <c>--schema</c>.</summary>
    /// <param name="name">The option value, or null when absent.</param>
    /// <param name="command">The command (for messages).</param>
    /// <returns>True for ISO 15118-20 CommonMessages, false for ISO 15118-2.</returns>
    /// <exception cref="UsageException">The option is missing, unknown or names a family without signed messages.</exception>
    public static bool IsIso20(string? name, string command)
    {
        if (name is null)
        {
            throw new UsageException($"'{command}' needs --schema NAME (signed families: {Known})");
        }

        if (name.Equals("iso2", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (name.Equals("iso20-common", StringComparison.OrdinalIgnoreCase) || name.Equals("iso20", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new UsageException(Schemas.SchemaRegistry.Default.Find(name) is null
            ? $"unknown schema '{name}' for '{command}'; known schemas: {Known}"
            : $"schema '{name}' has no signed messages; '{command}' works on {Known}");
    }

    /// <summary>Decodes an EXI document of the family.</summary>
    /// <param name="iso20">The family.</param>
    /// <param name="exi">The stream.</param>
    /// <returns>The message.</returns>
    /// <exception cref="V2G.Exi.ExiDecodeException">The stream is malformed.</exception>
    public static ISignedMessage Decode(bool iso20, byte[] exi) => iso20 ? Iso20SignedMessage.Decode(exi) : Iso2SignedMessage.Decode(exi);

    /// <summary>Reads the XML form of a message of the family.</summary>
    /// <param name="iso20">The family.</param>
    /// <param name="xml">The XML.</param>
    /// <returns>The message.</returns>
    /// <exception cref="V2G.Exi.ExiXmlException">The XML breaks the schema.</exception>
    public static ISignedMessage FromXml(bool iso20, string xml) => iso20 ? Iso20SignedMessage.FromXml(xml) : Iso2SignedMessage.FromXml(xml);
}
