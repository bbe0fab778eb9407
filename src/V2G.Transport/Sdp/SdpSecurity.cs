namespace V2G.Transport.Sdp;

/// <summary>The security byte of an SDP request or response (ISO 15118-2 7.10.1.2, Tables 15 and 17; DIN 70121 9.2).</summary>
public enum SdpSecurity : byte
{
    /// <summary>0x00: the TCP connection is secured with TLS.</summary>
    Tls = 0x00,

    /// <summary>0x10: no transport layer security.</summary>
    NoTransportSecurity = 0x10,
}
