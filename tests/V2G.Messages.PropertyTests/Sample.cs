using System.Linq;
using CsCheck;
using V2G.Exi.Metadata;

namespace V2G.Messages.PropertyTests;

/// <summary>A random valid message: the root element, the builder seed it came from, and the document or fragment.</summary>
internal sealed record Sample(ExiRootInfo Root, int Seed, object Message)
{
    /// <summary>
    /// Roots whose required content is only an xs:any wildcard (xmldsig SignatureProperty, and SignatureProperties that needs
    /// one): the model has no member for wildcard content and the encoder never produces it, so no valid instance exists.
    /// </summary>
    private static readonly string[] WildcardOnly = { "SignatureProperty", "SignatureProperties" };

    /// <summary>The roots random messages are built for.</summary>
    public static ExiRootInfo[] Roots(IMessageCodec codec) =>
        codec.Roots.Where(r => !(r.Name.Namespace == "http://www.w3.org/2000/09/xmldsig#" && WildcardOnly.Contains(r.LocalName))).ToArray();

    /// <summary>Random messages of every root element of the codec, each built from the codec's schema metadata.</summary>
    public static Gen<Sample> Of(IMessageCodec codec)
    {
        var roots = Roots(codec);
        return Gen.Select(Gen.Int[0, roots.Length - 1], Gen.Int, (index, seed) => Build(codec, roots[index], seed));
    }

    public static Sample Build(IMessageCodec codec, ExiRootInfo root, int seed)
    {
        var content = new MessageBuilder(codec.Schema, seed).Root(root);
        return new Sample(root, seed, codec.Wrap(root, content));
    }

    public override string ToString() => Root + " (seed " + Seed + ")";
}
