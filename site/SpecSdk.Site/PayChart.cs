using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using SpecSdk.Model;

namespace SpecSdk.Site;

/// <summary>
/// A pay plan's grades as an inline SVG made at build time: a bar a grade from its lowest figure to its highest, a
/// tick at the midpoint, on one basis (annual where the plan gives it). The table of figures stays beside it on
/// every page, so the chart only adds a picture; it is an image with a title and description for screen readers.
/// </summary>
internal static class PayChart
{
    private const int Width = 640;
    private const int Label = 56;
    private const int Row = 18;
    private const int Top = 8;
    private const int Axis = 28;

    /// <summary>
    /// The chart of <paramref name="version"/> of <paramref name="plan"/> (figures in <paramref name="currency"/>), its bar for <paramref name="highlight"/> (a
    /// class's grade) marked; empty when no grade has two figures on the chart's basis to draw between.
    /// </summary>
    public static string Svg(PayPlan plan, PayPlanVersion version, string currency, PayGrade? highlight = null)
    {
        if (Basis(version) is not { } basis)
        {
            return string.Empty;
        }

        var bars = version.Grades
            .Select(g => (Grade: g, Range: g.RangeFor(basis)))
            .Where(b => b.Range is not null && Low(b.Range) is not null)
            .Select(b => (b.Grade, Low: Low(b.Range!)!.Value, High: High(b.Range!)!.Value, b.Range!.Midpoint))
            .ToList();
        var (from, to, step) = Scale(bars.Min(b => b.Low), bars.Max(b => b.High));
        var plot = Width - Label - 32;
        double X(decimal value) => Label + (double)((value - from) / (to - from)) * plot;
        var height = Top + (bars.Count * Row) + Axis;
        var name = Formatting.Basis(basis);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"pay-chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"chart-title chart-description\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append("<title id=\"chart-title\">").Append(Escape($"{name} salary ranges of the grades of {plan.Name}")).Append("</title>");
        svg.Append("<desc id=\"chart-description\">").Append(Escape(Description(bars.Select(b => (b.Grade.Grade, b.Low, b.High)).ToList(), highlight, name, currency))).Append("</desc>");
        for (var tick = from; tick <= to; tick += step)
        {
            var x = X(tick);
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{x:F1}\" y1=\"{Top}\" x2=\"{x:F1}\" y2=\"{height - Axis + 4}\"/>"));
            svg.Append(Invariant($"<text class=\"tick\" x=\"{x:F1}\" y=\"{height - 8}\" text-anchor=\"middle\">{Escape(Formatting.Money(tick, currency))}</text>"));
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var (grade, low, high, midpoint) = bars[i];
            var y = Top + (i * Row);
            var current = highlight is not null && grade.Grade == highlight.Grade && grade.PayPlanKey == highlight.PayPlanKey;
            svg.Append(current ? "<g class=\"current\">" : "<g>");
            svg.Append(Invariant($"<text class=\"grade\" x=\"{Label - 6}\" y=\"{y + 12}\" text-anchor=\"end\">{Escape(grade.Grade)}</text>"));
            svg.Append(Invariant($"<rect class=\"bar\" x=\"{X(low):F1}\" y=\"{y + 3}\" width=\"{Math.Max(2, X(high) - X(low)):F1}\" height=\"{Row - 6}\" rx=\"2\">"));
            svg.Append("<title>").Append(Escape($"Grade {grade.Grade}: {Formatting.Money(low, currency)} to {Formatting.Money(high, currency)}")).Append("</title></rect>");
            if (midpoint is { } middle && middle > low && middle < high)
            {
                svg.Append(Invariant($"<line class=\"midpoint\" x1=\"{X(middle):F1}\" y1=\"{y + 1}\" x2=\"{X(middle):F1}\" y2=\"{y + Row - 1}\"/>"));
            }

            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Annual where any grade gives it, else the basis most grades give (the first in basis order on a tie).</summary>
    private static SalaryBasis? Basis(PayPlanVersion version)
    {
        var given = version.Grades.SelectMany(g => g.Ranges).Where(r => Low(r) is not null).Select(r => r.Basis).ToList();
        if (given.Count == 0)
        {
            return null;
        }

        return given.Contains(SalaryBasis.Annual) ? SalaryBasis.Annual : given.GroupBy(b => b).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static decimal? Low(SalaryRange range) => range.Minimum ?? range.Midpoint ?? range.Maximum;

    private static decimal? High(SalaryRange range) => range.Maximum ?? range.Midpoint ?? range.Minimum;

    /// <summary>
    /// An axis from a round figure at or below the lowest to one at or above the highest, in at most 8 steps of 1, 2 or
    /// 5 times a power of ten, whatever the figures' size (a spec may give figures of 20 digits).
    /// </summary>
    private static (decimal From, decimal To, decimal Step) Scale(decimal low, decimal high)
    {
        var span = Math.Max(high - low, Math.Max(Math.Abs(high) / 10, 0.01m));
        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)span / 6)));
        var step = new[] { 1m, 2m, 5m, 10m }.Select(m => m * power).First(s => span / s <= 6);
        var from = Math.Floor(low / step) * step;
        var to = Math.Ceiling(high / step) * step;
        return (from, to == from ? from + step : to, step);
    }

    private static string Description(List<(string Grade, decimal Low, decimal High)> bars, PayGrade? highlight, string basis, string currency)
    {
        var lowest = bars.OrderBy(b => b.Low).First();
        var highest = bars.OrderByDescending(b => b.High).First();
        var text = $"{bars.Count} grades, {basis.ToLowerInvariant()}, from {Formatting.Money(lowest.Low, currency)} (grade {lowest.Grade}) to {Formatting.Money(highest.High, currency)} (grade {highest.Grade}).";
        if (highlight is not null && bars.FirstOrDefault(b => b.Grade == highlight.Grade) is { Grade: not null } own)
        {
            var place = bars.Count(b => b.Low < own.Low) + 1;
            text += $" Grade {own.Grade}, {Formatting.Money(own.Low, currency)} to {Formatting.Money(own.High, currency)}, is {Ordinal(place)} of {bars.Count} from the lowest.";
        }

        return text + " The table gives every figure.";
    }

    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
