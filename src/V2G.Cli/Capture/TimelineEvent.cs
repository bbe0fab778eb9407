using System.Collections.Generic;
using System.Linq;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>One line of a session's timeline: a message (decoded or not) or a stretch of bytes that was no frame.</summary>
/// <param name="UnixTimeNanoseconds">When it was captured; null when unknown.</param>
/// <param name="Message">The message, for a frame.</param>
/// <param name="Problem">The problem, for bytes that were no frame.</param>
internal sealed record TimelineEvent(long? UnixTimeNanoseconds, SessionMessage? Message, StreamProblem? Problem)
{
    /// <summary>The messages and problems of a session in time order (those without a time last, in stream order).</summary>
    /// <param name="session">The session.</param>
    /// <returns>The events.</returns>
    public static IReadOnlyList<TimelineEvent> Of(DecodedSession session) =>
        session.Messages.Select(m => new TimelineEvent(m.UnixTimeNanoseconds, m, null))
            .Concat(session.Problems.Select(p => new TimelineEvent(p.UnixTimeNanoseconds, null, p)))
            .OrderBy(e => e.UnixTimeNanoseconds ?? long.MaxValue)
            .ToList();
}
