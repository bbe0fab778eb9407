using System;
using System.Collections.Generic;
using System.Linq;

namespace V2G.Exi.Generator.Model
{
    /// <summary>
    /// Resolves at generation time which members of which classes lead to elements with an ID-typed attribute, so
    /// that the emitted Id index visits nothing else. Classes may be recursive: reachability is a fixpoint.
    /// </summary>
    internal sealed class IdIndexBuilder
    {
        private readonly Dictionary<string, ClassModel> classes;
        private readonly IReadOnlyList<RootModel> fragmentRoots;
        private readonly HashSet<string> reaching = new HashSet<string>(StringComparer.Ordinal);

        private IdIndexBuilder(IEnumerable<ClassModel> classes, IReadOnlyList<RootModel> fragmentRoots)
        {
            this.classes = classes.ToDictionary(c => c.Name, StringComparer.Ordinal);
            this.fragmentRoots = fragmentRoots;
        }

        public static IdIndexModel Build(IEnumerable<ClassModel> classes, IReadOnlyList<RootModel> documentRoots, IReadOnlyList<RootModel> fragmentRoots)
        {
            return new IdIndexBuilder(classes, fragmentRoots).BuildIndex(documentRoots);
        }

        private IdIndexModel BuildIndex(IReadOnlyList<RootModel> documentRoots)
        {
            ComputeReaching();
            var visits = classes.Values
                .Where(c => reaching.Contains(c.Name))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new IdVisitModel(c.Name, VisitName(c.Name), Members(c).Select(Lead).Where(m => m != null).Select(m => m!).ToEquatableArray()))
                .ToEquatableArray();
            var roots = documentRoots
                .Select(r => new IdRootModel(r.MemberName, Element(r.ClassName, r.LocalName, r.Namespace)))
                .Where(r => r.Element.IdMember != null || r.Element.VisitMethod != null)
                .ToEquatableArray();
            return new IdIndexModel(visits, roots);
        }

        /// <summary>
        /// The classes whose content holds, at some depth, an element that is indexed: one whose class has an Id and
        /// whose qname is a fragment root of that class. A fixpoint, since classes may refer to each other.
        /// </summary>
        private void ComputeReaching()
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var c in classes.Values.Where(c => !reaching.Contains(c.Name)))
                {
                    if (Members(c).Any(m => Targets(m).Any(t => Leads(m, t))))
                    {
                        reaching.Add(c.Name);
                        changed = true;
                    }
                }
            }
        }

        private bool Leads(MemberModel member, (string ClassName, string LocalName, string Namespace) target)
        {
            if (reaching.Contains(target.ClassName))
            {
                return true;
            }

            return member.Kind != MemberKind.Group && IdMember(classes[target.ClassName]) != null && FragmentRoot(target.ClassName, target.LocalName, target.Namespace) != null;
        }

        private IdMemberModel? Lead(MemberModel member)
        {
            var elements = Targets(member)
                .Where(t => Leads(member, t))
                .Select(t => member.Kind == MemberKind.Group ? Item(t.ClassName) : Element(t.ClassName, t.LocalName, t.Namespace))
                .ToEquatableArray();
            return elements.Count == 0 ? null : new IdMemberModel(member.Name, member.IsList, member.Substitutes.Count > 0, elements);
        }

        /// <summary>
        /// An element as the index enters it. Its own Id is indexed only where the fragment union can hold the element:
        /// a qname declared with several types that the relaxed fragment grammar cannot carry is no fragment root, so
        /// no Reference could name it (a verifier then finds no element for that Id and refuses).
        /// </summary>
        private IdElementModel Element(string className, string localName, string ns)
        {
            var fragment = FragmentRoot(className, localName, ns);
            string? id = fragment == null ? null : IdMember(classes[className]);
            return new IdElementModel(className, fragment?.MemberName, id, reaching.Contains(className) ? VisitName(className) : null, IsGroupItem: false);
        }

        private IdElementModel Item(string className) => new IdElementModel(className, null, null, VisitName(className), IsGroupItem: true);

        private RootModel? FragmentRoot(string className, string localName, string ns) =>
            fragmentRoots.FirstOrDefault(r => r.LocalName == localName && r.Namespace == ns && r.ClassName == className);

        /// <summary>The element classes a member may hold: its class, or for a substitution group each member's (in the encoder's order).</summary>
        private static IEnumerable<(string ClassName, string LocalName, string Namespace)> Targets(MemberModel m)
        {
            if (m.Kind == MemberKind.Group)
            {
                return new[] { (m.ClassName!, string.Empty, string.Empty) };
            }

            if (m.Kind != MemberKind.Element || m.ClassName == null)
            {
                return Array.Empty<(string, string, string)>();
            }

            return m.Substitutes.Count > 0
                ? m.Substitutes.Select(s => (s.ClassName, s.LocalName, s.Namespace))
                : new[] { (m.ClassName, m.LocalName, m.Namespace) };
        }

        private string? IdMember(ClassModel c) => Members(c).FirstOrDefault(m => m.Kind == MemberKind.Attribute && m.IsId)?.Name;

        /// <summary>Members of the class and its bases, base members first.</summary>
        private IEnumerable<MemberModel> Members(ClassModel c)
        {
            var chain = new List<ClassModel>();
            for (ClassModel? k = c; k != null; k = k.BaseName != null && classes.TryGetValue(k.BaseName, out var b) ? b : null)
            {
                chain.Insert(0, k);
            }

            return chain.SelectMany(k => k.Members);
        }

        private static string VisitName(string className) => "Visit" + className;
    }
}
