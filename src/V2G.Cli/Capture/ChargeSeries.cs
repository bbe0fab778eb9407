using System.Collections.Generic;
using System.Linq;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>One plotted quantity of a session: points (seconds since the session start, value) from its charge-loop messages.</summary>
/// <param name="Name">The series name, used as <c>data-series</c>: the element name, or <c>Power</c> and <c>SoC</c>.</param>
/// <param name="Unit">The unit of the values.</param>
/// <param name="Points">The points, in time order.</param>
internal sealed record ChargeSeries(string Name, string Unit, IReadOnlyList<(double Seconds, double Value)> Points)
{
    /// <summary>The messages whose values are plotted: the DC and AC charge loops and pre-charge.</summary>
    private static readonly HashSet<string> ChargeLoopMessages =
    [
        "CurrentDemandReq", "CurrentDemandRes", "ChargingStatusRes", "PreChargeReq", "PreChargeRes",
        "DC_ChargeLoopReq", "DC_ChargeLoopRes", "AC_ChargeLoopReq", "AC_ChargeLoopRes", "DC_PreChargeReq", "DC_PreChargeRes",
    ];

    /// <summary>Which key field feeds which series (SoC comes from EVRESSSOC in DIN/ISO-2, PresentSOC in ISO-20).</summary>
    private static readonly (string Field, string Series)[] Sources =
    [
        ("EVTargetVoltage", "EVTargetVoltage"), ("EVTargetCurrent", "EVTargetCurrent"),
        ("EVSEPresentVoltage", "EVSEPresentVoltage"), ("EVSEPresentCurrent", "EVSEPresentCurrent"),
        ("EVRESSSOC", "SoC"), ("PresentSOC", "SoC"),
    ];

    /// <summary>The series names in plotting order with their units.</summary>
    public static readonly (string Name, string Unit)[] All =
    [
        ("EVTargetVoltage", "V"), ("EVSEPresentVoltage", "V"), ("EVTargetCurrent", "A"), ("EVSEPresentCurrent", "A"),
        ("Power", "W"), ("SoC", "%"),
    ];

    /// <summary>The series of a session that have at least one point. Power is EVSEPresentVoltage x EVSEPresentCurrent of one response.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The series, in the order of <see cref="All"/>.</returns>
    public static IReadOnlyList<ChargeSeries> Of(CapturedSession session)
    {
        var points = All.ToDictionary(s => s.Name, _ => new List<(double, double)>());
        foreach (SessionMessage message in session.Session.Messages)
        {
            if (!message.IsDecoded || message.UnixTimeNanoseconds is not long time || !ChargeLoopMessages.Contains(message.Name!))
            {
                continue;
            }

            double seconds = (time - session.FirstUnixTimeNanoseconds) / 1e9;
            var fields = KeyFields.Of(message).Where(f => f.Number is not null).ToDictionary(f => f.Name, f => (double)f.Number!.Value);
            foreach ((string field, string series) in Sources)
            {
                if (fields.TryGetValue(field, out double value))
                {
                    points[series].Add((seconds, value));
                }
            }

            if (fields.TryGetValue("EVSEPresentVoltage", out double volts) && fields.TryGetValue("EVSEPresentCurrent", out double amperes))
            {
                points["Power"].Add((seconds, volts * amperes));
            }
        }

        return All.Where(s => points[s.Name].Count > 0).Select(s => new ChargeSeries(s.Name, s.Unit, points[s.Name])).ToList();
    }
}
