using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Schema
{
    /// <summary>
    /// The schema files one codec reads: its root schema and every file reachable from it by xs:include, xs:import
    /// or xs:redefine. Each codec's model depends on these files alone, so editing a schema that another codec does
    /// not reach leaves that codec's model and outputs in the incremental cache.
    /// </summary>
    internal static class SchemaClosure
    {
        private const string XsNamespace = "http://www.w3.org/2001/XMLSchema";

        /// <summary>
        /// The files of <paramref name="target"/>'s schema set in path order; empty when the root is not among
        /// <paramref name="files"/> (the transform then reports it). Problems inside the files (bad XML, a missing
        /// include) are left to the schema reader, which reports them with their position.
        /// </summary>
        public static EquatableArray<SchemaFile> For(CodecTarget target, EquatableArray<SchemaFile> files)
        {
            var root = files.FirstOrDefault(f => f.Path == target.SchemaPath || f.Path.EndsWith("/" + target.SchemaPath, StringComparison.Ordinal));
            if (!target.IsValid || root == null)
            {
                return EquatableArray<SchemaFile>.Empty;
            }

            var byPath = new Dictionary<string, SchemaFile>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                byPath[SchemaReader.NormalizePath(file.Path)] = file;
            }

            var reached = new Dictionary<string, SchemaFile>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            pending.Push(SchemaReader.NormalizePath(root.Path));
            while (pending.Count > 0)
            {
                string path = pending.Pop();
                if (reached.ContainsKey(path) || !byPath.TryGetValue(path, out var file))
                {
                    continue;
                }

                reached.Add(path, file);
                string dir = path.Contains("/") ? path.Substring(0, path.LastIndexOf('/') + 1) : string.Empty;
                foreach (string location in Locations(file.Text))
                {
                    pending.Push(SchemaReader.NormalizePath(dir + location));
                }
            }

            return reached.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
        }

        /// <summary>The schemaLocation of each top-level include, import or redefine, as the schema reader follows them.</summary>
        private static List<string> Locations(string text)
        {
            var locations = new List<string>();
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null, MaxCharactersFromEntities = 1_000_000 };
                using var stringReader = new StringReader(text);
                using var reader = XmlReader.Create(stringReader, settings);
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1 || reader.NamespaceURI != XsNamespace)
                    {
                        continue;
                    }

                    if (reader.LocalName is "include" or "import" or "redefine" && reader.GetAttribute("schemaLocation") is { } location)
                    {
                        locations.Add(location);
                    }
                }
            }
            catch (XmlException)
            {
                // The schema reader reports the error with its line; the files reached so far are what it will read.
            }

            return locations;
        }
    }
}
