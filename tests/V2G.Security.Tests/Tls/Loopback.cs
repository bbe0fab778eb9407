using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Security.Tests.Tls;

/// <summary>127.0.0.1 sockets for the handshake tests, with the line echo that proves the channel carries data.</summary>
internal static class Loopback
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    public static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>A port that was free a moment ago, for openssl s_server.</summary>
    public static int FreePort()
    {
        TcpListener listener = Listen();
        int port = Port(listener);
        listener.Stop();
        return port;
    }

    public static async Task<NetworkStream> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        return client.GetStream();
    }

    public static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        byte[] one = new byte[1];
        while (await stream.ReadAsync(one, cancellationToken) == 1)
        {
            if (one[0] == (byte)'\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }

        return line.Length == 0 ? null : line.ToString();
    }

    public static async Task WriteLineAsync(Stream stream, string line, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\n"), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
