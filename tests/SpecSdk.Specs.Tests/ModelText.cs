using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Markdig;
using SpecSdk.Model;

namespace SpecSdk.Specs.Tests;

/// <summary>
/// Everything a reader of the model can see of one class or series, as plain text in the order a handbook page
/// shows it: identity, pay, dates, then every section (heading, jurisdiction lead, text, subsections).
/// </summary>
internal static class ModelText
{
    public static string Of(Catalog catalog, JobClass jobClass)
    {
        var jurisdiction = catalog.Jurisdictions.Single(j => j.Key == jobClass.JurisdictionKey);
        var parts = new List<string> { jurisdiction.Name, jurisdiction.DocumentTitle ?? string.Empty, jobClass.Title };
        parts.AddRange(new[] { jobClass.Code, jobClass.JobNumber, jobClass.Grade }.Where(v => v is not null)!);
        var grade = jurisdiction.PayPlans.FirstOrDefault(p => p.Key == jobClass.PayPlanKey)?.FindGrade(jobClass.Grade ?? string.Empty);
        foreach (var range in grade?.Ranges ?? EquatableArray<SalaryRange>.Empty)
        {
            parts.AddRange(new[] { range.Minimum, range.Midpoint, range.Maximum }.Where(v => v is not null).Select(v => v!.Value.ToString(CultureInfo.InvariantCulture)));
        }

        var group = jurisdiction.JobGroups.FirstOrDefault(g => g.Key == jobClass.JobGroupKey);
        if (group is not null)
        {
            parts.Add(group.Code + " " + group.Name);
        }

        parts.AddRange(new[] { jobClass.Established, jobClass.Revised, jobClass.ValidAsOf, jobClass.Source?.Printed }.Where(d => d is not null).Select(d => d!.Value.ToString()));
        parts.AddRange(jobClass.History.Select(h => h.Text));
        parts.AddRange(jobClass.Sections.SelectMany(Section));
        return string.Join("\n", parts);
    }

    public static string Of(Catalog catalog, ClassSeries series)
    {
        var parts = new List<string> { series.Title, series.Date?.ToLongString() ?? string.Empty };
        parts.AddRange(series.Sections.SelectMany(Section));
        var levels = series.Levels.Select(key => catalog.Classes.Single(c => c.JurisdictionKey == series.JurisdictionKey && c.Key == key)).ToList();
        parts.AddRange(levels.Select(level => Of(catalog, level)));
        parts.Add("Class Level " + string.Join(" ", series.Factors.Select(f => f.Name)));
        parts.AddRange(levels.Select(level => (level.ShortTitle ?? level.Title) + " " + string.Join(" ", level.Factors.Select(f => f.Rating))));
        parts.AddRange(series.History.Select(h => h.Text));
        return string.Join("\n", parts);
    }

    private static IEnumerable<string> Section(Section section)
    {
        yield return section.Title;
        yield return Plain(section.Lead);
        yield return Plain(section.Body);
        foreach (var text in section.Subsections.SelectMany(Section))
        {
            yield return text;
        }
    }

    private static string Plain(string markdown) => Markdown.ToPlainText(markdown);
}
