using System.Linq;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>The encoder's refusal texts are one sentence each: an early end says so once, a misplaced item says where it cannot come.</summary>
public sealed class EncoderRefusalTextTests
{
    [Fact]
    public void Refusals_of_an_early_end_and_of_a_misplaced_element_read_as_one_sentence()
    {
        var (run, _, _) = GeneratorHarness.Run(GeneratorHarness.AppProtocolSource, GeneratorHarness.AppProtocolSchema());
        string exi = run.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".Exi.g.cs", System.StringComparison.Ordinal))
            .SourceText.ToString();

        Assert.Contains("\"The element cannot end here (required content is missing); expected \"", exi, System.StringComparison.Ordinal);
        Assert.DoesNotContain("missing) cannot come here", exi, System.StringComparison.Ordinal);
        Assert.Contains(" cannot come here; expected \"", exi, System.StringComparison.Ordinal);
    }
}
