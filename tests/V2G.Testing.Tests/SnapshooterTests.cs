using Snapshooter.Xunit;
using V2G.Messages.Din;
using Xunit;

namespace V2G.Testing.Tests;

/// <summary>The snapshot text works with Snapshooter too: it stores and compares the same stable text.</summary>
public class SnapshooterTests
{
    [Fact]
    public void DinSessionSetupReq_MatchesTheSnapshooterSnapshot()
    {
        var snapshot = MessageSnapshot.OfStream(DinCodec.Documents, Vectors.Exi("din/SessionSetupReq-min.exi"));

        Snapshot.Match(snapshot.ToText());
    }
}
