using System;

namespace V2G.Exi.Generator.Schema
{
    /// <summary>A schema the generator cannot read or does not support; becomes a diagnostic.</summary>
    internal sealed class SchemaException : Exception
    {
        public SchemaException(string diagnosticId, string message, string file, int line)
            : base(message)
        {
            DiagnosticId = diagnosticId;
            File = file;
            Line = line;
        }

        public string DiagnosticId { get; }

        public string File { get; }

        public int Line { get; }
    }
}
