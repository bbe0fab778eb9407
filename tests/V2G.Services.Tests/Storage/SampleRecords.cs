using System;
using System.Text.Json;
using V2G.Services.Storage;
using Xunit;

namespace V2G.Services.Tests.Storage;

/// <summary>Distinct records for store tests, with times every store keeps exactly (UTC, whole microseconds).</summary>
internal static class SampleRecords
{
    public const string Iso2 = "urn:iso:15118:2:2013:MsgDef";
    public const string Iso20 = "urn:iso:std:iso:15118:-20:CommonMessages";

    private static readonly DateTimeOffset Epoch = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    public static DateTimeOffset Time(int n) => Epoch.AddTicks(n * 12_345_670L);

    public static byte[] Bytes(int n, int length = 40)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)(n * 31 + i * 7);
        }

        return bytes;
    }

    public static RevocationEntry Revoked(string ca, string serial, int n = 1, int reason = 1) => new(ca, serial, Time(n), reason);

    public static IssuedCertificateRecord Issued(string ca, string serial, int n = 1) =>
        new(ca, serial, Bytes(n, 300), "EMAID" + n, Time(n));

    public static RootCertificateRecord Root(string id, string type = "V2G", int n = 1) => new(id, type, Bytes(n, 200), Time(n));

    public static ProvisioningCertificateRecord ProvisioningOf(string pcid, int n = 1, bool full = true) =>
        new(pcid, Bytes(n), Bytes(n + 1), full ? Bytes(n + 2) : null, Iso2, full ? "OLD" + pcid : null, Time(n));

    public static ContractDataRecord Contract(string emaid, string pcid, string ns = Iso2, bool isDefault = false, int n = 1) =>
        new(emaid, pcid, ns, Bytes(n, 500), Bytes(n + 1, 300), isDefault, n % 2 == 0 ? null : "meta " + n, Time(n));

    public static ExchangeRecord Exchange(int n, bool succeeded = true) =>
        new(Time(n), "CertificateInstallation", Iso20, succeeded ? "PCID" + n : null, succeeded ? "EMAID" + n : null, succeeded,
            "exchange " + n);

    /// <summary>Asserts that two records (or lists) hold the same values, byte arrays compared by content.</summary>
    public static void Same<T>(T expected, T actual) => Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
