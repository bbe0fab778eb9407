using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using V2G.Messages.Iso20;
using Xunit;
using Iso2XmlDsig = V2G.Messages.Iso2.XmlDsigCodec;

namespace V2G.Testing.Tests;

/// <summary>
/// Pins the encodings of representative messages of every family: a change in the generator or runtime that alters
/// any of these bytes or their XML shows as a diff against the approved files in __snapshots__.
/// </summary>
public class MessageSnapshotsTests
{
    [Fact]
    public void SupportedAppProtocolReq() =>
        SnapshotAssert.Matches(MessageSnapshot.OfStream(AppProtocolCodec.Documents, Vectors.Exi("app-protocol/supportedAppProtocolReq-max.exi")));

    [Fact]
    public void DinSessionSetupReq() =>
        SnapshotAssert.Matches(MessageSnapshot.OfStream(DinCodec.Documents, Vectors.Exi("din/SessionSetupReq-max.exi")));

    [Fact]
    public void Iso2SessionSetupReq() =>
        SnapshotAssert.Matches(MessageSnapshot.OfStream(Iso2Codec.Documents, Vectors.Exi("iso2/SessionSetupReq-max.exi")));

    [Fact]
    public void Iso20SessionSetupReq() =>
        SnapshotAssert.Matches(MessageSnapshot.OfStream(CommonMessagesCodec.Documents, Vectors.Exi("iso20-common/SessionSetupReq-max.exi")));

    [Fact]
    public void CurrentDemandReq()
    {
        SnapshotAssert.Matches(MessageSnapshot.OfStream(DinCodec.Documents, Vectors.Exi("din/CurrentDemandReq-min.exi")), "din");
        SnapshotAssert.Matches(MessageSnapshot.OfStream(Iso2Codec.Documents, Vectors.Exi("iso2/CurrentDemandReq-min.exi")), "iso2");
    }

    [Fact]
    public void SignedInfoFragment() =>
        SnapshotAssert.Matches(MessageSnapshot.OfStream(Iso2XmlDsig.Fragments, Vectors.Exi("iso2-fragment/xmldsig.SignedInfo-min.exi")));
}
