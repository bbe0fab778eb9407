namespace V2G.Exi.Generator.Model
{
    /// <summary>
    /// The Id index of a codec: which paths of a document lead to elements with an ID-typed attribute (the elements
    /// that XML signatures reference as "#Id"), resolved at generation time so that the emitted code visits only
    /// members that can reach one.
    /// </summary>
    /// <param name="Visits">One visit per class whose content can reach an indexed element.</param>
    /// <param name="DocumentRoots">How each document root that can reach an Id is entered.</param>
    internal sealed record IdIndexModel(EquatableArray<IdVisitModel> Visits, EquatableArray<IdRootModel> DocumentRoots);

    /// <summary>A document root (its member of the root enum) and how its element is entered.</summary>
    internal sealed record IdRootModel(string RootMember, IdElementModel Element);

    /// <summary>The members of one class that lead to elements with an Id, in content order.</summary>
    internal sealed record IdVisitModel(string ClassName, string MethodName, EquatableArray<IdMemberModel> Members);

    /// <summary>A member of a visited class and the elements it may hold (several for a substitution group).</summary>
    /// <param name="IsList">The member is a list (or a repeated group: a list of group items).</param>
    /// <param name="IsSubstitutionGroup">The object's runtime type tells which element it is.</param>
    internal sealed record IdMemberModel(string MemberName, bool IsList, bool IsSubstitutionGroup, EquatableArray<IdElementModel> Elements);

    /// <summary>
    /// One element an object may stand for: its class (the runtime type test for substitution groups), the Id
    /// attribute member when the class has one, the fragment factory that wraps it, and the visit of its content.
    /// </summary>
    /// <param name="FragmentMember">The fragment union member of the element's qname (null for a group item, which is no element).</param>
    /// <param name="IdMember">The ID-typed attribute of the class, or null.</param>
    /// <param name="VisitMethod">The visit of the class's content, or null when no Id lies below it.</param>
    /// <param name="IsGroupItem">An item of a repeated model group: no element of its own, its members are visited.</param>
    internal sealed record IdElementModel(string ClassName, string? FragmentMember, string? IdMember, string? VisitMethod, bool IsGroupItem);

    /// <summary>
    /// A member that every document root of a common abstract base declares (ISO 15118-20's message Header), exposed
    /// on the document union so that callers need no cast from <c>object</c>.
    /// </summary>
    internal sealed record SharedRootMemberModel(string MemberName, string TypeName, string DeclaringClass, string Documentation);
}
