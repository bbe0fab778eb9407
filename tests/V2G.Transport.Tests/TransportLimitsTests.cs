using Xunit;

namespace V2G.Transport.Tests;

public sealed class TransportLimitsTests
{
    [Fact]
    public void The_default_payload_bound_carries_the_largest_certificate_messages()
    {
        // An ISO 15118-20 CertificateInstallationRes with a full chain is under 10 KiB; 64 KiB leaves room without inviting abuse.
        Assert.InRange(TransportLimits.DefaultMaxV2gtpPayload, 16 * 1024, 1024 * 1024);
    }
}
