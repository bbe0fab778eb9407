namespace V2G.Exi.Generator.Model
{
    /// <summary>A diagnostic as plain data, so that results cache (no Location or symbol inside).</summary>
    internal sealed record DiagnosticInfo(string Id, string Message, string File, int Line);

    /// <summary>What the transform step hands to the emit step: a model, or the reason there is none.</summary>
    internal sealed record GenerationResult(CodecModel? Model, DiagnosticInfo? Diagnostic, string HintName);

    /// <summary>The [ExiSchema] target: the codec class and the schema it names.</summary>
    internal sealed record CodecTarget(string? Namespace, string ClassName, string SchemaPath, bool IsValid, string? Problem, string FilePath, int Line);

    /// <summary>One AdditionalFile that may be a schema: its path relative to the project's schema root and its text.</summary>
    internal sealed record SchemaFile(string Path, string Text);
}
