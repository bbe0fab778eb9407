using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Security.Tls;

/// <summary>Runs one handshake and turns the platform's exceptions into a <see cref="TlsSessionResult"/>.</summary>
internal static class TlsHandshakeRunner
{
    public static async Task<TlsSessionResult> RunAsync(
        Stream transport, TlsPeerCheck? check, Func<SslStream, CancellationToken, Task> authenticate, CancellationToken cancellationToken)
    {
        var stream = new SslStream(transport, leaveInnerStreamOpen: false);
        try
        {
            await authenticate(stream, cancellationToken).ConfigureAwait(false);
            return new TlsSessionResult(stream, check?.Verdict, null);
        }
        catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            TlsPeerVerdict? verdict = check?.Verdict;
            string failure = verdict is { IsAccepted: false }
                ? $"handshake refused by us: {verdict.Message}"
                : $"handshake failed ({e.GetType().Name}): {e.Message}";
            return new TlsSessionResult(null, verdict, failure);
        }
    }
}
