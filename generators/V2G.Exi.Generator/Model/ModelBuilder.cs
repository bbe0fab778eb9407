using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System;
using V2G.Exi.Generator.Grammar;
using V2G.Exi.Generator.Schema;
using V2G.Exi.Rules;

namespace V2G.Exi.Generator.Model
{
    /// <summary>Maps a schema set and its grammars to the equatable <see cref="CodecModel"/> that the emitters consume.</summary>
    internal sealed class ModelBuilder
    {
        private readonly SchemaGrammars grammars;
        private readonly HashSet<string> typeNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<TypeDefinition, string> classNames = new Dictionary<TypeDefinition, string>();

        // Abstract types that have a grammar (an element is declared with them) and the concrete class of their own content.
        private readonly Dictionary<ComplexTypeDefinition, string> headNames = new Dictionary<ComplexTypeDefinition, string>();
        private readonly Dictionary<GrammarKey, string> grammarNames = new Dictionary<GrammarKey, string>();
        private readonly Dictionary<SimpleTypeDefinition, ValueModel> values = new Dictionary<SimpleTypeDefinition, ValueModel>();
        private readonly Dictionary<string, ValueModel> valuesByKey = new Dictionary<string, ValueModel>(StringComparer.Ordinal);
        private readonly Dictionary<SimpleTypeDefinition, EnumModel> enums = new Dictionary<SimpleTypeDefinition, EnumModel>();
        private readonly Dictionary<Particle, string> memberOfParticle = new Dictionary<Particle, string>();
        private readonly Dictionary<AttributeUse, string> memberOfAttribute = new Dictionary<AttributeUse, string>();
        private readonly Dictionary<ComplexTypeDefinition, List<(object Source, MemberModel Member)>> membersOfType = new Dictionary<ComplexTypeDefinition, List<(object, MemberModel)>>();
        private readonly Dictionary<Particle, (string Group, int Index)> groupOfParticle = new Dictionary<Particle, (string, int)>();
        private readonly List<ClassModel> groupItemClasses = new List<ClassModel>();

        private ModelBuilder(SchemaGrammars grammars)
        {
            this.grammars = grammars;
        }

        public static CodecModel Build(SchemaGrammars grammars, string? ns, string codecName, IReadOnlyList<NamespaceModel> namespaces)
        {
            return new ModelBuilder(grammars).BuildModel(ns, codecName, namespaces);
        }

        private CodecModel BuildModel(string? ns, string codecName, IReadOnlyList<NamespaceModel> namespaces)
        {
            string stem = codecName.EndsWith("Codec", StringComparison.Ordinal) && codecName.Length > 5 ? codecName.Substring(0, codecName.Length - 5) : codecName;
            string documentName = stem + "Document";
            string rootEnumName = stem + "RootElement";
            typeNames.Add(codecName);
            typeNames.Add(documentName);
            typeNames.Add(rootEnumName);
            string fragmentName = stem + "Fragment";
            string fragmentEnumName = stem + "FragmentElement";
            typeNames.Add(fragmentName);
            typeNames.Add(fragmentEnumName);

            // Class names first (named types before anonymous ones, so schema names win clashes).
            var complexTypes = grammars.TypeGrammars.Keys.Select(k => k.Type).OfType<ComplexTypeDefinition>().Distinct().ToList();

            // Base types that no element uses directly still become classes, so derived classes keep their hierarchy
            // (ISO 15118-20: AC/DC control modes extend CommonTypes types that only serve as bases).
            foreach (var type in complexTypes.ToList())
            {
                for (var b = type.BaseType as ComplexTypeDefinition; b != null && !b.IsUrType && b.Name != null; b = b.BaseType as ComplexTypeDefinition)
                {
                    if (!complexTypes.Contains(b))
                    {
                        complexTypes.Add(b);
                    }
                }
            }
            foreach (var type in complexTypes.Where(t => t.Name != null).OrderBy(t => t.Name!.Value.LocalName, StringComparer.Ordinal))
            {
                ClassName(type);
            }

            foreach (var element in grammars.Schema.AllElements.Where(e => e.Type is ComplexTypeDefinition && e.Type.Name == null))
            {
                ClassName(element.Type, element.Name.LocalName);
            }

            foreach (var type in complexTypes.Where(t => t.IsAbstract && grammars.TypeGrammars.ContainsKey(new GrammarKey(t, false)))
                .OrderBy(t => classNames[t], StringComparer.Ordinal))
            {
                headNames.Add(type, Naming.Unique(classNames[type] + "Head", typeNames));
            }

            var classes = new List<ClassModel>();
            foreach (var type in complexTypes.OrderBy(t => classNames[t], StringComparer.Ordinal))
            {
                classes.Add(BuildClass(type));
            }

            foreach (var head in headNames.OrderBy(h => h.Value, StringComparer.Ordinal))
            {
                var owner = classes.First(c => c.Name == classNames[head.Key]);
                string doc = "The abstract type " + owner.XmlDescription + " with its own content only: what an element declared with it carries"
                    + " when the stream uses no derived type (libcbv2g-based stacks send such heads). Schema-invalid: decoding under"
                    + " ExiFacetValidation.Strict refuses it, and encoding writes it only with ExiEncodeOptions.Relaxed.";
                classes.Add(new ClassModel(head.Value, owner.Name, false, doc, owner.XmlDescription, EquatableArray<MemberModel>.Empty, owner.GrammarName, IsHead: true));
            }

            classes.AddRange(groupItemClasses);
            // Simple types with the same value codec have the same grammar (§8.5.4.1.3.1): one copy each.
            var grammarModels = grammars.TypeGrammars
                .Select(kv => BuildGrammar(kv.Key, kv.Value))
                .GroupBy(g => g.Name, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(g => g.Name, StringComparer.Ordinal)
                .ToList();

            var roots = new List<RootModel>();
            var rootNames = UnionMemberNames();
            for (int i = 0; i < grammars.DocumentElements.Count; i++)
            {
                var element = grammars.DocumentElements[i];
                if (element.IsAbstract || element.Type is not ComplexTypeDefinition { IsAbstract: false } and not SimpleTypeDefinition)
                {
                    // An abstract element, or one whose type is abstract, cannot be a document root.
                    continue;
                }

                if (element.Type is SimpleTypeDefinition)
                {
                    continue;
                }

                string className = classNames[element.Type];
                bool unique = grammars.DocumentElements.Count(e => ReferenceEquals(e.Type, element.Type)) == 1;
                roots.Add(new RootModel(Naming.Unique(Naming.Pascal(element.Name.LocalName), rootNames), element.Name.LocalName, element.Name.Namespace, className, i, GrammarName(GrammarKey.Of(element)), unique));
            }

            if (roots.Count == 0)
            {
                throw new SchemaException("EXI005", "The schema set has no global element with a concrete complex type to use as a document root", string.Empty, 0);
            }

            var fragment = BuildFragment(fragmentName, fragmentEnumName);
            var idIndex = IdIndexBuilder.Build(classes, roots, fragment.Roots);
            var sharedRootMembers = SharedRootMembers(classes, roots);
            return new CodecModel(
                ns,
                codecName,
                documentName,
                rootEnumName,
                classes.ToEquatableArray(),
                enums.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray(),
                valuesByKey.Values.OrderBy(v => v.Name, StringComparer.Ordinal).ToEquatableArray(),
                grammarModels.ToEquatableArray(),
                roots.ToEquatableArray(),
                namespaces.ToEquatableArray(),
                ExiRules.CodeWidth(grammars.DocumentElements.Count + 1),
                fragment,
                idIndex,
                sharedRootMembers,
                grammars.DocumentElements.Count + 1);
        }

        /// <summary>
        /// Element members of a top-level abstract class that several document roots derive from (ISO 15118-20's
        /// V2GMessageType and its Header): the document union exposes them without a cast.
        /// </summary>
        private EquatableArray<SharedRootMemberModel> SharedRootMembers(List<ClassModel> classes, List<RootModel> roots)
        {
            var byName = classes.ToDictionary(c => c.Name, StringComparer.Ordinal);
            string Top(string name)
            {
                var c = byName[name];
                while (c.BaseName != null && byName.TryGetValue(c.BaseName, out var b))
                {
                    c = b;
                }

                return c.Name;
            }

            var taken = UnionMemberNames();
            taken.UnionWith(roots.Select(r => r.MemberName));
            var result = new List<SharedRootMemberModel>();
            foreach (var group in roots.GroupBy(r => Top(r.ClassName), StringComparer.Ordinal).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var top = byName[group.Key];
                if (!top.IsAbstract)
                {
                    continue;
                }

                foreach (var m in top.Members.Where(m => m.Kind == MemberKind.Element && !m.IsList && taken.Add(m.Name)))
                {
                    string type = m.ClassName ?? valuesByKey.Values.First(v => v.Name == m.ValueName).CSharpType;
                    result.Add(new SharedRootMemberModel(m.Name, type, top.Name, "The " + m.LocalName + " of every root derived from " + top.Name + ", otherwise null."));
                }
            }

            return result.ToEquatableArray();
        }

        /// <summary>Names a root member of a union may not take: the union's own members.</summary>
        private static HashSet<string> UnionMemberNames() => new HashSet<string>(StringComparer.Ordinal) { "Root", "Value", "Name", "Equals", "GetHashCode", "ToString", "GetType" };

        /// <summary>Fragment roots: every FragmentContent entry that has a concrete type this codec can hold.</summary>
        private FragmentModel BuildFragment(string unionName, string enumName)
        {
            var entries = grammars.FragmentElements;
            var relaxed = grammars.ElementFragment;
            var names = UnionMemberNames();
            var roots = new List<RootModel>();
            for (int code = 0; code < entries.Count; code++)
            {
                var entry = entries[code];
                var root = entry.Declaration != null ? FragmentRoot(entry.Declaration, code, names) : RelaxedRoot(entry, code, names, relaxed);
                if (root != null)
                {
                    roots.Add(root);
                }
            }

            // An implicit conversion needs a C# type that only one root has.
            roots = roots.Select(r => r with { UniqueClass = roots.Count(o => o.ClassName == r.ClassName) == 1 }).ToList();
            var relaxedModel = new RelaxedGrammarModel(
                relaxed.StartWidth,
                relaxed.StartEndElementCode,
                relaxed.StartCharactersCode,
                relaxed.StartValues,
                relaxed.ContentWidth,
                relaxed.ContentEndElementCode,
                relaxed.ContentCharactersCode,
                relaxed.ContentValues);

            // §8.5.3 FragmentContent: one SE per qname (codes 0 to m-1), then SE(*) = m and ED = m+1.
            int codeValues = entries.Count + 2;
            return new FragmentModel(
                unionName, enumName, ExiRules.CodeWidth(codeValues), entries.Count, entries.Count, entries.Count + 1, codeValues, roots.ToEquatableArray(), relaxedModel);
        }

        private RootModel? FragmentRoot(ElementDeclaration element, int code, HashSet<string> names)
        {
            if (element.IsAbstract || element.IsNillable)
            {
                return null;
            }

            string memberName() => FragmentMemberName(element.Name, names);
            if (element.Type is ComplexTypeDefinition complex)
            {
                if (complex.IsAbstract || complex.IsUrType || !classNames.TryGetValue(complex, out var className))
                {
                    return null;
                }

                return new RootModel(memberName(), element.Name.LocalName, element.Name.Namespace, className, code, GrammarName(GrammarKey.Of(element)), false);
            }

            var value = Value((SimpleTypeDefinition)element.Type);
            return new RootModel(memberName(), element.Name.LocalName, element.Name.Namespace, value.CSharpType, code, GrammarName(GrammarKey.Of(element)), false, value.Name);
        }

        /// <summary>
        /// A qname declared with several types is held by the relaxed element fragment grammar, which knows no
        /// content model: attributes, then untyped characters. It maps onto a declaration whose type is that
        /// shape (simple content with string attributes, or a string simple type); otherwise the qname is not offered.
        /// </summary>
        private RootModel? RelaxedRoot(FragmentElement entry, int code, HashSet<string> names, ElementFragmentGrammar relaxed)
        {
            var declarations = grammars.Schema.AllElements.Where(e => e.Name.Equals(entry.Name) && !e.IsAbstract).ToList();
            foreach (var element in declarations.Where(e => e.Type is ComplexTypeDefinition { Content: ContentKind.Simple, IsAbstract: false }))
            {
                var type = (ComplexTypeDefinition)element.Type;
                var members = Members(type);
                var attributes = new List<RelaxedAttributeModel>();
                bool fits = ValueIsString(type.SimpleContent!);
                foreach (var (source, member) in members.Where(m => m.Member.Kind == MemberKind.Attribute))
                {
                    var use = (AttributeUse)source;
                    int index = relaxed.Attributes.ToList().FindIndex(a => a.Name.Equals(use.Declaration.Name));
                    fits &= index >= 0 && ValueIsString(use.Declaration.Type);
                    attributes.Add(new RelaxedAttributeModel(member.Name, member.LocalName, member.Namespace, member.ValueName!, relaxed.AttributeCode(index), use.IsRequired));
                }

                if (fits)
                {
                    var content = members.Single(m => m.Member.Kind == MemberKind.SimpleContent).Member;
                    var shape = new RelaxedRootModel(attributes.ToEquatableArray(), content.Name, content.ValueName!);
                    return new RootModel(FragmentMemberName(entry.Name, names), entry.Name.LocalName, entry.Name.Namespace, classNames[type], code, string.Empty, false, null, shape);
                }
            }

            foreach (var element in declarations.Where(e => e.Type is SimpleTypeDefinition simple && ValueIsString(simple)))
            {
                var value = Value((SimpleTypeDefinition)element.Type);
                var shape = new RelaxedRootModel(EquatableArray<RelaxedAttributeModel>.Empty, null, value.Name);
                return new RootModel(FragmentMemberName(entry.Name, names), entry.Name.LocalName, entry.Name.Namespace, value.CSharpType, code, string.Empty, false, value.Name, shape);
            }

            return null;
        }

        /// <summary>
        /// A fragment root's member name: its local name, or where another namespace of the set declares the same local
        /// name, the schema's prefix for its namespace in front (<c>BodyEVSEMaxCurrent</c>, <c>DtEVSEMaxCurrent</c>).
        /// </summary>
        private string FragmentMemberName(QualifiedName name, HashSet<string> names)
        {
            bool shared = grammars.FragmentElements.Count(f => f.Name.LocalName == name.LocalName) > 1;
            string stem = Naming.Pascal(name.LocalName);
            if (shared && grammars.Schema.PreferredPrefixes.TryGetValue(name.Namespace, out var prefix))
            {
                stem = Naming.Pascal(prefix) + stem;
            }

            return Naming.Unique(stem, names);
        }

        /// <summary>Untyped characters and string-typed values have the same EXI form, so the relaxed grammar can carry them.</summary>
        private bool ValueIsString(SimpleTypeDefinition type) => Value(type).Representation == ValueRepresentation.String;

        private string ClassName(TypeDefinition type, string? elementName = null)
        {
            if (!classNames.TryGetValue(type, out var name))
            {
                name = Naming.Unique(Naming.Pascal(type.Name?.LocalName ?? elementName ?? "Anonymous"), typeNames);
                classNames.Add(type, name);
            }

            return name;
        }

        private string GrammarName(GrammarKey key)
        {
            if (!grammarNames.TryGetValue(key, out var name))
            {
                string stem = key.Type is ComplexTypeDefinition ? classNames[key.Type] : Value((SimpleTypeDefinition)key.Type).Name;
                name = stem + (key.Nillable ? "Nillable" : string.Empty);
                grammarNames.Add(key, name);
            }

            return name;
        }

        private ClassModel BuildClass(ComplexTypeDefinition type)
        {
            var all = Members(type);
            string? baseName = null;
            IEnumerable<(object Source, MemberModel Member)> own = all;
            if (type.BaseType is ComplexTypeDefinition baseType && !baseType.IsUrType && classNames.ContainsKey(baseType) && IsExtensionOf(type, baseType))
            {
                baseName = classNames[baseType];
                var inherited = new HashSet<object>(Members(baseType).Select(m => m.Source));
                own = all.Where(m => !inherited.Contains(m.Source));
            }
            else if (type.BaseType is ComplexTypeDefinition restrictedBase && !restrictedBase.IsUrType && !classNames.ContainsKey(restrictedBase))
            {
                baseName = null;
            }

            string description = type.Name?.ToString() ?? "anonymous type";
            return new ClassModel(
                classNames[type],
                baseName,
                type.IsAbstract,
                type.Documentation,
                description,
                own.Select(m => m.Member).ToEquatableArray(),
                grammars.TypeGrammars.ContainsKey(new GrammarKey(type, false)) ? GrammarName(new GrammarKey(type, false)) : null);
        }

        private static bool IsExtensionOf(ComplexTypeDefinition type, ComplexTypeDefinition baseType)
        {
            // Extension keeps every attribute of the base and starts the content with the base particle.
            if (type.Content == ContentKind.Simple)
            {
                return baseType.Content == ContentKind.Simple;
            }

            if (baseType.Particle == null)
            {
                return baseType.Content == ContentKind.Empty;
            }

            return type.Particle != null && (ReferenceEquals(type.Particle, baseType.Particle)
                || (type.Particle.Term is ModelGroup g && g.Particles.Count == 2 && ReferenceEquals(g.Particles[0], baseType.Particle)));
        }

        private List<(object Source, MemberModel Member)> Members(ComplexTypeDefinition type)
        {
            if (membersOfType.TryGetValue(type, out var cached))
            {
                return cached;
            }

            var members = new List<(object, MemberModel)>();
            var used = new HashSet<string>(StringComparer.Ordinal) { classNames[type] };

            // Members of a base class keep their names in the derived class.
            if (type.BaseType is ComplexTypeDefinition baseType && !baseType.IsUrType && classNames.ContainsKey(baseType) && IsExtensionOf(type, baseType))
            {
                foreach (var inherited in Members(baseType))
                {
                    used.Add(inherited.Member.Name);
                }
            }

            foreach (var use in type.Attributes.OrderBy(a => a.Declaration.Name, Comparer<QualifiedName>.Create(QualifiedName.CompareExi)))
            {
                string name = MemberName(use, used, () => Naming.Pascal(use.Declaration.Name.LocalName));
                var value = Value(use.Declaration.Type);
                bool isId = use.Declaration.Type.BuiltIn == "ID";
                members.Add((use, new MemberModel(name, MemberKind.Attribute, use.Declaration.Name.LocalName, use.Declaration.Name.Namespace, null, null, value.Name, use.IsRequired ? 1 : 0, 1, !use.IsRequired, EquatableArray<SubstituteModel>.Empty, isId)));
            }

            if (type.Content == ContentKind.Simple)
            {
                var value = Value(type.SimpleContent!);
                string name = Naming.Unique("Value", used);
                members.Add((type, new MemberModel(name, MemberKind.SimpleContent, string.Empty, string.Empty, null, null, value.Name, 1, 1, false, EquatableArray<SubstituteModel>.Empty)));
            }
            else if (type.Particle != null)
            {
                Flatten(type, type.Particle, optional: false, members, used, inGroup: false);
            }

            membersOfType[type] = members;
            return members;
        }

        private string MemberName(object source, HashSet<string> used, Func<string> proposal)
        {
            if (source is Particle particle && memberOfParticle.TryGetValue(particle, out var known))
            {
                used.Add(known);
                return known;
            }

            if (source is AttributeUse use && memberOfAttribute.TryGetValue(use, out known))
            {
                used.Add(known);
                return known;
            }

            string name = Naming.Unique(proposal(), used);
            if (source is Particle p)
            {
                memberOfParticle[p] = name;
            }
            else if (source is AttributeUse a)
            {
                memberOfAttribute[a] = name;
            }

            return name;
        }

        private void Flatten(ComplexTypeDefinition owner, Particle particle, bool optional, List<(object, MemberModel)> members, HashSet<string> used, bool inGroup)
        {
            switch (particle.Term)
            {
                case ElementTerm term:
                    {
                        var element = term.Element;
                        string name = MemberName(particle, used, () => Naming.Pascal(element.Name.LocalName));
                        int min = optional ? 0 : particle.MinOccurs;
                        string? className = null;
                        string? valueName = null;
                        var substitutes = new List<SubstituteModel>();
                        if (element.Type is ComplexTypeDefinition complex)
                        {
                            className = ClassName(complex, element.Name.LocalName);
                            var candidates = new List<ElementDeclaration>();
                            if (!element.IsAbstract)
                            {
                                candidates.Add(element);
                            }

                            candidates.AddRange(element.SubstitutionMembers.Where(m => !m.IsAbstract));
                            if (element.SubstitutionMembers.Count > 0)
                            {
                                // §8.5.4.1.6 keeps SE(head) whatever the abstract flags say: the head's type's own content.
                                if (complex.IsAbstract && headNames.TryGetValue(complex, out var head))
                                {
                                    substitutes.Add(new SubstituteModel(element.Name.LocalName, element.Name.Namespace, head, GrammarName(GrammarKey.Of(element)), IsAbstractHead: true));
                                }

                                foreach (var candidate in candidates.OrderByDescending(c => Depth(c.Type)))
                                {
                                    if (candidate.Type is not ComplexTypeDefinition candidateType || candidateType.IsAbstract)
                                    {
                                        continue;
                                    }

                                    substitutes.Add(new SubstituteModel(candidate.Name.LocalName, candidate.Name.Namespace, ClassName(candidateType, candidate.Name.LocalName), GrammarName(GrammarKey.Of(candidate))));
                                }
                            }
                        }
                        else
                        {
                            valueName = Value((SimpleTypeDefinition)element.Type).Name;
                        }

                        members.Add((particle, new MemberModel(name, MemberKind.Element, element.Name.LocalName, element.Name.Namespace, element.Documentation, className, valueName, min, particle.MaxOccurs, min == 0 && particle.MaxOccurs == 1, substitutes.ToEquatableArray())));
                        break;
                    }

                case Wildcard:
                    // Wildcard content has no member: decoders refuse it, encoders never produce it.
                    break;
                case ModelGroup group when particle.MaxOccurs != 1:
                    {
                        if (inGroup)
                        {
                            throw new SchemaException("EXI005", "Repeated model groups nested in repeated model groups are not supported (in " + owner.DisplayName + ")", string.Empty, 0);
                        }

                        // A repeated group keeps document order as a list of items, one per repetition.
                        var itemMembers = new List<(object, MemberModel)>();
                        var itemUsed = new HashSet<string>(StringComparer.Ordinal);
                        string itemClass = Naming.Unique(classNames[owner] + "Item", typeNames);
                        itemUsed.Add(itemClass);
                        foreach (var child in group.Particles)
                        {
                            Flatten(owner, child, optional: true, itemMembers, itemUsed, inGroup: true);
                        }

                        if (itemMembers.Count == 0)
                        {
                            // Only wildcards repeat here: decoders refuse such content, encoders never produce it.
                            break;
                        }

                        string name = MemberName(particle, used, () => "Items");
                        for (int i = 0; i < itemMembers.Count; i++)
                        {
                            if (itemMembers[i].Item1 is Particle inner)
                            {
                                groupOfParticle[inner] = (name, i);
                            }
                        }

                        groupItemClasses.Add(new ClassModel(itemClass, null, false, "One repetition of a repeated " + group.Compositor.ToString().ToLowerInvariant() + " in " + owner.DisplayName + ".", owner.DisplayName, itemMembers.Select(m => m.Item2).ToEquatableArray(), null, IsGroupItem: true));
                        members.Add((particle, new MemberModel(name, MemberKind.Group, string.Empty, string.Empty, null, itemClass, null, optional ? 0 : particle.MinOccurs, particle.MaxOccurs, false, EquatableArray<SubstituteModel>.Empty)));
                        break;
                    }

                case ModelGroup group:
                    bool childOptional = optional || particle.MinOccurs == 0 || group.Compositor == Compositor.Choice;
                    foreach (var child in group.Particles)
                    {
                        Flatten(owner, child, childOptional, members, used, inGroup);
                    }

                    break;
            }
        }

        private static int Depth(TypeDefinition type)
        {
            int depth = 0;
            for (var t = type.BaseType; t != null; t = t.BaseType)
            {
                depth++;
            }

            return depth;
        }

        private ValueModel Value(SimpleTypeDefinition type)
        {
            if (values.TryGetValue(type, out var known))
            {
                return known;
            }

            var datatype = ExiDatatype.For(type);
            ValueRepresentation representation;
            string csharp;
            bool isValueType = true;
            string? min = null;
            string? max = null;
            string? enumName = null;
            switch (datatype.Representation)
            {
                case ExiRepresentation.Boolean:
                    representation = ValueRepresentation.Boolean;
                    csharp = "bool";
                    break;
                case ExiRepresentation.Integer:
                case ExiRepresentation.UnsignedInteger:
                case ExiRepresentation.NBitUnsignedInteger:
                    representation = datatype.Representation == ExiRepresentation.Integer ? ValueRepresentation.Integer
                        : datatype.Representation == ExiRepresentation.UnsignedInteger ? ValueRepresentation.UnsignedInteger
                        : ValueRepresentation.NBitUnsignedInteger;
                    // The type of the facet range: an n-bit field's values beyond it decode where the type holds them (1..20 in
                    // 5 bits: up to 32 in a byte); beyond the type (256 for 1..255 in 8 bits) the decoder reports an error.
                    csharp = IntegerType(type.MinInclusive, type.MaxInclusive);
                    min = type.MinInclusive?.ToString(CultureInfo.InvariantCulture);
                    max = type.MaxInclusive?.ToString(CultureInfo.InvariantCulture);
                    break;
                case ExiRepresentation.Enumeration:
                    representation = ValueRepresentation.Enumeration;
                    enumName = Enum(type).Name;
                    csharp = enumName;
                    break;
                case ExiRepresentation.String:
                    representation = ValueRepresentation.String;
                    csharp = "string";
                    isValueType = false;
                    break;
                case ExiRepresentation.BinaryBase64:
                case ExiRepresentation.BinaryHex:
                    representation = datatype.Representation == ExiRepresentation.BinaryHex ? ValueRepresentation.BinaryHex : ValueRepresentation.BinaryBase64;
                    csharp = "byte[]";
                    isValueType = false;
                    break;
                default:
                    throw new SchemaException("EXI006", "The EXI " + datatype.Representation + " representation of " + type.DisplayName + " is not supported yet", type.SourceFile, type.Line);
            }

            // Every length facet is a facet like the others: decoding accepts any length (production vehicles send an
            // ISO-2 eMAID of 9 characters against minLength 14), Validate reports it, strict modes refuse it.
            int? minLength = type.Length ?? type.MinLength;
            int? maxLength = type.Length ?? type.MaxLength;
            string key = string.Join("|", csharp, representation, datatype.Width, datatype.Offset, min, max, minLength, maxLength);
            if (!valuesByKey.TryGetValue(key, out var model))
            {
                string stem = representation == ValueRepresentation.Enumeration ? enumName! : ValueStem(csharp, representation);
                string name = Naming.Unique(stem + ValueSuffix(datatype, min, max, minLength, maxLength), typeNames);
                string description = (type.Name?.ToString() ?? "anonymous " + type.BuiltIn) + " as " + datatype.Describe();
                model = new ValueModel(name, csharp, isValueType, representation, datatype.Width, datatype.Offset.ToString(CultureInfo.InvariantCulture), min, max, minLength, maxLength, enumName, description);
                valuesByKey.Add(key, model);
            }

            values.Add(type, model);
            return model;
        }

        private static string ValueStem(string csharp, ValueRepresentation representation) => representation switch
        {
            ValueRepresentation.BinaryHex => "HexBinary",
            ValueRepresentation.BinaryBase64 => "Base64Binary",
            ValueRepresentation.String => "String",
            ValueRepresentation.Boolean => "Boolean",
            _ => csharp switch
            {
                "sbyte" => "SByte",
                "byte" => "Byte",
                "short" => "Int16",
                "ushort" => "UInt16",
                "int" => "Int32",
                "uint" => "UInt32",
                "long" => "Int64",
                "ulong" => "UInt64",
                _ => "BigInteger",
            },
        };

        private static string ValueSuffix(ExiDatatype datatype, string? min, string? max, int? minLength, int? maxLength)
        {
            var parts = new List<string>();
            if (datatype.Representation == ExiRepresentation.NBitUnsignedInteger || datatype.Representation == ExiRepresentation.Integer || datatype.Representation == ExiRepresentation.UnsignedInteger)
            {
                string builtIn = datatype.Type.BuiltIn;
                if (min != null || max != null)
                {
                    parts.Add("Range" + (min ?? "Min").Replace("-", "Minus") + "To" + (max ?? "Max").Replace("-", "Minus"));
                }
            }

            if (minLength.HasValue && maxLength.HasValue && minLength == maxLength)
            {
                parts.Add("Length" + maxLength.Value.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                if (minLength.HasValue && minLength.Value > 0)
                {
                    parts.Add("Min" + minLength.Value.ToString(CultureInfo.InvariantCulture));
                }

                if (maxLength.HasValue)
                {
                    parts.Add("Max" + maxLength.Value.ToString(CultureInfo.InvariantCulture));
                }
            }

            return parts.Count == 0 ? "Value" : string.Concat(parts) + "Value";
        }

        private static string IntegerType(BigInteger? min, BigInteger? max)
        {
            if (!min.HasValue || !max.HasValue)
            {
                return "global::System.Numerics.BigInteger";
            }

            if (min.Value >= 0)
            {
                return max.Value <= byte.MaxValue ? "byte" : max.Value <= ushort.MaxValue ? "ushort" : max.Value <= uint.MaxValue ? "uint" : max.Value <= ulong.MaxValue ? "ulong" : "global::System.Numerics.BigInteger";
            }

            if (min.Value >= sbyte.MinValue && max.Value <= sbyte.MaxValue)
            {
                return "sbyte";
            }

            return min.Value >= short.MinValue && max.Value <= short.MaxValue ? "short"
                : min.Value >= int.MinValue && max.Value <= int.MaxValue ? "int"
                : min.Value >= long.MinValue && max.Value <= long.MaxValue ? "long"
                : "global::System.Numerics.BigInteger";
        }

        private EnumModel Enum(SimpleTypeDefinition type)
        {
            // Restrictions that keep the same facet list share the enum of the type that declared it.
            var declaring = type;
            while (declaring.Name == null && declaring.BaseType is SimpleTypeDefinition b && b.Enumerations.SequenceEqual(declaring.Enumerations))
            {
                declaring = b;
            }

            if (enums.TryGetValue(declaring, out var known))
            {
                return known;
            }

            string name = Naming.Unique(Naming.Pascal(declaring.Name?.LocalName ?? "Enumeration"), typeNames);
            var memberNames = new HashSet<string>(StringComparer.Ordinal);
            var members = declaring.Enumerations.Select(v => new EnumMemberModel(Naming.Unique(Naming.EnumMember(v), memberNames), v)).ToEquatableArray();
            var model = new EnumModel(name, declaring.Documentation, members);
            enums.Add(declaring, model);
            return model;
        }

        private GrammarModel BuildGrammar(GrammarKey key, TypeGrammar grammar)
        {
            string name = GrammarName(key);
            string className = key.Type is ComplexTypeDefinition ? classNames[key.Type] : Value((SimpleTypeDefinition)key.Type).CSharpType;
            string? valueName = key.Type is SimpleTypeDefinition simple ? Value(simple).Name
                : key.Type is ComplexTypeDefinition { Content: ContentKind.Simple } sc ? Value(sc.SimpleContent!).Name : null;
            var states = CountedStates.Compress(grammar.States);
            var stateNames = StateNames(grammar.States, states);
            var terminals = new Dictionary<string, TerminalModel>(StringComparer.Ordinal);
            var stateModels = new List<StateModel>();
            foreach (var counted in states)
            {
                var state = counted.State;
                var productions = new List<ProductionModel>();
                for (int code = 0; code < state.Productions.Count; code++)
                {
                    var p = state.Productions[code];
                    int target = p.Target == null ? -1 : counted.TargetOf(p);
                    productions.Add(Production(code, p, target, terminals));
                }

                int eeCode = state.SecondLevel.IndexOf(SecondLevelEvent.EndElement);
                stateModels.Add(new StateModel(
                    counted.Index,
                    stateNames[counted.Index],
                    state.FirstLevelWidth,
                    state.SecondLevelWidth,
                    eeCode,
                    counted.RepeatCount,
                    counted.RepeatTerminal?.Terminal ?? string.Empty,
                    productions.ToEquatableArray(),
                    (state.IsStartTag ? "start tag" : "content") + ", " + state.FirstLevelValueCount + " first-level values, " + state.SecondLevel.Count + " second-level",
                    state.SecondLevel.Count));
            }

            string description = key.Type.DisplayName + (key.Nillable ? " (nillable)" : string.Empty);
            return new GrammarModel(name, className, valueName, description, stateModels.ToEquatableArray(), terminals.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToEquatableArray());
        }

        private ProductionModel Production(int code, Production p, int target, Dictionary<string, TerminalModel> terminals)
        {
            var e = p.Event;
            string terminal = e.Terminal;
            switch (e.Kind)
            {
                case EventKind.StartElement:
                    {
                        string id = "SE_" + Naming.Pascal(e.Name!.Value.LocalName);
                        id = TerminalId(id, terminal, terminals);
                        string member = memberOfParticle.TryGetValue(e.Particle!, out var m) ? m : throw new InvalidOperationException("No member for " + terminal);
                        var group = groupOfParticle.TryGetValue(e.Particle!, out var g) ? g : (Group: (string?)null, Index: -1);
                        return new ProductionModel(code, ProductionKind.StartElement, terminal, member, e.Name.Value.LocalName, e.Name.Value.Namespace, GrammarName(GrammarKey.Of(e.Element!)), target, id, group.Group, group.Index);
                    }

                case EventKind.Attribute:
                    {
                        string id = TerminalId("AT_" + Naming.Pascal(e.Name!.Value.LocalName), terminal, terminals);
                        return new ProductionModel(code, ProductionKind.Attribute, terminal, memberOfAttribute[e.AttributeUse!], e.Name.Value.LocalName, e.Name.Value.Namespace, null, target, id);
                    }

                case EventKind.EndElement:
                    return new ProductionModel(code, ProductionKind.EndElement, terminal, null, null, null, null, target, TerminalId("EE", terminal, terminals));
                case EventKind.Characters when !e.IsUntyped:
                    return new ProductionModel(code, ProductionKind.Characters, terminal, null, null, null, null, target, TerminalId("CH", terminal, terminals));
                default:
                    return new ProductionModel(code, ProductionKind.Unsupported, terminal, null, null, null, null, target, string.Empty);
            }
        }

        private static string TerminalId(string proposal, string terminal, Dictionary<string, TerminalModel> terminals)
        {
            foreach (var existing in terminals.Values)
            {
                if (existing.Terminal == terminal)
                {
                    return existing.Id;
                }
            }

            string id = proposal;
            for (int i = 2; terminals.ContainsKey(id); i++)
            {
                id = proposal + i.ToString(CultureInfo.InvariantCulture);
            }

            terminals.Add(id, new TerminalModel(id, terminal));
            return id;
        }

        private static string[] StateNames(List<GrammarState> original, List<CountedStates.Counted> states)
        {
            var names = new string[states.Count];
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var counted in states)
            {
                string name;
                if (counted.State.IsInitial)
                {
                    name = "Start";
                }
                else
                {
                    var incoming = original.SelectMany(s => s.Productions).FirstOrDefault(p => p.Target == counted.State);
                    string after = incoming == null ? "State" : incoming.Event.Kind switch
                    {
                        EventKind.StartElement => Naming.Pascal(incoming.Event.Name!.Value.LocalName),
                        EventKind.Attribute => Naming.Pascal(incoming.Event.Name!.Value.LocalName) + "Attribute",
                        EventKind.Characters => "Value",
                        _ => "Wildcard",
                    };
                    name = counted.RepeatCount > 1 ? "Repeating" + after : "After" + after;
                }

                names[counted.Index] = Naming.Unique(name, used);
            }

            return names;
        }
    }
}
