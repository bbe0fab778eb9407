using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using V2G.Exi;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>Bad XML values never escape as anything but an ExiException: every leaf value of sampled vectors replaced by awkward text.</summary>
public class XmlMutationTests
{
    private static readonly string[] Replacements =
    {
        string.Empty, " ", "-1", "256", "99999999999999999999999999999", "abc", "1.5", "true", "ZZ", "=", new string('x', 5000),
    };

    public static IEnumerable<object[]> Codecs() => FamilyCodec.All.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Every_leaf_value_replaced_by_awkward_text_is_read_and_encoded_or_refused_with_an_ExiException(string codecKey)
    {
        var codec = FamilyCodec.All[codecKey];
        int attempts = 0;
        int refused = 0;
        foreach (var vector in SharedData.ForCodec(codecKey).Where(v => v.Name.EndsWith("-max", StringComparison.Ordinal)).Take(6))
        {
            var document = XDocument.Parse(vector.Xml);
            var leaves = document.Descendants().Where(e => !e.HasElements).ToList();
            for (int i = 0; i < leaves.Count; i++)
            {
                string original = leaves[i].Value;
                foreach (string replacement in Replacements)
                {
                    leaves[i].Value = replacement;
                    string xml = document.ToString();
                    leaves[i].Value = original;
                    attempts++;
                    try
                    {
                        codec.EncodeXml(xml);
                    }
                    catch (ExiException)
                    {
                        refused++;
                    }
                    catch (Exception e)
                    {
                        Assert.Fail(vector + " leaf " + leaves[i].Name.LocalName + " = '" + replacement[..Math.Min(20, replacement.Length)] + "': " + e.GetType().Name + ": " + e.Message);
                    }
                }
            }
        }

        Assert.True(attempts > 0 && refused > 0, "attempts " + attempts + ", refused " + refused);
    }
}
