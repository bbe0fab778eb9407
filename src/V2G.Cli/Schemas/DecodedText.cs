using System.Collections.Generic;
using V2G.Exi.Validation;

namespace V2G.Cli.Schemas;

/// <summary>A decoded stream in its text form.</summary>
/// <param name="Text">The XML or JSON text.</param>
/// <param name="BytesConsumed">The bytes the EXI stream used; the rest are trailing bytes.</param>
/// <param name="Issues">The facet violations and abstract heads the decoded value holds (empty when schema-valid).</param>
internal sealed record DecodedText(string Text, int BytesConsumed, IReadOnlyList<ExiValidationIssue> Issues);
