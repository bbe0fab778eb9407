using System;

namespace V2G.Transport.Capture;

/// <summary>The TCP control bits (RFC 9293 section 3.1; ECE and CWR from RFC 3168).</summary>
[Flags]
public enum TcpFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>FIN: the sender has no more data.</summary>
    Fin = 0x01,

    /// <summary>SYN: synchronize sequence numbers (opens a connection).</summary>
    Syn = 0x02,

    /// <summary>RST: reset the connection.</summary>
    Rst = 0x04,

    /// <summary>PSH: push function.</summary>
    Psh = 0x08,

    /// <summary>ACK: the acknowledgment field is significant.</summary>
    Ack = 0x10,

    /// <summary>URG: the urgent pointer is significant.</summary>
    Urg = 0x20,

    /// <summary>ECE: ECN echo.</summary>
    Ece = 0x40,

    /// <summary>CWR: congestion window reduced.</summary>
    Cwr = 0x80,
}
