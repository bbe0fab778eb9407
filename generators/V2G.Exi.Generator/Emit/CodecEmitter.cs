using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>Emits the codec's public surface (document grammar §8.5.1 around the type grammars) and its internals.</summary>
    internal static class CodecEmitter
    {
        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            string doc = model.DocumentName;
            w.Summary("Schema-informed EXI codec (V2G profile: non-strict, bit-packed, header 0x80, no string table) for the documents of this schema set.");
            w.Open("static partial class " + model.CodecName);
            StreamEmitter.Emit(w, StreamEmitter.Documents(model));
            StreamEmitter.Emit(w, StreamEmitter.Fragments(model));
            var grammars = new GrammarEmitter(model);
            RelaxedFragmentEmitter.Emit(w, model, grammars);
            ValuesEmitter.Emit(w, model);
            foreach (var g in model.Grammars)
            {
                w.Line();
                grammars.Emit(w, g);
            }

            w.Close();
            return EmitHelpers.FileFooter(w, model);
        }
    }
}
