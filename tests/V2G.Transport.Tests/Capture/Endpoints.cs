using System.Net;

namespace V2G.Transport.Tests.Capture;

/// <summary>The addresses test captures use: an EV and an EVSE over IPv6 link-local and over IPv4.</summary>
internal static class Endpoints
{
    public static readonly IPEndPoint Ev6 = new(IPAddress.Parse("fe80::2"), 50123);
    public static readonly IPEndPoint Evse6 = new(IPAddress.Parse("fe80::1"), 15118);
    public static readonly IPEndPoint Ev4 = new(IPAddress.Parse("192.168.1.20"), 50124);
    public static readonly IPEndPoint Evse4 = new(IPAddress.Parse("192.168.1.1"), 15118);

    /// <summary>A V2GTP-like frame (version 01 FE, payload type 0x8001, length) whose payload bytes count up from a seed.</summary>
    public static byte[] Frame(int payloadLength, byte seed)
    {
        byte[] frame = new byte[8 + payloadLength];
        frame[0] = 0x01;
        frame[1] = 0xFE;
        frame[2] = 0x80;
        frame[3] = 0x01;
        frame[4] = (byte)(payloadLength >> 24);
        frame[5] = (byte)(payloadLength >> 16);
        frame[6] = (byte)(payloadLength >> 8);
        frame[7] = (byte)payloadLength;
        for (int i = 0; i < payloadLength; i++)
        {
            frame[8 + i] = (byte)(seed + i);
        }

        return frame;
    }
}
