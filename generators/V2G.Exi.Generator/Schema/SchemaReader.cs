using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Xml;
using System.Xml.Linq;

namespace V2G.Exi.Generator.Schema
{
    /// <summary>
    /// Reads a set of XSD documents (the root file plus everything it includes or imports) into a
    /// resolved <see cref="SchemaSet"/>. Files come from a caller-supplied map, never from disk,
    /// so the generator sees exactly the AdditionalFiles it was given.
    /// </summary>
    internal sealed class SchemaReader
    {
        private static readonly XNamespace Xs = BuiltInTypes.XsdNamespace;

        private readonly IReadOnlyDictionary<string, string> files;
        // An anonymous type is one component however often its declaration is read (a named group referenced twice).
        private readonly Dictionary<(XElement Node, SchemaDocument Doc), TypeDefinition> anonymousTypes = new Dictionary<(XElement, SchemaDocument), TypeDefinition>();
        private readonly Dictionary<string, SchemaDocument> documents = new Dictionary<string, SchemaDocument>(StringComparer.Ordinal);
        private readonly Dictionary<QualifiedName, (XElement Node, SchemaDocument Doc)> topElements = new Dictionary<QualifiedName, (XElement, SchemaDocument)>();
        private readonly Dictionary<QualifiedName, (XElement Node, SchemaDocument Doc)> topTypes = new Dictionary<QualifiedName, (XElement, SchemaDocument)>();
        private readonly Dictionary<QualifiedName, (XElement Node, SchemaDocument Doc)> topGroups = new Dictionary<QualifiedName, (XElement, SchemaDocument)>();
        private readonly Dictionary<QualifiedName, (XElement Node, SchemaDocument Doc)> topAttributeGroups = new Dictionary<QualifiedName, (XElement, SchemaDocument)>();
        private readonly Dictionary<QualifiedName, (XElement Node, SchemaDocument Doc)> topAttributes = new Dictionary<QualifiedName, (XElement, SchemaDocument)>();
        private readonly Dictionary<QualifiedName, ElementDeclaration> resolvedElements = new Dictionary<QualifiedName, ElementDeclaration>();
        private readonly Dictionary<QualifiedName, TypeDefinition> resolvedTypes = new Dictionary<QualifiedName, TypeDefinition>();
        private readonly Dictionary<QualifiedName, AttributeDeclaration> resolvedAttributes = new Dictionary<QualifiedName, AttributeDeclaration>();
        private readonly HashSet<QualifiedName> typesInProgress = new HashSet<QualifiedName>();
        private readonly SchemaSet set = new SchemaSet();

        private SchemaReader(IReadOnlyDictionary<string, string> files)
        {
            this.files = files;
        }

        /// <summary>Reads the schema set rooted at <paramref name="rootPath"/>.</summary>
        /// <param name="files">Schema texts by normalised path ('/' separators).</param>
        /// <param name="rootPath">Normalised path of the root schema.</param>
        public static SchemaSet Read(IReadOnlyDictionary<string, string> files, string rootPath)
        {
            var reader = new SchemaReader(files);
            reader.Load(NormalizePath(rootPath), null, null);
            reader.ResolveAll();
            return reader.set;
        }

        public static string NormalizePath(string path)
        {
            var parts = new List<string>();
            foreach (var part in path.Replace('\\', '/').Split('/'))
            {
                if (part == "..")
                {
                    if (parts.Count > 0 && parts[parts.Count - 1] != "..")
                    {
                        parts.RemoveAt(parts.Count - 1);
                        continue;
                    }
                }
                else if (part == "." || (part.Length == 0 && parts.Count > 0))
                {
                    continue;
                }

                parts.Add(part);
            }

            return string.Join("/", parts);
        }

        private sealed class SchemaDocument
        {
            public SchemaDocument(string path, XElement root, string targetNamespace)
            {
                Path = path;
                Root = root;
                TargetNamespace = targetNamespace;
                ElementsQualified = (string?)root.Attribute("elementFormDefault") == "qualified";
                AttributesQualified = (string?)root.Attribute("attributeFormDefault") == "qualified";
            }

            public string Path { get; }

            public XElement Root { get; }

            public string TargetNamespace { get; }

            public bool ElementsQualified { get; }

            public bool AttributesQualified { get; }
        }

        private void Load(string path, string? chameleonNamespace, XElement? referrer, string? referrerPath = null)
        {
            if (documents.ContainsKey(path))
            {
                return;
            }

            if (!files.TryGetValue(path, out var text))
            {
                throw Error("EXI002", "Schema file '" + path + "' is not among the AdditionalFiles of the project", referrer, referrerPath ?? path);
            }

            XDocument xml;
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null, MaxCharactersFromEntities = 1_000_000 };
                using var stringReader = new StringReader(text);
                using var xmlReader = XmlReader.Create(stringReader, settings);
                xml = XDocument.Load(xmlReader, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                throw new SchemaException("EXI001", "Schema file '" + path + "' is not well-formed XML: " + e.Message, path, e.LineNumber);
            }

            var root = xml.Root!;
            if (root.Name != Xs + "schema")
            {
                throw Error("EXI001", "'" + path + "' is not an XML Schema (root element is " + root.Name + ")", root, path);
            }

            string tns = (string?)root.Attribute("targetNamespace") ?? chameleonNamespace ?? string.Empty;
            var doc = new SchemaDocument(path, root, tns);
            documents.Add(path, doc);
            if (!set.TargetNamespaces.Contains(tns))
            {
                set.TargetNamespaces.Add(tns);
            }

            foreach (var declaration in root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns))
            {
                if (!set.PreferredPrefixes.ContainsKey(declaration.Value) && declaration.Value != BuiltInTypes.XsdNamespace)
                {
                    set.PreferredPrefixes.Add(declaration.Value, declaration.Name.LocalName);
                }
            }

            string dir = path.Contains("/") ? path.Substring(0, path.LastIndexOf('/') + 1) : string.Empty;
            foreach (var child in root.Elements())
            {
                string? name = (string?)child.Attribute("name");
                switch (child.Name.LocalName)
                {
                    case "include":
                    case "import":
                    case "redefine":
                        if (child.Name.LocalName == "redefine")
                        {
                            throw Error("EXI003", "xs:redefine is not supported", child, path);
                        }

                        string? location = (string?)child.Attribute("schemaLocation");
                        if (location != null)
                        {
                            Load(NormalizePath(dir + location), child.Name.LocalName == "include" ? tns : null, child, path);
                        }
                        else if (child.Name.LocalName == "import" && (string?)child.Attribute("namespace") == "http://www.w3.org/XML/1998/namespace")
                        {
                            // xml: attributes are not used by the V2G schemas.
                        }

                        break;
                    case "element":
                        Register(topElements, new QualifiedName(tns, name!), child, doc);
                        break;
                    case "complexType":
                    case "simpleType":
                        Register(topTypes, new QualifiedName(tns, name!), child, doc);
                        break;
                    case "group":
                        Register(topGroups, new QualifiedName(tns, name!), child, doc);
                        break;
                    case "attributeGroup":
                        Register(topAttributeGroups, new QualifiedName(tns, name!), child, doc);
                        break;
                    case "attribute":
                        Register(topAttributes, new QualifiedName(tns, name!), child, doc);
                        break;
                    case "annotation":
                    case "notation":
                        break;
                    default:
                        throw Error("EXI003", "Unsupported top-level schema component xs:" + child.Name.LocalName, child, path);
                }
            }
        }

        private static void Register(Dictionary<QualifiedName, (XElement, SchemaDocument)> table, QualifiedName name, XElement node, SchemaDocument doc)
        {
            if (table.TryGetValue(name, out var existing))
            {
                if (existing.Item2.Path == doc.Path)
                {
                    throw Error("EXI004", "Duplicate declaration of " + name, node, doc.Path);
                }

                // The same file reached twice under different paths (e.g. one xmldsig per protocol folder) declares the same component: keep the first.
                return;
            }

            table.Add(name, (node, doc));
        }

        private void ResolveAll()
        {
            foreach (var entry in topTypes.Keys.ToList())
            {
                set.NamedTypes[entry] = ResolveTypeByName(entry, null, null);
            }

            foreach (var entry in topElements.Keys.ToList())
            {
                set.GlobalElements.Add(ResolveGlobalElement(entry, null, null));
            }

            foreach (var entry in topAttributes.Keys.ToList())
            {
                ResolveGlobalAttribute(entry, null, null);
            }

            // Substitution groups, transitively (XSD §3.3.6 substitution group closure).
            foreach (var element in set.GlobalElements)
            {
                for (var head = element.SubstitutionHead; head != null; head = head.SubstitutionHead)
                {
                    if (head == element)
                    {
                        throw new SchemaException("EXI004", "Circular substitution group at " + element.Name, element.SourceFile, 0);
                    }

                    head.SubstitutionMembers.Add(element);
                }
            }
        }

        private ElementDeclaration ResolveGlobalElement(QualifiedName name, XElement? referrer, SchemaDocument? referrerDoc)
        {
            if (resolvedElements.TryGetValue(name, out var done))
            {
                return done;
            }

            if (!topElements.TryGetValue(name, out var entry))
            {
                throw Error("EXI004", "Reference to undeclared element " + name, referrer, referrerDoc?.Path);
            }

            var element = new ElementDeclaration(name, isGlobal: true) { SourceFile = entry.Doc.Path };
            resolvedElements.Add(name, element);
            set.AllElements.Add(element);
            element.IsAbstract = Bool(entry.Node, "abstract");
            element.IsNillable = Bool(entry.Node, "nillable");
            NoteNillable(element, entry.Node, entry.Doc);
            element.Documentation = Documentation(entry.Node);
            string? head = (string?)entry.Node.Attribute("substitutionGroup");
            if (head != null)
            {
                element.SubstitutionHead = ResolveGlobalElement(ResolveQName(head, entry.Node, entry.Doc), entry.Node, entry.Doc);
            }

            element.Type = ElementType(entry.Node, entry.Doc, element.SubstitutionHead);
            return element;
        }

        private TypeDefinition ElementType(XElement node, SchemaDocument doc, ElementDeclaration? head)
        {
            string? typeName = (string?)node.Attribute("type");
            if (typeName != null)
            {
                return ResolveTypeByName(ResolveQName(typeName, node, doc), node, doc);
            }

            var anonymous = node.Elements().FirstOrDefault(e => e.Name == Xs + "complexType" || e.Name == Xs + "simpleType");
            if (anonymous != null)
            {
                if (!anonymousTypes.TryGetValue((anonymous, doc), out var known))
                {
                    known = anonymous.Name.LocalName == "complexType" ? ReadComplexType(anonymous, doc, null) : ReadSimpleType(anonymous, doc, null);
                    anonymousTypes.Add((anonymous, doc), known);
                }

                return known;
            }

            return head != null ? head.Type : ResolveTypeByName(new QualifiedName(BuiltInTypes.XsdNamespace, "anyType"), node, doc);
        }

        private TypeDefinition ResolveTypeByName(QualifiedName name, XElement? referrer, SchemaDocument? referrerDoc)
        {
            if (resolvedTypes.TryGetValue(name, out var done))
            {
                return done;
            }

            if (name.Namespace == BuiltInTypes.XsdNamespace)
            {
                TypeDefinition builtIn;
                if (name.LocalName == "anyType")
                {
                    builtIn = new ComplexTypeDefinition
                    {
                        Name = name,
                        IsUrType = true,
                        Content = ContentKind.Mixed,
                        AttributeWildcard = new Wildcard(WildcardKind.Any, Array.Empty<string>()),
                        Particle = new Particle(0, Particle.Unbounded, new Wildcard(WildcardKind.Any, Array.Empty<string>())),
                    };
                }
                else if (BuiltInTypes.IsBuiltIn(name.LocalName))
                {
                    builtIn = BuiltInTypes.Create(name.LocalName, n => (SimpleTypeDefinition)ResolveTypeByName(new QualifiedName(BuiltInTypes.XsdNamespace, n), referrer, referrerDoc));
                }
                else
                {
                    throw Error("EXI004", "Unknown XML Schema built-in type " + name.LocalName, referrer, referrerDoc?.Path);
                }

                resolvedTypes.Add(name, builtIn);
                return builtIn;
            }

            if (!topTypes.TryGetValue(name, out var entry))
            {
                throw Error("EXI004", "Reference to undeclared type " + name, referrer, referrerDoc?.Path);
            }

            if (!typesInProgress.Add(name))
            {
                throw Error("EXI003", "Type " + name + " derives from itself", entry.Node, entry.Doc.Path);
            }

            TypeDefinition type = entry.Node.Name.LocalName == "complexType"
                ? ReadComplexType(entry.Node, entry.Doc, name)
                : ReadSimpleType(entry.Node, entry.Doc, name);
            typesInProgress.Remove(name);
            resolvedTypes[name] = type;
            return type;
        }

        private SimpleTypeDefinition ResolveSimpleType(string qname, XElement node, SchemaDocument doc)
        {
            var type = ResolveTypeByName(ResolveQName(qname, node, doc), node, doc);
            return type as SimpleTypeDefinition
                ?? throw Error("EXI004", "Type " + qname + " is used where a simple type is required", node, doc.Path);
        }

        private SimpleTypeDefinition ReadSimpleType(XElement node, SchemaDocument doc, QualifiedName? name)
        {
            var type = new SimpleTypeDefinition { Name = name, Documentation = Documentation(node), SourceFile = doc.Path, Line = LineOf(node) };
            var restriction = node.Element(Xs + "restriction");
            var list = node.Element(Xs + "list");
            if (restriction != null)
            {
                string? baseName = (string?)restriction.Attribute("base");
                var baseType = baseName != null
                    ? ResolveSimpleType(baseName, restriction, doc)
                    : ReadSimpleType(restriction.Element(Xs + "simpleType") ?? throw Error("EXI001", "xs:restriction without a base", restriction, doc.Path), doc, null);
                InheritFacets(type, baseType);
                ApplyFacets(type, restriction, doc);
            }
            else if (list != null)
            {
                type.Variety = SimpleVariety.List;
                string? itemName = (string?)list.Attribute("itemType");
                type.ItemType = itemName != null
                    ? ResolveSimpleType(itemName, list, doc)
                    : ReadSimpleType(list.Element(Xs + "simpleType")!, doc, null);
            }
            else if (node.Element(Xs + "union") != null)
            {
                type.Variety = SimpleVariety.Union;
            }
            else
            {
                throw Error("EXI001", "xs:simpleType needs xs:restriction, xs:list or xs:union", node, doc.Path);
            }

            return type;
        }

        private static void InheritFacets(SimpleTypeDefinition type, SimpleTypeDefinition baseType)
        {
            type.BaseType = baseType;
            type.BuiltIn = baseType.BuiltIn;
            type.Variety = baseType.Variety;
            type.ItemType = baseType.ItemType;
            type.Enumerations.AddRange(baseType.Enumerations);
            type.MinInclusive = baseType.MinInclusive;
            type.MaxInclusive = baseType.MaxInclusive;
            type.Length = baseType.Length;
            type.MinLength = baseType.MinLength;
            type.MaxLength = baseType.MaxLength;
            type.Patterns.AddRange(baseType.Patterns);
        }

        private static void ApplyFacets(SimpleTypeDefinition type, XElement restriction, SchemaDocument doc)
        {
            bool enumerationsReset = false;
            foreach (var facet in restriction.Elements())
            {
                string value = (string?)facet.Attribute("value") ?? string.Empty;
                switch (facet.Name.LocalName)
                {
                    case "enumeration":
                        if (!enumerationsReset)
                        {
                            // A restriction's enumeration facet replaces the base type's (XSD §4.3.5).
                            type.Enumerations.Clear();
                            enumerationsReset = true;
                        }

                        type.Enumerations.Add(value);
                        break;
                    case "minInclusive":
                        type.MinInclusive = Max(type.MinInclusive, Integer(value, facet, doc));
                        break;
                    case "minExclusive":
                        type.MinInclusive = Max(type.MinInclusive, Integer(value, facet, doc) + 1);
                        break;
                    case "maxInclusive":
                        type.MaxInclusive = Min(type.MaxInclusive, Integer(value, facet, doc));
                        break;
                    case "maxExclusive":
                        type.MaxInclusive = Min(type.MaxInclusive, Integer(value, facet, doc) - 1);
                        break;
                    case "length":
                        type.Length = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "minLength":
                        type.MinLength = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "maxLength":
                        type.MaxLength = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "pattern":
                        type.Patterns.Add(value);
                        break;
                    case "whiteSpace":
                    case "totalDigits":
                    case "fractionDigits":
                    case "annotation":
                        break;
                    case "simpleType":
                        break;
                    default:
                        throw Error("EXI003", "Unsupported facet xs:" + facet.Name.LocalName, facet, doc.Path);
                }
            }
        }

        private static BigInteger Integer(string value, XElement node, SchemaDocument doc)
        {
            if (BigInteger.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            {
                return result;
            }

            throw Error("EXI003", "Range facet value '" + value + "' is not an integer; only integer ranges are supported", node, doc.Path);
        }

        private static BigInteger? Max(BigInteger? a, BigInteger b) => a.HasValue && a.Value > b ? a : b;

        private static BigInteger? Min(BigInteger? a, BigInteger b) => a.HasValue && a.Value < b ? a : b;

        private ComplexTypeDefinition ReadComplexType(XElement node, SchemaDocument doc, QualifiedName? name)
        {
            var type = new ComplexTypeDefinition
            {
                Name = name,
                IsAbstract = Bool(node, "abstract"),
                Documentation = Documentation(node),
                SourceFile = doc.Path,
                Line = LineOf(node),
            };
            bool mixed = Bool(node, "mixed");
            var simpleContent = node.Element(Xs + "simpleContent");
            var complexContent = node.Element(Xs + "complexContent");
            if (simpleContent != null)
            {
                ReadSimpleContent(type, simpleContent, doc);
                return type;
            }

            XElement body = node;
            Particle? baseParticle = null;
            if (complexContent != null)
            {
                if (complexContent.Attribute("mixed") != null)
                {
                    mixed = Bool(complexContent, "mixed");
                }

                var derivation = complexContent.Elements().First(e => e.Name == Xs + "extension" || e.Name == Xs + "restriction");
                var baseType = ResolveTypeByName(ResolveQName((string)derivation.Attribute("base")!, derivation, doc), derivation, doc) as ComplexTypeDefinition
                    ?? throw Error("EXI004", "complexContent derives from a simple type", derivation, doc.Path);
                type.BaseType = baseType;
                if (derivation.Name.LocalName == "extension")
                {
                    // Extension: the base's attributes and content come first (XSD §3.4.2).
                    type.Attributes.AddRange(baseType.Attributes);
                    type.AttributeWildcard = baseType.AttributeWildcard;
                    baseParticle = baseType.Particle;
                }

                body = derivation;
            }

            var own = ReadContentParticle(body, doc);
            Particle? effective;
            if (baseParticle != null && own != null)
            {
                var sequence = new ModelGroup(Compositor.Sequence);
                sequence.Particles.Add(baseParticle);
                sequence.Particles.Add(own);
                effective = new Particle(1, 1, sequence);
            }
            else
            {
                effective = own ?? baseParticle;
            }

            ReadAttributes(type, body, doc);
            type.Particle = effective;
            type.Content = mixed ? ContentKind.Mixed : IsEmptyParticle(effective) ? ContentKind.Empty : ContentKind.ElementOnly;
            if (mixed)
            {
                Note("EXI011", "Mixed content of " + type.DisplayName + ": the generated type has no member for its text between elements; "
                    + "the decoder refuses such text and the encoder never writes it", node, doc);
            }
            if (type.Content == ContentKind.Empty)
            {
                type.Particle = null;
            }

            return type;
        }

        private static bool IsEmptyParticle(Particle? particle)
        {
            if (particle == null || particle.MaxOccurs == 0)
            {
                return true;
            }

            return particle.Term is ModelGroup group && group.Particles.All(IsEmptyParticle);
        }

        private void ReadSimpleContent(ComplexTypeDefinition type, XElement simpleContent, SchemaDocument doc)
        {
            type.Content = ContentKind.Simple;
            var derivation = simpleContent.Elements().First(e => e.Name == Xs + "extension" || e.Name == Xs + "restriction");
            var baseType = ResolveTypeByName(ResolveQName((string)derivation.Attribute("base")!, derivation, doc), derivation, doc);
            type.BaseType = baseType;
            SimpleTypeDefinition valueType;
            if (baseType is ComplexTypeDefinition complexBase)
            {
                valueType = complexBase.SimpleContent ?? throw Error("EXI004", "simpleContent derives from a complex type without simple content", derivation, doc.Path);
                type.Attributes.AddRange(complexBase.Attributes);
                type.AttributeWildcard = complexBase.AttributeWildcard;
            }
            else
            {
                valueType = (SimpleTypeDefinition)baseType;
            }

            if (derivation.Name.LocalName == "restriction" && derivation.Elements().Any(e => e.Name != Xs + "attribute" && e.Name != Xs + "attributeGroup" && e.Name != Xs + "anyAttribute" && e.Name != Xs + "annotation"))
            {
                var restricted = new SimpleTypeDefinition();
                InheritFacets(restricted, valueType);
                ApplyFacets(restricted, derivation, doc);
                valueType = restricted;
            }

            type.SimpleContent = valueType;
            ReadAttributes(type, derivation, doc);
        }

        private Particle? ReadContentParticle(XElement owner, SchemaDocument doc)
        {
            var node = owner.Elements().FirstOrDefault(e => e.Name == Xs + "sequence" || e.Name == Xs + "choice" || e.Name == Xs + "all" || e.Name == Xs + "group");
            return node == null ? null : ReadParticle(node, doc);
        }

        private Particle ReadParticle(XElement node, SchemaDocument doc)
        {
            int min = Occurs(node, "minOccurs", doc);
            int max = Occurs(node, "maxOccurs", doc);
            switch (node.Name.LocalName)
            {
                case "element":
                    return new Particle(min, max, new ElementTerm(ReadLocalElement(node, doc)));
                case "any":
                    Note("EXI010", "xs:any: the generated types have no member for wildcard elements; the decoder refuses them and "
                        + "the encoder never writes them", node, doc);
                    return new Particle(min, max, ReadWildcard(node, doc));
                case "group":
                    {
                        var name = ResolveQName((string)node.Attribute("ref")!, node, doc);
                        if (!topGroups.TryGetValue(name, out var group))
                        {
                            throw Error("EXI004", "Reference to undeclared group " + name, node, doc.Path);
                        }

                        var inner = ReadContentParticle(group.Node, group.Doc) ?? throw Error("EXI001", "Empty group " + name, group.Node, group.Doc.Path);
                        return new Particle(min, max, inner.Term);
                    }

                case "sequence":
                case "choice":
                case "all":
                    {
                        var compositor = node.Name.LocalName == "sequence" ? Compositor.Sequence : node.Name.LocalName == "choice" ? Compositor.Choice : Compositor.All;
                        if (compositor == Compositor.All)
                        {
                            throw Error("EXI003", "xs:all is not supported", node, doc.Path);
                        }

                        var group = new ModelGroup(compositor);
                        foreach (var child in node.Elements())
                        {
                            if (child.Name == Xs + "annotation")
                            {
                                continue;
                            }

                            group.Particles.Add(ReadParticle(child, doc));
                        }

                        return new Particle(min, max, group);
                    }

                default:
                    throw Error("EXI003", "Unsupported particle xs:" + node.Name.LocalName, node, doc.Path);
            }
        }

        private ElementDeclaration ReadLocalElement(XElement node, SchemaDocument doc)
        {
            string? reference = (string?)node.Attribute("ref");
            if (reference != null)
            {
                return ResolveGlobalElement(ResolveQName(reference, node, doc), node, doc);
            }

            string? form = (string?)node.Attribute("form");
            bool qualified = form != null ? form == "qualified" : doc.ElementsQualified;
            var element = new ElementDeclaration(new QualifiedName(qualified ? doc.TargetNamespace : string.Empty, (string)node.Attribute("name")!), isGlobal: false)
            {
                IsNillable = Bool(node, "nillable"),
                Documentation = Documentation(node),
                SourceFile = doc.Path,
            };
            set.AllElements.Add(element);
            NoteNillable(element, node, doc);
            element.Type = ElementType(node, doc, null);
            return element;
        }

        private static Wildcard ReadWildcard(XElement node, SchemaDocument doc)
        {
            string ns = ((string?)node.Attribute("namespace") ?? "##any").Trim();
            if (ns == "##any")
            {
                return new Wildcard(WildcardKind.Any, Array.Empty<string>());
            }

            if (ns == "##other")
            {
                return new Wildcard(WildcardKind.Other, new[] { doc.TargetNamespace });
            }

            var uris = ns.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(u => u == "##targetNamespace" ? doc.TargetNamespace : u == "##local" ? string.Empty : u)
                .Distinct()
                .ToList();
            return new Wildcard(WildcardKind.List, uris);
        }

        private void ReadAttributes(ComplexTypeDefinition type, XElement owner, SchemaDocument doc)
        {
            foreach (var child in owner.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "attribute":
                        AddAttribute(type, child, doc);
                        break;
                    case "attributeGroup":
                        {
                            var name = ResolveQName((string)child.Attribute("ref")!, child, doc);
                            if (!topAttributeGroups.TryGetValue(name, out var group))
                            {
                                throw Error("EXI004", "Reference to undeclared attribute group " + name, child, doc.Path);
                            }

                            ReadAttributes(type, group.Node, group.Doc);
                            break;
                        }

                    case "anyAttribute":
                        Note("EXI010", "xs:anyAttribute: the generated types have no member for wildcard attributes; the decoder refuses "
                            + "them and the encoder never writes them", child, doc);
                        type.AttributeWildcard = ReadWildcard(child, doc);
                        break;
                }
            }
        }

        private void AddAttribute(ComplexTypeDefinition type, XElement node, SchemaDocument doc)
        {
            string use = (string?)node.Attribute("use") ?? "optional";
            AttributeDeclaration declaration;
            string? reference = (string?)node.Attribute("ref");
            if (reference != null)
            {
                declaration = ResolveGlobalAttribute(ResolveQName(reference, node, doc), node, doc);
            }
            else
            {
                string? form = (string?)node.Attribute("form");
                bool qualified = form != null ? form == "qualified" : doc.AttributesQualified;
                declaration = new AttributeDeclaration(new QualifiedName(qualified ? doc.TargetNamespace : string.Empty, (string)node.Attribute("name")!));
                declaration.Type = AttributeType(node, doc);
                set.AllAttributes.Add(declaration);
            }

            type.Attributes.RemoveAll(a => a.Declaration.Name.Equals(declaration.Name));
            if (use != "prohibited")
            {
                type.Attributes.Add(new AttributeUse(declaration, use == "required"));
            }
        }

        private AttributeDeclaration ResolveGlobalAttribute(QualifiedName name, XElement? referrer, SchemaDocument? referrerDoc)
        {
            if (resolvedAttributes.TryGetValue(name, out var done))
            {
                return done;
            }

            if (!topAttributes.TryGetValue(name, out var entry))
            {
                throw Error("EXI004", "Reference to undeclared attribute " + name, referrer, referrerDoc?.Path);
            }

            var declaration = new AttributeDeclaration(name);
            resolvedAttributes.Add(name, declaration);
            declaration.Type = AttributeType(entry.Node, entry.Doc);
            set.AllAttributes.Add(declaration);
            return declaration;
        }

        private SimpleTypeDefinition AttributeType(XElement node, SchemaDocument doc)
        {
            string? typeName = (string?)node.Attribute("type");
            if (typeName != null)
            {
                return ResolveSimpleType(typeName, node, doc);
            }

            var anonymous = node.Element(Xs + "simpleType");
            if (anonymous == null)
            {
                return (SimpleTypeDefinition)ResolveTypeByName(new QualifiedName(BuiltInTypes.XsdNamespace, "anySimpleType"), node, doc);
            }

            if (!anonymousTypes.TryGetValue((anonymous, doc), out var known))
            {
                known = ReadSimpleType(anonymous, doc, null);
                anonymousTypes.Add((anonymous, doc), known);
            }

            return (SimpleTypeDefinition)known;
        }

        private static QualifiedName ResolveQName(string value, XElement context, SchemaDocument doc)
        {
            value = value.Trim();
            int colon = value.IndexOf(':');
            string prefix = colon < 0 ? string.Empty : value.Substring(0, colon);
            string local = colon < 0 ? value : value.Substring(colon + 1);
            var ns = prefix.Length == 0 ? context.GetDefaultNamespace() : context.GetNamespaceOfPrefix(prefix);
            if (ns == null)
            {
                throw Error("EXI004", "Undeclared namespace prefix '" + prefix + "' in '" + value + "'", context, doc.Path);
            }

            return new QualifiedName(ns.NamespaceName, local);
        }

        private static int Occurs(XElement node, string attribute, SchemaDocument doc)
        {
            string? value = (string?)node.Attribute(attribute);
            if (value == null)
            {
                return 1;
            }

            if (value == "unbounded")
            {
                return Particle.Unbounded;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int result))
            {
                return result;
            }

            throw Error("EXI001", attribute + " '" + value + "' is not a number", node, doc.Path);
        }

        private static bool Bool(XElement node, string attribute)
        {
            string? value = (string?)node.Attribute(attribute);
            return value == "true" || value == "1";
        }

        private static string? Documentation(XElement node)
        {
            var text = node.Element(Xs + "annotation")?.Element(Xs + "documentation")?.Value;
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            return string.Join(" ", text!.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
        }

        private void NoteNillable(ElementDeclaration element, XElement node, SchemaDocument doc)
        {
            if (element.IsNillable)
            {
                Note("EXI012", "nillable=\"true\" on " + element.Name + ": the generated type cannot say xsi:nil; the decoder refuses "
                    + "a nil element and the encoder never writes one", node, doc);
            }
        }

        private void Note(string id, string message, XElement node, SchemaDocument doc)
        {
            int column = node is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 0;
            set.Notes.Add(new SchemaNote(id, message, doc.Path, LineOf(node), column));
        }

        private static int LineOf(XElement node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

        private static SchemaException Error(string id, string message, XElement? node, string? file)
        {
            int line = node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
            return new SchemaException(id, message, file ?? string.Empty, line);
        }
    }
}
