using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System;
using V2G.Exi.Generator.Grammar;
using V2G.Exi.Generator.Schema;
using V2G.Exi.Rules;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// Replays EXIficient's event traces (vectors/**.trace) through the grammars built from our schemas: every event
/// must be a first-level production of the current state with the traced event code and value count, and typed
/// values must use the traced datatype (and bit width for n-bit integers and enumerations).
/// </summary>
public partial class TraceReplayTests
{
    private static readonly ConcurrentDictionary<string, SchemaGrammars> Cache = new();

    /// <summary>One row per (family, reference root schema, fragment) of manifest.json whose schema of ours exists.</summary>
    public static IEnumerable<object[]> Groups() =>
        Manifest().Select(v => (v.Family, v.Schema, v.Fragment)).Distinct()
            .Where(g => FamilyFor(g.Schema)?.OursExists == true)
            .OrderBy(g => g.Family, StringComparer.Ordinal).ThenBy(g => g.Schema, StringComparer.Ordinal).ThenBy(g => g.Fragment)
            .Select(g => new object[] { g.Family, g.Schema, g.Fragment });

    [Fact]
    public void App_protocol_traces_are_replayed()
    {
        Assert.Contains(Groups(), g => (string)g[0] == "app-protocol");
        Assert.Equal(16, Manifest().Count(v => v.Family == "app-protocol"));
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Traced_event_codes_match_our_grammar(string family, string schema, bool fragment)
    {
        var source = FamilyFor(schema)!;
        var grammars = Cache.GetOrAdd(source.Name, _ => source.OurGrammars());
        var vectors = Manifest().Where(v => v.Family == family && v.Schema == schema && v.Fragment == fragment).ToList();
        Assert.NotEmpty(vectors);
        var failures = new List<string>();
        int events = 0, replayed = 0;
        foreach (var vector in vectors)
        {
            string trace = Path.Combine(TestPaths.VectorsDirectory, Path.ChangeExtension(vector.ExiFile, ".trace"));
            try
            {
                events += Replay(grammars, File.ReadLines(trace), fragment);
                replayed++;
            }
            catch (Exception e) when (e is ReplayException or Xunit.Sdk.XunitException)
            {
                failures.Add(Path.GetFileName(trace) + ": " + e.Message);
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " of " + vectors.Count + " traces disagree with our grammar:\n" + string.Join("\n", failures.Take(10)));
        Assert.True(replayed > 0 && events > replayed * 3, replayed + " traces replayed");
    }

    [Fact]
    public void Replay_notices_a_wrong_event_code()
    {
        // The replay itself must be able to fail: a doctored trace line (SE AppProtocol with code 1 instead of 0).
        string trace = Path.Combine(TestPaths.VectorsDirectory, "app-protocol", "supportedAppProtocolReq-min.trace");
        var lines = File.ReadAllLines(trace).ToList();
        int at = lines.FindIndex(l => l.Contains(" SE {}AppProtocol code=0/2", StringComparison.Ordinal));
        Assert.True(at > 0);
        var grammars = Grammars.AppProtocol();
        Assert.True(Replay(grammars, lines, fragment: false) > 0);
        lines[at] = lines[at].Replace("code=0/2", "code=1/2", StringComparison.Ordinal);
        Assert.Throws<ReplayException>(() => Replay(grammars, lines, fragment: false));
    }

    /// <summary>Replays one trace; returns the number of events checked.</summary>
    private static int Replay(SchemaGrammars grammars, IEnumerable<string> lines, bool fragment)
    {
        // The stack holds the current state of every open element; an empty stack is DocContent/FragmentContent.
        var stack = new Stack<GrammarState>();
        var types = new Stack<TypeDefinition>();
        bool ended = false;
        int count = 0;

        // §8.5.3: -1 outside the relaxed element fragment grammar, else its state (ElementFragment_0 or _1).
        int relaxedState = -1;
        var relaxed = grammars.ElementFragment;
        foreach (string line in lines.Where(l => l.StartsWith('@')))
        {
            var m = EventLine().Match(line);
            if (!m.Success)
            {
                throw new ReplayException("unparsed trace line " + line);
            }

            count++;
            string kind = m.Groups["kind"].Value;
            string qname = m.Groups["qname"].Value;
            int code = int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture);
            int values = int.Parse(m.Groups["values"].Value, CultureInfo.InvariantCulture);
            int codeBits = int.Parse(m.Groups["bits"].Value, CultureInfo.InvariantCulture);
            void Expect(int expectedCode, int expectedValues, string what)
            {
                if (code != expectedCode || values != expectedValues || codeBits != ExiRules.CodeWidth(expectedValues))
                {
                    throw new ReplayException(line.Trim() + ": our grammar has " + what + " with code " + expectedCode + "/" + expectedValues);
                }
            }

            if (ended)
            {
                throw new ReplayException("event after ED: " + line);
            }

            if (kind == "SD")
            {
                Expect(0, 1, "SD");
                continue;
            }

            if (relaxedState >= 0)
            {
                switch (kind)
                {
                    case "AT" when relaxedState == 0:
                        {
                            int index = relaxed.Attributes.ToList().FindIndex(a => a.Name.ToString() == qname);
                            Expect(relaxed.AttributeCode(index), relaxed.StartCharactersCode + 2, "relaxed AT");
                            var type = relaxed.Attributes[index].Type;
                            if (type != null)
                            {
                                CheckValue(line, m, ExiDatatype.For(type));
                            }
                            else if (m.Groups["type"].Value != "STRING")
                            {
                                throw new ReplayException(line.Trim() + ": an untyped attribute value is a string");
                            }

                            break;
                        }

                    case "CH":
                        Expect(relaxedState == 0 ? relaxed.StartCharactersCode : relaxed.ContentCharactersCode, (relaxedState == 0 ? relaxed.StartCharactersCode : relaxed.ContentCharactersCode) + 2, "relaxed CH[untyped]");
                        relaxedState = 1;
                        break;
                    case "EE":
                        Expect(relaxedState == 0 ? relaxed.StartEndElementCode : relaxed.ContentEndElementCode, (relaxedState == 0 ? relaxed.StartCharactersCode : relaxed.ContentCharactersCode) + 2, "relaxed EE");
                        relaxedState = -1;
                        break;
                    default:
                        throw new ReplayException(line.Trim() + ": the replay models attributes and characters in the relaxed grammar, not " + kind);
                }

                continue;
            }

            if (stack.Count == 0)
            {
                if (kind == "ED")
                {
                    Expect(fragment ? grammars.FragmentElements.Count + 1 : 0, fragment ? grammars.FragmentElements.Count + 2 : 1, "ED");
                    ended = true;
                    continue;
                }

                if (kind != "SE")
                {
                    throw new ReplayException(line.Trim() + ": only SE may start a " + (fragment ? "fragment element" : "document"));
                }

                ElementDeclaration element;
                if (fragment)
                {
                    int index = grammars.FragmentElements.FindIndex(f => f.Name.ToString() == qname);
                    if (index < 0)
                    {
                        throw new ReplayException(line.Trim() + ": not in our FragmentContent");
                    }

                    Expect(index, grammars.FragmentElements.Count + 2, "FragmentContent SE");
                    if (grammars.FragmentElements[index].Declaration is not { } declared)
                    {
                        relaxedState = 0;
                        continue;
                    }

                    element = declared;
                }
                else
                {
                    int index = grammars.DocumentElements.FindIndex(e => e.Name.ToString() == qname);
                    if (index < 0)
                    {
                        throw new ReplayException(line.Trim() + ": not in our DocContent");
                    }

                    Expect(index, grammars.DocumentElements.Count + 1, "DocContent SE");
                    element = grammars.DocumentElements[index];
                }

                var grammar = grammars.For(element);
                stack.Push(grammar.States[0]);
                types.Push(grammar.Type);
                continue;
            }

            var state = stack.Peek();
            int at = state.Productions.FindIndex(p => Matches(p.Event, kind, qname));
            if (at < 0)
            {
                throw new ReplayException(line.Trim() + ": no first-level production in our state, which has " + string.Join(", ", state.Productions.Select(p => p.Event.Terminal)));
            }

            var production = state.Productions[at];
            Expect(at, state.FirstLevelValueCount, production.Event.Terminal);
            if (kind is "CH" or "AT")
            {
                var valueType = kind == "AT"
                    ? production.Event.AttributeUse!.Declaration.Type
                    : types.Peek() as SimpleTypeDefinition ?? ((ComplexTypeDefinition)types.Peek()).SimpleContent!;
                CheckValue(line, m, ExiDatatype.For(valueType));
            }

            if (kind == "EE")
            {
                stack.Pop();
                types.Pop();
                continue;
            }

            stack.Pop();
            stack.Push(production.Target ?? throw new ReplayException(line.Trim() + ": production without a target"));
            if (kind == "SE")
            {
                var grammar = grammars.For(production.Event.Element!);
                stack.Push(grammar.States[0]);
                types.Push(grammar.Type);
            }
        }

        if (!ended)
        {
            throw new ReplayException("trace ends without ED");
        }

        return count;
    }

    private static bool Matches(GrammarEvent e, string kind, string qname) => kind switch
    {
        "SE" => e.Kind == EventKind.StartElement && e.Name!.Value.ToString() == qname,
        "AT" => e.Kind == EventKind.Attribute && e.Name!.Value.ToString() == qname,
        "CH" => e.Kind == EventKind.Characters && !e.IsUntyped,
        "EE" => e.Kind == EventKind.EndElement,
        _ => false,
    };

    private static void CheckValue(string line, Match m, ExiDatatype datatype)
    {
        string traced = m.Groups["type"].Value.Replace("_", string.Empty, StringComparison.Ordinal);
        string ours = datatype.Representation.ToString().ToUpperInvariant();
        if (traced != ours)
        {
            throw new ReplayException(line.Trim() + ": our datatype is " + datatype.Describe());
        }

        if (datatype.Representation is ExiRepresentation.NBitUnsignedInteger or ExiRepresentation.Enumeration)
        {
            int width = int.Parse(m.Groups["end"].Value, CultureInfo.InvariantCulture) - int.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture);
            if (width != datatype.Width)
            {
                throw new ReplayException(line.Trim() + ": our datatype is " + datatype.Describe());
            }
        }
    }

    private static SchemaFamily? FamilyFor(string referenceRoot) => SchemaFamily.All.FirstOrDefault(f => f.ReferenceRoot == referenceRoot);

    private static List<ManifestEntry>? manifest;

    private static List<ManifestEntry> Manifest()
    {
        if (manifest != null)
        {
            return manifest;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.VectorsDirectory, "manifest.json")));
        var result = json.RootElement.GetProperty("vectors").EnumerateArray()
            .Select(v => new ManifestEntry(
                v.GetProperty("family").GetString()!,
                v.GetProperty("schemaFiles")[0].GetString()!,
                v.TryGetProperty("fragment", out var f) && f.GetBoolean(),
                v.GetProperty("exiFile").GetString()!))
            .ToList();
        return manifest = result;
    }

    // @<start>+<code bits> <event> <qname> code=<code>/<values> [qname=..] [bits=<start>..<end>] [type=<datatype>] ...
    [GeneratedRegex(@"^@\d+\+(?<bits>\d+) (?<kind>SD|SE|AT|CH|EE|ED) (?<qname>\S+) code=(?<code>\d+)/(?<values>\d+)(?: qname=\S+)?(?: ev=\S+)?(?: bits=(?<start>\d+)\.\.(?<end>\d+))?(?: type=(?<type>[A-Z_0-9]+))?")]
    private static partial Regex EventLine();

    private sealed record ManifestEntry(string Family, string Schema, bool Fragment, string ExiFile);

    private sealed class ReplayException(string message) : Exception(message);

}
