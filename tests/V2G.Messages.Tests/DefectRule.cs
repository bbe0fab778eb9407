using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace V2G.Messages.Tests;

/// <summary>
/// What an error message must say about one <c>invalid.xml[]</c> defect: a pattern naming the broken rule and the
/// tokens (offending value, length, limit, element or attribute name) it must mention. Derived from the manifest's
/// <c>schemaValidation</c> message (the Xerces constraint code and its quoted values) and its <c>defect</c> text.
/// </summary>
public sealed record DefectRule(string Kind, Regex Pattern, IReadOnlyList<string> Mentions, bool LocatedAtParent)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Classifies an entry; null when no mapping exists (the test then fails so that the mapping is extended).</summary>
    public static DefectRule? For(InvalidEntry entry)
    {
        string sv = entry.SchemaValidation ?? string.Empty;
        string code = Regex.Match(sv, @"^cvc-[\w.-]+").Value;
        switch (code)
        {
            case "cvc-maxLength-valid":
            case "cvc-minLength-valid":
            case "cvc-length-valid":
                return new DefectRule(
                    "length",
                    Rx(@"length"),
                    new[] { Group(sv, @"with length = '(\d+)'"), Group(sv, @"(?:maxLength|minLength|length) '(\d+)'") },
                    false);
            case "cvc-enumeration-valid":
                return new DefectRule(
                    "enumeration",
                    Rx(@"enumerat|not a value of|not one of|not defined in|not an? (allowed|permitted|valid) value"),
                    new[] { Group(sv, @"Value '([^']*)'") },
                    false);
            case "cvc-minInclusive-valid":
            case "cvc-maxInclusive-valid":
            case "cvc-minExclusive-valid":
            case "cvc-maxExclusive-valid":
                return new DefectRule(
                    "range",
                    Rx(@"range|inclusive|exclusive|outside|exceed|too (large|small|big)|below|above|at least|at most"),
                    new[] { Group(sv, @"Value '([^']*)'") },
                    false);
            case "cvc-datatype-valid.1.2.1":
            {
                string type = Group(sv, @"is not a valid value for '([^']+)'");
                return new DefectRule(
                    "lexical",
                    Rx(@"\b" + Regex.Escape(type) + @"\b|lexical"),
                    new[] { Group(sv, @"^cvc-[\w.-]+: '([^']*)'") },
                    false);
            }

            case "cvc-complex-type.2.4.b":
                return new DefectRule("missing", Rx(@"missing|required|expected|incomplete|not complete"), new[] { QNames(Group(sv, @"One of '([^']*)' is expected")).First() }, true);
            case "cvc-complex-type.2.4.a" when entry.Defect.Contains("removed", StringComparison.OrdinalIgnoreCase):
                return new DefectRule("missing", Rx(@"missing|required|expected|incomplete|not complete"), new[] { QNames(Group(sv, @"One of '([^']*)' is expected")).First() }, true);
            case "cvc-complex-type.2.4.a" when entry.Defect.Contains("order", StringComparison.OrdinalIgnoreCase):
                return new DefectRule("order", Rx(@"order|sequence|unexpected|expected|out of place"), new[] { QNames(Group(sv, @"starting with element '([^']*)'")).First() }, true);
            case "cvc-complex-type.2.4.d":
                return new DefectRule("unexpected element", Rx(@"unexpected|not allowed|undeclared|unknown|not expected|not declared"), new[] { LocalName(Group(sv, @"starting with element '([^']*)'")) }, true);
            case "cvc-complex-type.2.4.f":
                return new DefectRule(
                    "occurrence",
                    Rx(@"maxOccurs|more than|at most|too many|maximum|exceed"),
                    new[] { Group(sv, @"'([^']+)' can occur a maximum"), Group(sv, @"maximum of '(\d+)' times") },
                    true);
            case "cvc-complex-type.3.2.2":
                return new DefectRule(
                    "attribute",
                    Rx(@"(unexpected|undeclared|not allowed|unknown|not declared|not expected).*attribute|attribute.*(unexpected|undeclared|not allowed|unknown|not declared|not expected)"),
                    new[] { LocalName(Group(sv, @"Attribute '([^']+)'")) },
                    true);
            case "cvc-complex-type.2.3":
                return new DefectRule("text", Rx(@"(text|character).*(element-only|unexpected|not allowed|mixed)|(unexpected|not allowed).*(text|character)"), Array.Empty<string>(), true);
            case "cvc-elt.1.a":
                return new DefectRule("unknown root", Rx(@"root|not declared|unknown|undeclared"), new[] { LocalName(Group(sv, @"declaration of element '([^']+)'")) }, false);
            default:
                return null;
        }
    }

    /// <summary>Problems of a message against this rule; empty when it names the rule and mentions every token.</summary>
    public IEnumerable<string> Check(string message)
    {
        if (!Pattern.IsMatch(message))
        {
            yield return "message does not name the " + Kind + " rule (expected /" + Pattern + "/)";
        }

        foreach (string token in Mentions)
        {
            if (!Regex.IsMatch(message, @"(?<![A-Za-z0-9_])" + Regex.Escape(token) + @"(?![A-Za-z0-9_])", RegexOptions.CultureInvariant))
            {
                yield return "message does not mention '" + token + "'";
            }
        }
    }

    private static Regex Rx(string pattern) => new(pattern, Options);

    private static string Group(string text, string pattern)
    {
        var m = Regex.Match(text, pattern, RegexOptions.CultureInvariant);
        return m.Success ? m.Groups[1].Value : throw new InvalidOperationException("schemaValidation '" + text + "' does not match /" + pattern + "/");
    }

    /// <summary>Local names in a Xerces list such as <c>{"urn:x":EVSEID, "urn:x":Other}</c>.</summary>
    private static IEnumerable<string> QNames(string list)
    {
        var names = Regex.Matches(list, @"""[^""]*"":([\w.-]+)").Select(m => m.Groups[1].Value).ToList();
        return names.Count > 0 ? names : new[] { LocalName(list.Trim('{', '}')) };
    }

    private static string LocalName(string qname) => qname[(qname.LastIndexOf(':') + 1)..];
}
