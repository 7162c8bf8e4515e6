using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SpecSdk.Synthesis;

/// <summary>A spec file made by the synthesizer: its path relative to the spec root, and its text.</summary>
public sealed record SynthesizedFile(string Path, string Text);

/// <summary>
/// Makes realistic spec files from the seeds: jurisdictions of 1,000 classes, whose codes have a declared shape
/// (<c>code-pattern</c>, which the job code analyzer tells unknown codes by), with a 40-grade pay plan whose bases
/// agree, in two versions (last fiscal year's in the jurisdiction file, this year's with five steps in a version file
/// of its own), and classes in the shape of the Kentucky, Judicial Council and Colorado seeds (a Colorado series
/// brings its four levels) with their own titles, codes, job numbers, grades and classification fields (FLSA, EEO-4,
/// bargaining unit, jurisdictional class, occupational code, alternate titles); one class in 50 is abolished, its
/// successor the class before it. Each class's prose is its own: the seeds'
/// sentences and list items, recombined and with their terms and numbers varied, 3 to 12 KiB of it a class (8 on
/// average: real catalogs run to about 9 KB a class), so that no two classes share a section's text and nothing
/// (the compiler's deduplication of string literals, a cache) makes a benchmark cheaper than a real catalog would.
/// The same arguments give the same files.
/// </summary>
public static class SpecSynthesizer
{
    private const int ClassesPerJurisdiction = 1000;
    private const int Grades = 40;

    /// <summary>Last fiscal year's pay raised by this factor makes this year's.</summary>
    private const decimal Raise = 1.03m;

    private static readonly string[] StepNames = { "Entry", "Year 3", "Year 5", "Year 8", "Year 10" };
    private static readonly (string Key, string Name)[] Units = { ("administrative-services", "Administrative Services Unit"), ("professional", "Professional, Scientific and Technical Unit"), ("operational", "Operational Services Unit"), ("security", "Security Services Unit") };
    private static readonly string[] FlsaValues = { "non-exempt", "exempt-administrative", "exempt-professional", "exempt-computer", "exempt-executive" };
    private static readonly string[] OccupationalCodes = { "15-1232.00", "15-1244.00", "43-9061.00", "11-3021.00", "13-1111.00", "43-6014" };

    // A class body's size in UTF-8 bytes: a target from a triangular distribution, filled up to at least the
    // target; the limit caps the estimate, which leaves out the two-space indents of wrapped list lines (under
    // 3 %), so the body stays between 3 and 12 KiB.
    private const int SmallestTarget = 3 * 1024 + 256;
    private const int LikeliestTarget = 10 * 1024;
    private const int LargestTarget = 11 * 1024;
    private const int ClassLimit = 11 * 1024 + 512;

    // A series file's description and entrance requirements: 1.5 to 4 KiB.
    private const int SmallestSeries = 1536;
    private const int LargestSeries = 4096;

    /// <summary>Makes files for <paramref name="classCount"/> job classes.</summary>
    public static IReadOnlyList<SynthesizedFile> Create(int classCount, int seed = 1)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(16 * 1024);
        var files = new List<SynthesizedFile>();
        var made = 0;
        for (var j = 0; made < classCount; j++)
        {
            var jurisdiction = "j" + j.ToString(CultureInfo.InvariantCulture);
            files.Add(new SynthesizedFile(jurisdiction + "/jurisdiction.md", Jurisdiction(jurisdiction, j)));
            files.Add(new SynthesizedFile(jurisdiction + "/pay/fy2025-26.md", CurrentYear(jurisdiction)));
            var inJurisdiction = Math.Min(ClassesPerJurisdiction, classCount - made);
            var number = 0;
            while (number < inJurisdiction)
            {
                var kind = number % 10;
                if (kind == 9 && inJurisdiction - number >= 4)
                {
                    files.AddRange(Series(builder, jurisdiction, j, number, random));
                    number += 4;
                    continue;
                }

                var template = kind < 4 ? "kentucky/production-coordinator.md" : kind < 8 ? "kentucky/production-specialist-ii.md" : "judicial-council-of-california/business-systems-coordinator.md";
                files.Add(new SynthesizedFile($"{jurisdiction}/classes/class-{number:D5}.md", Class(builder, SeedProse.Template(template), jurisdiction, j, number, random)));
                number++;
            }

            made += inJurisdiction;
        }

        return files;
    }

    /// <summary>Writes <see cref="Create"/>'s files below <paramref name="directory"/>.</summary>
    public static void WriteTo(string directory, int classCount, int seed = 1)
    {
        foreach (var file in Create(classCount, seed))
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        }
    }

    private static string Jurisdiction(string key, int index)
    {
        var kentucky = SeedProse.Text("kentucky/jurisdiction.md");
        var body = kentucky.Substring(kentucky.IndexOf("\n## ", StringComparison.Ordinal));
        var builder = new StringBuilder();
        builder.Append("---\nkind: jurisdiction\nkey: ").Append(key).Append("\nname: Synthetic Jurisdiction ").Append(index.ToString(CultureInfo.InvariantCulture))
            .Append("\ndocument-title: Job Class Specification\ncurrency: USD\nlocation: { country: US, region: US-KY }\n")
            .Append("code-pattern: '[0-9]{6}V[0-9]{6}|G[0-9]S[0-9]{5}L[0-9]+'\n")
            .Append("pay-plans:\n  - key: main\n    name: Main Salary Schedule\n    effective: 2024-07-01\n    ends: 2025-06-30\n    grades:\n");
        AppendGrades(builder, 1m, "      ", steps: false);
        builder.Append("bargaining-units:\n");
        foreach (var unit in Units)
        {
            builder.Append("  - key: ").Append(unit.Key).Append("\n    name: \"").Append(unit.Name).Append("\"\n");
        }

        builder.Append("jurisdictional-classes:\n  - { key: competitive, name: Competitive }\n  - { key: non-competitive, name: Non-competitive }\n");

        builder.Append("job-groups:\n");
        for (var group = 1; group <= 20; group++)
        {
            builder.Append("  - code: \"").Append((7000 + (group * 100)).ToString(CultureInfo.InvariantCulture)).Append("\"\n    name: Job Group ").Append(group.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("  - key: business-systems\n    name: Business Systems\n  - key: administrative-services\n    name: Administrative Services and Related\n");
        builder.Append("---\n").Append(body);
        return builder.ToString();
    }

    /// <summary>This fiscal year's version of the main plan: last year's raised, with five steps from the minimum up.</summary>
    private static string CurrentYear(string key)
    {
        var builder = new StringBuilder();
        builder.Append("---\nkind: pay-plan-version\njurisdiction: ").Append(key).Append("\npay-plan: main\neffective: 2025-07-01\nname: FY 2025-26\nsteps: [")
            .Append(string.Join(", ", StepNames)).Append("]\ngrades:\n");
        AppendGrades(builder, Raise, "  ", steps: true);
        return builder.Append("---\n").ToString();
    }

    /// <summary>The 40 grades, their hourly rates scaled by <paramref name="scale"/> and the monthly figures worked out from them.</summary>
    private static void AppendGrades(StringBuilder builder, decimal scale, string indent, bool steps)
    {
        for (var grade = 1; grade <= Grades; grade++)
        {
            var minimum = Math.Round((9.5m + (grade * 0.875m)) * scale, 3);
            var midpoint = Math.Round(minimum * 1.325m, 3);
            builder.Append(indent).Append("- grade: \"").Append(grade.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            AppendRange(builder, indent, "hourly", minimum, midpoint, 1m, 3);
            AppendRange(builder, indent, "monthly-37.5h", minimum, midpoint, 37.5m * 52m / 12m, 2);
            AppendRange(builder, indent, "monthly-40h", minimum, midpoint, 40m * 52m / 12m, 2);
            if (steps)
            {
                var rates = new string[StepNames.Length];
                for (var step = 0; step < rates.Length; step++)
                {
                    rates[step] = Math.Round(minimum * (1m + (0.04m * step)), 3).ToString("F3", CultureInfo.InvariantCulture);
                }

                builder.Append(indent).Append("  steps: { hourly: [").Append(string.Join(", ", rates)).Append("] }\n");
            }
        }
    }

    private static void AppendRange(StringBuilder builder, string indent, string basis, decimal hourlyMinimum, decimal hourlyMidpoint, decimal factor, int decimals)
    {
        builder.Append(indent).Append("  ").Append(basis).Append(": { minimum: ")
            .Append(Math.Round(hourlyMinimum * factor, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .Append(", midpoint: ")
            .Append(Math.Round(hourlyMidpoint * factor, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .Append(" }\n");
    }

    private static string Class(StringBuilder builder, SeedTemplate template, string jurisdiction, int jurisdictionIndex, int number, Random random)
    {
        var title = template.Title + " " + number.ToString(CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["jurisdiction"] = jurisdiction, ["title"] = title };
        if (template.Has("code"))
        {
            fields["code"] = $"{7 + (jurisdictionIndex % 3)}{number:D5}V{random.Next(100000, 999999)}";
            fields["job-number"] = $"\"{20000000 + (jurisdictionIndex * 100000) + number}\"";
            fields["grade"] = "\"" + random.Next(1, Grades + 1).ToString(CultureInfo.InvariantCulture) + "\"";
            fields["job-group"] = "\"" + (7000 + (random.Next(1, 21) * 100)).ToString(CultureInfo.InvariantCulture) + "\"";
        }

        var words = SeedProse.Words(random, seriesNumber: null);
        if (template.Has("probationary-period"))
        {
            fields["probationary-period"] = SeedProse.Probation(words);
        }

        return Text(builder, template, fields, Classification(number, random), words, random, title, ClassTarget(random), ClassLimit);
    }

    /// <summary>
    /// The classification fields real catalogs carry, varied by class; every 50th class (one of the plain ones, never a
    /// series level) is abolished, succeeded by the class before it, which is always an active plain class.
    /// </summary>
    private static List<string> Classification(int number, Random random)
    {
        var flsa = FlsaValues[random.Next(FlsaValues.Length)];
        var lines = new List<string>
        {
            "flsa: " + flsa,
            "eeo-category: " + random.Next(1, 9).ToString(CultureInfo.InvariantCulture),
            "bargaining-unit: " + Units[random.Next(Units.Length)].Key,
            "jurisdictional-class: " + (random.Next(4) == 0 ? "non-competitive" : "competitive"),
            "occupational-code: " + OccupationalCodes[random.Next(OccupationalCodes.Length)],
        };
        if (flsa != "non-exempt" && random.Next(3) == 0)
        {
            lines.Add("overtime-eligible: true");
        }

        if (random.Next(2) == 0)
        {
            lines.Add("alternate-titles: [Working Title " + number.ToString(CultureInfo.InvariantCulture) + ", Former Title " + number.ToString(CultureInfo.InvariantCulture) + "]");
        }

        if (number % 50 == 7)
        {
            lines.Add("status: abolished");
            lines.Add("abolished: 2024-07-01");
            lines.Add($"successor: class-{number - 1:D5}");
        }

        return lines;
    }

    private static IEnumerable<SynthesizedFile> Series(StringBuilder builder, string jurisdiction, int jurisdictionIndex, int number, Random random)
    {
        var folder = $"{jurisdiction}/series-{number:D5}";
        var key = $"series-{number:D5}";
        var suffix = number.ToString(CultureInfo.InvariantCulture);
        var words = SeedProse.Words(random, suffix);
        var series = SeedProse.Template(SeedProse.SeriesFolder + "series.md");
        var title = series.Title + " " + suffix;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["jurisdiction"] = jurisdiction, ["key"] = key, ["title"] = title };
        var target = random.Next(SmallestSeries, LargestSeries);
        yield return new SynthesizedFile(folder + "/series.md", Text(builder, series, fields, new List<string>(), words, random, title, target, target + 512));
        var levels = new[] { "customer-support-intern", "customer-support-coordinator-i", "customer-support-coordinator-ii", "customer-support-coordinator-iii" };
        for (var level = 0; level < levels.Length; level++)
        {
            var template = SeedProse.Template($"{SeedProse.SeriesFolder}{levels[level]}.md");
            title = template.Title + " " + suffix;
            fields = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["jurisdiction"] = jurisdiction,
                ["series"] = key,
                ["code"] = $"G{jurisdictionIndex % 10}S{number:D5}L{level + 1}",
                ["title"] = title,
            };
            yield return new SynthesizedFile($"{folder}/{key}-level-{level + 1}.md", Text(builder, template, fields, Classification(number + level, random).GetRange(0, 5), words, random, title, ClassTarget(random), ClassLimit));
        }
    }

    /// <summary>A class body's target size: triangular from 3.25 to 11 KiB, likeliest at 10, 8.1 KiB on average.</summary>
    private static int ClassTarget(Random random)
    {
        const double low = SmallestTarget, mode = LikeliestTarget, high = LargestTarget;
        var u = random.NextDouble();
        var size = u < (mode - low) / (high - low)
            ? low + Math.Sqrt(u * (high - low) * (mode - low))
            : high - Math.Sqrt((1 - u) * (high - low) * (high - mode));
        return (int)size;
    }

    /// <summary>
    /// A file's text: the seed's front matter with the top-level <paramref name="fields"/> given new values and the
    /// <paramref name="extra"/> lines added, and a body of about <paramref name="target"/> bytes, made in <paramref name="builder"/>.
    /// </summary>
    private static string Text(StringBuilder builder, SeedTemplate template, Dictionary<string, string> fields, List<string> extra, Vocabulary words, Random random, string title, int target, int limit)
    {
        builder.Clear().Append("---\n");
        foreach (var line in template.FrontMatter)
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && line[0] != ' ' && fields.TryGetValue(line.Substring(0, colon), out var value))
            {
                builder.Append(line, 0, colon + 2).Append(value).Append('\n');
            }
            else
            {
                builder.Append(line).Append('\n');
            }
        }

        foreach (var line in extra)
        {
            builder.Append(line).Append('\n');
        }

        builder.Append("---\n");
        SeedProse.AppendBody(builder, template, words, random, title, target, limit);
        return builder.ToString();
    }
}
