using System;
using System.IO;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary><c>--fragment</c>: the signed elements of ISO 15118-2 and SignedInfo with the xmldsig schema alone.</summary>
public class FragmentTests
{
    private static string Fragment(string name) => Path.Combine(SharedVectors.Root, "vectors", "iso2-fragment", name);

    [Theory]
    [InlineData("iso2", "SalesTariff-max")]
    [InlineData("iso2", "eMAID-rand4")]
    [InlineData("iso2", "AuthorizationReq-min")]
    [InlineData("xmldsig", "xmldsig.SignedInfo-max")]
    [InlineData("iso20-common", "../iso20-fragment/CommonMessages.AbsolutePriceSchedule-max")]
    [InlineData("iso20-ac", "../iso20-fragment/AC.AC_ChargeParameterDiscoveryRes-rand1")]
    [InlineData("iso20-dc", "../iso20-fragment/DC.SignedInfo-min")]
    [InlineData("xmldsig", "../iso20-fragment/xmldsig.SignedInfo-rand2")]
    public void Fragment_decodes_to_its_xml_and_encodes_back_to_its_bytes(string schema, string name)
    {
        string exi = Fragment(name + ".exi");
        CliResult decoded = CliRun.Run("decode", "--schema", schema, "--fragment", exi);
        Assert.True(decoded.ExitCode == 0, decoded.ToString());
        XmlSame.Equal(File.ReadAllText(Fragment(name + ".xml")), decoded.Stdout);

        CliResult encoded = CliRun.Run("encode", "--schema", schema, "--fragment", Fragment(name + ".xml"));
        Assert.True(encoded.ExitCode == 0, encoded.ToString());
        Assert.Equal(Convert.ToHexString(File.ReadAllBytes(exi)), encoded.Stdout.Trim());
    }

    [Fact]
    public void Fragment_read_as_a_document_fails_with_a_positioned_error()
    {
        CliResult r = CliRun.Run("decode", "--schema", "iso2", Fragment("SalesTariff-min.exi"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("bit", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SignedInfo_of_the_message_schema_set_differs_from_SignedInfo_of_xmldsig_alone()
    {
        // The same XML, two fragment grammars: ISO 15118-2 signs the xmldsig-alone bytes.
        string xml = Fragment("xmldsig.SignedInfo-min.xml");
        CliResult alone = CliRun.Run("encode", "--schema", "xmldsig", "--fragment", xml);
        CliResult inMessageSet = CliRun.Run("encode", "--schema", "iso2", "--fragment", xml);
        Assert.True(alone.ExitCode == 0 && inMessageSet.ExitCode == 0, alone + "\n" + inMessageSet);
        Assert.Equal(Convert.ToHexString(File.ReadAllBytes(Fragment("xmldsig.SignedInfo-min.exi"))), alone.Stdout.Trim());
        Assert.NotEqual(alone.Stdout, inMessageSet.Stdout);
    }
}
