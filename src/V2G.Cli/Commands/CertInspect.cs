using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Security;
using V2G.Security.Certificates;

namespace V2G.Cli.Commands;

/// <summary><c>v2g cert inspect [--profile P] [--at TIME] [--format text|json] FILE.pem|.der...</c>: describes each certificate.</summary>
internal static class CertInspect
{
    /// <summary>Runs the sub-command.</summary>
    /// <param name="arguments">The arguments after <c>cert inspect</c>.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns>0 every file was read, 1 a file failed, 2 bad usage (thrown).</returns>
    public static int Run(ParsedArguments arguments, CliConsole console)
    {
        CertCommand.RequireOnly(arguments, SecurityOptions.Profile, SecurityOptions.At, SecurityOptions.Format);
        SecurityProfile? profile = arguments.Single(SecurityOptions.Profile.Name) is { } p ? PkiNames.Profile(p) : null;
        System.DateTimeOffset? time = arguments.Single(SecurityOptions.At.Name) is { } at ? ValidationTime.Parse(at) : null;
        bool json = (arguments.Single(SecurityOptions.Format.Name) ?? "text") switch
        {
            "text" => false,
            "json" => true,
            string other => throw new UsageException($"option '--format' of 'cert inspect' is text or json, not '{other}'"),
        };
        var files = new List<string>(arguments.Positionals);
        if (files.Count == 0)
        {
            throw new UsageException("'cert inspect' needs FILE.pem|FILE.der...");
        }

        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        writer.WriteStartArray();
        bool failed = false;
        bool first = true;
        foreach (string file in files)
        {
            IReadOnlyList<X509Certificate2> certificates;
            try
            {
                certificates = CertificateFiles.Load(file);
            }
            catch (InputException e)
            {
                console.Error.WriteLine($"{file}: error: {Diagnostics.OneLine(e.Message)}");
                failed = true;
                continue;
            }

            for (int i = 0; i < certificates.Count; i++)
            {
                string source = certificates.Count == 1 ? file : $"{file} [{i + 1}/{certificates.Count}]";
                if (!CertificateInspector.TryInspect(certificates[i], profile, time, out CertificateInspection? inspection, out string? error))
                {
                    console.Error.WriteLine($"{source}: error: {Diagnostics.OneLine(error)}");
                    failed = true;
                    continue;
                }

                IReadOnlyList<CertificateIdentifier> ids = CertificateIdentifier.Read(inspection.CommonName, inspection.LikelyRole);
                if (json)
                {
                    InspectionReport.WriteJson(writer, source, inspection, ids);
                    continue;
                }

                if (!first)
                {
                    console.Out.WriteLine();
                }

                first = false;
                InspectionReport.WriteText(console.Out, source, inspection, ids);
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        if (json)
        {
            console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
