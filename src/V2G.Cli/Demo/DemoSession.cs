using System.Collections.Generic;
using System.Linq;

namespace V2G.Cli.Demo;

/// <summary>
/// One charging session of <c>v2g demo</c>: its handshake and request/response steps, shown after a heading that
/// says what the session is.
/// </summary>
/// <param name="Title">The session's name, e.g. <c>ISO 15118-2 DC session</c>.</param>
/// <param name="Summary">Lines printed under the heading: who talks, which schemas encode the messages.</param>
/// <param name="Steps">The round-trip steps, in the order the messages are exchanged.</param>
internal sealed record DemoSession(string Title, IReadOnlyList<string> Summary, IReadOnlyList<IDemoStep> Steps)
{
    /// <summary>The heading step followed by the session's steps.</summary>
    /// <returns>The steps to run.</returns>
    public IEnumerable<IDemoStep> WithHeading() => Steps.Prepend(new SessionHeadingStep(Title, Summary));
}
