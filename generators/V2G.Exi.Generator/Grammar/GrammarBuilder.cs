using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Schema;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>
    /// Builds the schema-informed grammars of EXI 1.0 §8.5 for the V2G profile: non-strict
    /// (second-level productions of §8.5.4.4.1), nothing preserved (no NS, CM, PI, DT, ER, SC).
    /// Every rule of EXI grammar construction lives in this folder.
    /// </summary>
    internal sealed class GrammarBuilder
    {
        private readonly SchemaGrammars result;
        private readonly Dictionary<Particle, int> particleOrder = new Dictionary<Particle, int>();

        private GrammarBuilder(SchemaSet schema)
        {
            result = new SchemaGrammars(schema);
        }

        public static SchemaGrammars Build(SchemaSet schema)
        {
            var builder = new GrammarBuilder(schema);
            builder.BuildAll();
            return builder.result;
        }

        private void BuildAll()
        {
            var schema = result.Schema;

            // §8.5.1 DocContent: global elements sorted lexicographically by local name, then URI.
            result.DocumentElements.AddRange(schema.GlobalElements.OrderBy(e => e.Name, Comparer<QualifiedName>.Create(QualifiedName.CompareExi)));

            // §8.5.3 FragmentContent: every element qname declared anywhere in the set, sorted the same way.
            foreach (var group in schema.AllElements.GroupBy(e => e.Name).OrderBy(g => g.Key, Comparer<QualifiedName>.Create(QualifiedName.CompareExi)))
            {
                var first = group.First();
                bool sameType = group.All(e => ReferenceEquals(e.Type, first.Type) && e.IsNillable == first.IsNillable);
                result.FragmentElements.Add(new FragmentElement(group.Key, sameType ? first : null));
            }

            result.ElementFragment = ElementFragmentGrammar.Build(schema, result.FragmentElements.Count);

            foreach (var element in schema.AllElements)
            {
                Ensure(element);
            }
        }

        private TypeGrammar Ensure(ElementDeclaration element)
        {
            var key = GrammarKey.Of(element);
            if (result.TypeGrammars.TryGetValue(key, out var grammar))
            {
                return grammar;
            }

            grammar = new TypeGrammar(element.Type, element.IsNillable, BuildStates(element.Type));
            result.TypeGrammars.Add(key, grammar);
            foreach (var state in grammar.States)
            {
                foreach (var production in state.Productions)
                {
                    if (production.Event.Element != null)
                    {
                        Ensure(production.Event.Element);
                    }
                }
            }

            return grammar;
        }

        private List<GrammarState> BuildStates(TypeDefinition type)
        {
            var automaton = new ContentAutomaton();
            int start = automaton.NewNode(isAttributePhase: true);
            int afterAttributes = start;
            if (type is ComplexTypeDefinition complex)
            {
                afterAttributes = AddAttributes(automaton, start, complex);
            }

            // The content starts in the start-tag phase: until a child or characters arrive, §8.5.4.4.1 treats it as StartTagContent.
            int contentStart = automaton.NewNode(isAttributePhase: true);
            automaton.Epsilon(afterAttributes, contentStart);
            if (type is SimpleTypeDefinition || (type is ComplexTypeDefinition { Content: ContentKind.Simple }))
            {
                // §8.5.4.1.3.1 simple type grammar: Type_0 : CH[typed] Type_1 ; Type_1 : EE
                int afterValue = automaton.NewNode(isAttributePhase: false);
                automaton.Edge(contentStart, GrammarEvent.Characters(untyped: false), afterValue);
                automaton.Accept(afterValue);
            }
            else
            {
                var complexType = (ComplexTypeDefinition)type;
                int end = contentStart;
                if (complexType.Particle != null)
                {
                    int entry = automaton.NewNode(isAttributePhase: false);
                    automaton.Epsilon(contentStart, entry);
                    int contentNodesFrom = entry;
                    end = AddParticle(automaton, entry, complexType.Particle);
                    if (complexType.Content == ContentKind.Mixed)
                    {
                        // §8.5.4.1.3.2: mixed content adds CH[untyped] to every state of the content.
                        automaton.MixedCharacters(contentStart);
                        for (int n = contentNodesFrom; n < automaton.NodeCount; n++)
                        {
                            automaton.MixedCharacters(n);
                        }
                    }
                }
                else if (complexType.Content == ContentKind.Mixed)
                {
                    automaton.MixedCharacters(contentStart);
                }

                automaton.Accept(end);
            }

            List<GrammarState> states;
            try
            {
                states = automaton.Normalise(start, t =>
                    "Schema violates Unique Particle Attribution: two particles of " + type.DisplayName + " match " + t.Terminal);
            }
            catch (InvalidOperationException e)
            {
                // Reported at the type's declaration in the XSD (EXI008).
                throw new SchemaException("EXI008", e.Message, type.SourceFile, type.Line);
            }

            foreach (var state in states)
            {
                EventCodeOrder.Sort(state.Productions);
            }

            states = ContentAutomaton.Minimise(states);
            foreach (var state in states)
            {
                NonStrictProductions.Add(state);
            }

            return states;
        }

        private static int AddAttributes(ContentAutomaton automaton, int start, ComplexTypeDefinition type)
        {
            // §8.5.4.1.3.2: attribute uses sorted by qname, each optional one skippable; a wildcard adds AT(*) to every attribute state.
            var uses = type.Attributes.OrderBy(a => a.Declaration.Name, Comparer<QualifiedName>.Create(QualifiedName.CompareExi)).ToList();
            var chain = new List<int> { start };
            int current = start;
            foreach (var use in uses)
            {
                int next = automaton.NewNode(isAttributePhase: true);
                automaton.Edge(current, GrammarEvent.Attribute(use), next);
                if (!use.IsRequired)
                {
                    automaton.Epsilon(current, next);
                }

                chain.Add(next);
                current = next;
            }

            if (type.AttributeWildcard != null)
            {
                foreach (int node in chain)
                {
                    foreach (var uri in WildcardUris(type.AttributeWildcard))
                    {
                        automaton.Edge(node, GrammarEvent.AttributeWildcard(uri), node);
                    }
                }
            }

            return current;
        }

        /// <summary>§8.5.4.1.6 particle grammar: min copies of the term, then max-min optional copies or a loop. Returns the exit node.</summary>
        private int AddParticle(ContentAutomaton automaton, int entry, Particle particle)
        {
            int current = entry;
            for (int i = 0; i < particle.MinOccurs; i++)
            {
                current = AddTerm(automaton, current, particle);
            }

            if (particle.MaxOccurs == Particle.Unbounded)
            {
                int loop = automaton.NewNode(isAttributePhase: false);
                automaton.Epsilon(current, loop);
                int after = AddTerm(automaton, loop, particle);
                automaton.Epsilon(after, loop);
                return loop;
            }

            if (particle.MaxOccurs > particle.MinOccurs)
            {
                int exit = automaton.NewNode(isAttributePhase: false);
                for (int i = particle.MinOccurs; i < particle.MaxOccurs; i++)
                {
                    automaton.Epsilon(current, exit);
                    current = AddTerm(automaton, current, particle);
                }

                automaton.Epsilon(current, exit);
                return exit;
            }

            return current;
        }

        private int AddTerm(ContentAutomaton automaton, int entry, Particle particle)
        {
            int exit = automaton.NewNode(isAttributePhase: false);
            switch (particle.Term)
            {
                case ElementTerm elementTerm:
                    {
                        // §8.5.4.1.6 element terms: SE(qname) for the element and every member of its substitution
                        // group, abstract ones included, sorted by local name then URI.
                        int order = Order(particle);
                        var candidates = new List<ElementDeclaration> { elementTerm.Element };
                        candidates.AddRange(elementTerm.Element.SubstitutionMembers);
                        int rank = 0;
                        foreach (var candidate in candidates.OrderBy(c => c.Name, Comparer<QualifiedName>.Create(QualifiedName.CompareExi)))
                        {
                            automaton.Edge(entry, GrammarEvent.StartElement(candidate, particle, order * 4096 + rank++), exit);
                        }

                        break;
                    }

                case Wildcard wildcard:
                    {
                        int order = Order(particle);
                        foreach (var uri in WildcardUris(wildcard))
                        {
                            automaton.Edge(entry, GrammarEvent.StartElementWildcard(uri, particle, order), exit);
                        }

                        break;
                    }

                case ModelGroup { Compositor: Compositor.Sequence } sequence:
                    {
                        int current = entry;
                        foreach (var child in sequence.Particles)
                        {
                            current = AddParticle(automaton, current, child);
                        }

                        automaton.Epsilon(current, exit);
                        break;
                    }

                case ModelGroup { Compositor: Compositor.Choice } choice:
                    {
                        if (choice.Particles.Count == 0)
                        {
                            automaton.Epsilon(entry, exit);
                        }

                        foreach (var child in choice.Particles)
                        {
                            int branch = automaton.NewNode(isAttributePhase: false);
                            automaton.Epsilon(entry, branch);
                            automaton.Epsilon(AddParticle(automaton, branch, child), exit);
                        }

                        break;
                    }

                default:
                    throw new InvalidOperationException("Unsupported particle term " + particle.Term.GetType().Name);
            }

            return exit;
        }

        /// <summary>Schema order of particles: first visit of each particle, depth first.</summary>
        private int Order(Particle particle)
        {
            if (!particleOrder.TryGetValue(particle, out int order))
            {
                order = particleOrder.Count;
                particleOrder.Add(particle, order);
            }

            return order;
        }

        /// <summary>§8.5.4.1.6 wildcard terms: ##any and ##other give SE(*) (null); a namespace list gives SE(uri:*) per URI.</summary>
        private static IEnumerable<string?> WildcardUris(Wildcard wildcard)
        {
            if (wildcard.Kind != WildcardKind.List)
            {
                return new string?[] { null };
            }

            return wildcard.Namespaces.OrderBy(u => u, StringComparer.Ordinal).Cast<string?>();
        }
    }
}
