using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Emit;

namespace V2G.Exi.Generator.Model
{
    /// <summary>A generated enum or class: its name and declaration text.</summary>
    internal sealed record TypeDeclaration(string Name, string Text);

    /// <summary>The message types of one C# namespace, declared once for all codecs generated into it.</summary>
    internal sealed record SharedTypeSet(string? Namespace, EquatableArray<TypeDeclaration> Types, EquatableArray<DiagnosticInfo> Conflicts);

    /// <summary>
    /// Merges the types of the codecs of one compilation: codecs in the same namespace whose schema sets
    /// share a schema (ISO 15118-20's CommonTypes, xmldsig) get one C# type per schema type, not one each.
    /// A name that two codecs would declare differently is a conflict (EXI009), never a silent choice.
    /// </summary>
    internal static class SharedTypes
    {
        public static EquatableArray<SharedTypeSet> Merge(IEnumerable<GenerationResult> results)
        {
            var sets = new List<SharedTypeSet>();
            foreach (var group in results.Where(r => r.Model != null).GroupBy(r => r.Model!.Namespace ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var declared = new Dictionary<string, (TypeDeclaration Declaration, string Codec)>(StringComparer.Ordinal);
                var order = new List<TypeDeclaration>();
                var conflicts = new List<DiagnosticInfo>();

                // The types each codec declares for itself (codec class, unions, their enums) may not be a message type of another.
                var own = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var model in group.Select(r => r.Model!))
                {
                    foreach (string name in new[] { model.CodecName, model.DocumentName, model.RootEnumName, model.Fragment.UnionName, model.Fragment.ElementEnumName })
                    {
                        own[name] = model.CodecName;
                    }
                }

                foreach (var result in group.OrderBy(r => r.Model!.CodecName, StringComparer.Ordinal))
                {
                    var model = result.Model!;
                    foreach (var declaration in TypesEmitter.EmitDeclarations(model))
                    {
                        if (own.TryGetValue(declaration.Name, out var owner))
                        {
                            conflicts.Add(new DiagnosticInfo("EXI009", "The type " + declaration.Name + " of " + model.CodecName + " has the name of a type that " + owner + " declares for itself; give one codec its own namespace", string.Empty, 0));
                        }
                        else if (!declared.TryGetValue(declaration.Name, out var first))
                        {
                            declared.Add(declaration.Name, (declaration, model.CodecName));
                            order.Add(declaration);
                        }
                        else if (first.Declaration.Text != declaration.Text)
                        {
                            conflicts.Add(new DiagnosticInfo("EXI009", "The type " + declaration.Name + " is generated differently for " + first.Codec + " and " + model.CodecName + " in the same namespace; give one codec its own namespace", string.Empty, 0));
                        }
                    }
                }

                sets.Add(new SharedTypeSet(group.Key.Length == 0 ? null : group.Key, order.ToEquatableArray(), conflicts.ToEquatableArray()));
            }

            return sets.ToEquatableArray();
        }
    }
}
