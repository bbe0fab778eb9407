using System.IO;
using System.Linq;
using Xunit;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Messages.Tests;

/// <summary>The ISO 15118-20 codecs share one C# type per schema type (CommonTypes, XML-DSig), not one copy each.</summary>
public class Iso20SharedTypesTests
{
    [Fact]
    public void Charge_loop_requests_of_AC_and_DC_derive_from_the_one_CommonTypes_class()
    {
        var ac = Iso20.AcCodec.Decode(Read("iso20-ac", "AC_ChargeLoopReq-max.exi")).AC_ChargeLoopReq!;
        var dc = Iso20.DcCodec.Decode(Read("iso20-dc", "DC_ChargeLoopReq-max.exi")).DC_ChargeLoopReq!;
        Iso20.ChargeLoopReqType[] loops = { ac, dc };
        Assert.All(loops, loop => Assert.NotNull(loop.Header.SessionID));
        Assert.Same(ac.Header.GetType(), dc.Header.GetType());

        // A header decoded by one codec is encoded by another as part of its message.
        var setup = Iso20.CommonMessagesCodec.Decode(Read("iso20-common", "SessionSetupReq-min.exi")).SessionSetupReq!;
        dc.Header = setup.Header;
        Assert.NotEmpty(Iso20.DcCodec.Encode(dc));
    }

    [Fact]
    public void Every_generated_type_is_declared_once_in_the_assembly()
    {
        var types = typeof(Iso20.DcCodec).Assembly.GetTypes().Where(t => t.IsPublic).ToList();
        Assert.Single(types, t => t.Name == "MessageHeaderType");
        Assert.Single(types, t => t.Name == "SignedInfoType");
        Assert.Equal(types.Count, types.Select(t => t.FullName).Distinct().Count());
    }

    private static byte[] Read(string family, string file) => File.ReadAllBytes(Path.Combine(SharedData.VectorsDirectory, family, file));
}
