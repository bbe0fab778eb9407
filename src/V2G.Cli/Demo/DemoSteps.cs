using System.Collections.Generic;
using System.Linq;

namespace V2G.Cli.Demo;

/// <summary>
/// The steps of <c>v2g demo</c>, in order: an ISO 15118-2 DC session, an ISO 15118-20 DC session, then the
/// Plug'n'Charge session (signed messages, test PKI made in memory), each opened by a heading step. Add a session by
/// adding it to <see cref="Sessions"/>.
/// </summary>
internal static class DemoSteps
{
    /// <summary>The sessions, in the order they run.</summary>
    public static IReadOnlyList<DemoSession> Sessions { get; } = [Iso2SessionSteps.Session, Iso20SessionSteps.Session, PncSessionSteps.Session];

    /// <summary>Every step: each session's heading followed by its steps.</summary>
    public static IReadOnlyList<IDemoStep> All { get; } = Sessions.SelectMany(s => s.WithHeading()).ToArray();
}
