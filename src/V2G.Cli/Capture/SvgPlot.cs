using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Net;

namespace V2G.Cli.Capture;

/// <summary>
/// An inline SVG line chart of series sharing one unit over the session time: axes with ticks and labels, one
/// <c>&lt;path data-series="NAME" data-points="N"&gt;</c> per series, and a legend.
/// </summary>
internal static class SvgPlot
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 64;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 40;
    private const int Ticks = 5;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];

    /// <summary>Renders one chart.</summary>
    /// <param name="title">The quantity plotted, e.g. <c>Voltage</c>.</param>
    /// <param name="unit">The unit of every series.</param>
    /// <param name="series">The series (at least one point each).</param>
    /// <param name="duration">The session length in seconds: the x axis runs from 0 to it.</param>
    /// <returns>The SVG element.</returns>
    public static string Render(string title, string unit, IReadOnlyList<ChargeSeries> series, double duration)
    {
        double xMax = duration > 0 ? duration : 1;
        double yMin = Math.Min(0, series.Min(s => s.Points.Min(p => p.Value)));
        double yMax = series.Max(s => s.Points.Max(p => p.Value));
        if (yMax <= yMin)
        {
            yMax = yMin + 1;
        }

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"plot\" role=\"img\" data-plot=\"{Encode(title)}\" viewBox=\"0 0 {Width} {Height}\" "))
            .Append(Invariant($"width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">"))
            .Append(Invariant($"<title>{Encode(title)} ({Encode(unit)}) over the session</title>"));
        Axes(svg, title, unit, xMax, yMin, yMax);
        for (int i = 0; i < series.Count; i++)
        {
            string color = Colors[i % Colors.Length];
            string d = string.Join(" ", series[i].Points.Select((p, k) =>
                Invariant($"{(k == 0 ? 'M' : 'L')}{X(p.Seconds, xMax):0.#},{Y(p.Value, yMin, yMax):0.#}")));
            svg.Append(Invariant($"<path data-series=\"{Encode(series[i].Name)}\" data-points=\"{series[i].Points.Count}\" d=\"{d}\" "))
                .Append(Invariant($"fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>"));
            foreach ((double seconds, double value) in series[i].Points)
            {
                svg.Append(Invariant($"<circle cx=\"{X(seconds, xMax):0.#}\" cy=\"{Y(value, yMin, yMax):0.#}\" r=\"2.5\" fill=\"{color}\">"))
                    .Append(Invariant($"<title>{Encode(series[i].Name)} {value:0.###} {Encode(unit)} at +{seconds:0.000} s</title></circle>"));
            }

            svg.Append(Invariant($"<text x=\"{Left + 8 + (i * 150)}\" y=\"{Top + 12}\" fill=\"{color}\" class=\"legend\">"))
                .Append(Encode(series[i].Name)).Append("</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Axes(StringBuilder svg, string title, string unit, double xMax, double yMin, double yMax)
    {
        int plotBottom = Height - Bottom;
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{plotBottom}\" x2=\"{Width - Right}\" y2=\"{plotBottom}\" stroke=\"#444\"/>"))
            .Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{plotBottom}\" stroke=\"#444\"/>"));
        for (int i = 0; i <= Ticks; i++)
        {
            double seconds = xMax * i / Ticks;
            double value = yMin + ((yMax - yMin) * i / Ticks);
            double x = X(seconds, xMax);
            double y = Y(value, yMin, yMax);
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{plotBottom}\" x2=\"{x:0.#}\" y2=\"{plotBottom + 4}\" stroke=\"#444\"/>"))
                .Append(Invariant($"<text x=\"{x:0.#}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\" class=\"tick\">{seconds:0.###}</text>"))
                .Append(Invariant($"<line x1=\"{Left - 4}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>"))
                .Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" class=\"tick\">{value:0.##}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\" class=\"axis\">"))
            .Append("time since session start (s)</text>")
            .Append(Invariant($"<text x=\"14\" y=\"{(Top + plotBottom) / 2}\" text-anchor=\"middle\" class=\"axis\" "))
            .Append(Invariant($"transform=\"rotate(-90 14 {(Top + plotBottom) / 2})\">{Encode(title)} ({Encode(unit)})</text>"));
    }

    private static double X(double seconds, double xMax) => Left + ((Width - Left - Right) * seconds / xMax);

    private static double Y(double value, double yMin, double yMax) => Height - Bottom - ((Height - Bottom - Top) * (value - yMin) / (yMax - yMin));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
