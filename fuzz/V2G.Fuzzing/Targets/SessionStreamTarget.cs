using System;
using System.Collections.Generic;
using System.IO;
using V2G.Sessions;
using V2G.Transport.V2gtp;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// The session decoder over two TCP byte streams: the first two input bytes (big-endian) say where the EV's stream
/// ends and the EVSE's begins. Whatever the bytes, decoding reports problems in its result and throws nothing.
/// </summary>
public sealed class SessionStreamTarget : IFuzzTarget
{
    public string Name => "session";

    public void Run(ReadOnlySpan<byte> input)
    {
        if (input.Length < 2)
        {
            return;
        }

        byte[] streams = input[2..].ToArray();
        int split = ((input[0] << 8) | input[1]) % (streams.Length + 1);
        SessionDecoder.DecodeStreams(streams.AsMemory(0, split), streams.AsMemory(split));
    }

    /// <summary>A handshake and one message of each protocol: the EV's request stream then the EVSE's response stream.</summary>
    public IEnumerable<Seed> Seeds(SeedSource source)
    {
        string vectors = source.VectorsDirectory;
        byte[] handshakeReq = Frame(Path.Combine(vectors, "app-protocol", "supportedAppProtocolReq-min.exi"));
        byte[] handshakeRes = Frame(Path.Combine(vectors, "app-protocol", "supportedAppProtocolRes-min.exi"));
        foreach ((string request, string response) in new[]
        {
            ("din/SessionSetupReq-min.exi", "din/SessionSetupRes-min.exi"),
            ("iso2/SessionSetupReq-min.exi", "iso2/SessionSetupRes-min.exi"),
            ("iso2/CurrentDemandReq-rand1.exi", "iso2/CurrentDemandRes-rand1.exi"),
            ("iso20-common/SessionSetupReq-min.exi", "iso20-common/SessionSetupRes-min.exi"),
        })
        {
            byte[] ev = [.. handshakeReq, .. Frame(Path.Combine(vectors, request))];
            byte[] evse = [.. handshakeRes, .. Frame(Path.Combine(vectors, response))];
            byte[] data = [(byte)(ev.Length >> 8), (byte)ev.Length, .. ev, .. evse];
            if (data.Length < SeedSource.MaxSeedBytes)
            {
                yield return new Seed(Path.GetFileNameWithoutExtension(request) + ".streams", data);
            }
        }
    }

    private static byte[] Frame(string exiPath) => V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, File.ReadAllBytes(exiPath));
}
