namespace V2G.Transport.Sdp;

/// <summary>The transport protocol byte of an SDP request or response (ISO 15118-2 7.10.1.2; DIN 70121 9.2).</summary>
public enum SdpTransportProtocol : byte
{
    /// <summary>0x00: TCP, the only protocol V2G messages use.</summary>
    Tcp = 0x00,

    /// <summary>0x10: UDP (reserved by the standards).</summary>
    Udp = 0x10,
}
