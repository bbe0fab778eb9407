namespace V2G.Transport;

/// <summary>Bounds every reader of this library applies to lengths it reads from the wire.</summary>
public static class TransportLimits
{
    /// <summary>The default largest V2GTP payload accepted (ISO 15118-20 certificate messages stay well below it).</summary>
    public const int DefaultMaxV2gtpPayload = 64 * 1024;
}
