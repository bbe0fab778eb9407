using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace V2G.Cli.Demo;

/// <summary>
/// A message step of the Plug'n'Charge session: the round trip of <see cref="RoundTripStep"/>, then one line per security
/// check that the receiver of the message makes on it (chain validation, signature verification, or a refusal).
/// </summary>
internal sealed class CheckedMessageStep : IDemoStep
{
    private readonly RoundTripStep _roundTrip;
    private readonly Func<IReadOnlyList<DemoCheck>> _checks;

    /// <summary>Creates the step.</summary>
    /// <param name="roundTrip">Shows the message and checks its round trip.</param>
    /// <param name="checks">The receiver's checks; run after the round trip.</param>
    public CheckedMessageStep(RoundTripStep roundTrip, Func<IReadOnlyList<DemoCheck>> checks)
    {
        _roundTrip = roundTrip;
        _checks = checks;
    }

    /// <inheritdoc/>
    public string Title => _roundTrip.Title;

    /// <inheritdoc/>
    public bool Run(TextWriter output)
    {
        bool roundTrip = _roundTrip.Run(output);
        IReadOnlyList<DemoCheck> checks = _checks();
        foreach (DemoCheck check in checks)
        {
            output.WriteLine(check.Line);
        }

        return roundTrip && checks.All(c => c.Passed);
    }
}
