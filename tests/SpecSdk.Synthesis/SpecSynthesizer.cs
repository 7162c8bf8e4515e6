using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecSdk.Synthesis;

/// <summary>A spec file made by the synthesizer: its path relative to the spec root, and its text.</summary>
public sealed record SynthesizedFile(string Path, string Text);

/// <summary>
/// Makes realistic spec files from the seeds: jurisdictions of 1,000 classes with a 40-grade pay plan whose bases
/// agree, and classes copied from the Kentucky, Judicial Council and Colorado seeds (a Colorado series brings its
/// four levels) with their own titles, codes, job numbers and grades. The same arguments give the same files.
/// </summary>
public static class SpecSynthesizer
{
    private const int ClassesPerJurisdiction = 1000;
    private const int Grades = 40;

    private static readonly Dictionary<string, string> Seeds = LoadSeeds();

    /// <summary>Makes files for <paramref name="classCount"/> job classes.</summary>
    public static IReadOnlyList<SynthesizedFile> Create(int classCount, int seed = 1)
    {
        var random = new Random(seed);
        var files = new List<SynthesizedFile>();
        var made = 0;
        for (var j = 0; made < classCount; j++)
        {
            var jurisdiction = "j" + j.ToString(CultureInfo.InvariantCulture);
            files.Add(new SynthesizedFile(jurisdiction + "/jurisdiction.md", Jurisdiction(jurisdiction, j)));
            var inJurisdiction = Math.Min(ClassesPerJurisdiction, classCount - made);
            var number = 0;
            while (number < inJurisdiction)
            {
                var kind = number % 10;
                if (kind == 9 && inJurisdiction - number >= 4)
                {
                    files.AddRange(Series(jurisdiction, j, number));
                    number += 4;
                    continue;
                }

                var template = kind < 4 ? "kentucky/production-coordinator.md" : kind < 8 ? "kentucky/production-specialist-ii.md" : "judicial-council-of-california/business-systems-coordinator.md";
                files.Add(new SynthesizedFile($"{jurisdiction}/classes/class-{number:D5}.md", Class(Seeds[template], jurisdiction, j, number, random)));
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
        var kentucky = Seeds["kentucky/jurisdiction.md"];
        var body = kentucky.Substring(kentucky.IndexOf("\n## ", StringComparison.Ordinal));
        var builder = new StringBuilder();
        builder.Append("---\nkind: jurisdiction\nkey: ").Append(key).Append("\nname: Synthetic Jurisdiction ").Append(index.ToString(CultureInfo.InvariantCulture))
            .Append("\ndocument-title: Job Class Specification\npay-plans:\n  - key: main\n    name: Main Salary Schedule\n    grades:\n");
        for (var grade = 1; grade <= Grades; grade++)
        {
            var minimum = 9.5m + (grade * 0.875m);
            var midpoint = minimum * 1.325m;
            builder.Append("      - grade: \"").Append(grade.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            AppendRange(builder, "hourly", Math.Round(minimum, 3), Math.Round(midpoint, 3), 1m, 3);
            AppendRange(builder, "monthly-37.5h", Math.Round(minimum, 3), Math.Round(midpoint, 3), 37.5m * 52m / 12m, 2);
            AppendRange(builder, "monthly-40h", Math.Round(minimum, 3), Math.Round(midpoint, 3), 40m * 52m / 12m, 2);
        }

        builder.Append("job-groups:\n");
        for (var group = 1; group <= 20; group++)
        {
            builder.Append("  - code: \"").Append((7000 + (group * 100)).ToString(CultureInfo.InvariantCulture)).Append("\"\n    name: Job Group ").Append(group.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("  - key: business-systems\n    name: Business Systems\n  - key: administrative-services\n    name: Administrative Services and Related\n");
        builder.Append("---\n").Append(body);
        return builder.ToString();
    }

    private static void AppendRange(StringBuilder builder, string basis, decimal hourlyMinimum, decimal hourlyMidpoint, decimal factor, int decimals)
    {
        builder.Append("        ").Append(basis).Append(": { minimum: ")
            .Append(Math.Round(hourlyMinimum * factor, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .Append(", midpoint: ")
            .Append(Math.Round(hourlyMidpoint * factor, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .Append(" }\n");
    }

    private static string Class(string template, string jurisdiction, int jurisdictionIndex, int number, Random random)
    {
        var text = SetField(template, "jurisdiction", jurisdiction);
        text = Regex.Replace(text, "^title: (.*)$", m => "title: " + m.Groups[1].Value + " " + number.ToString(CultureInfo.InvariantCulture), RegexOptions.Multiline);
        if (template.Contains("\ncode: ", StringComparison.Ordinal))
        {
            text = SetField(text, "code", $"{7 + (jurisdictionIndex % 3)}{number:D5}V{random.Next(100000, 999999)}");
            text = SetField(text, "job-number", $"\"{20000000 + (jurisdictionIndex * 100000) + number}\"");
            text = SetField(text, "grade", "\"" + random.Next(1, Grades + 1).ToString(CultureInfo.InvariantCulture) + "\"");
            text = SetField(text, "job-group", "\"" + (7000 + (random.Next(1, 21) * 100)).ToString(CultureInfo.InvariantCulture) + "\"");
        }

        return text;
    }

    private static IEnumerable<SynthesizedFile> Series(string jurisdiction, int jurisdictionIndex, int number)
    {
        var folder = $"{jurisdiction}/series-{number:D5}";
        var key = $"series-{number:D5}";
        var series = SetField(SetField(Seeds["colorado/customer-support-coordinator/series.md"], "jurisdiction", jurisdiction), "key", key);
        yield return new SynthesizedFile(folder + "/series.md", Regex.Replace(series, "^title: (.*)$", m => "title: " + m.Groups[1].Value + " " + number.ToString(CultureInfo.InvariantCulture), RegexOptions.Multiline));
        var levels = new[] { "customer-support-intern", "customer-support-coordinator-i", "customer-support-coordinator-ii", "customer-support-coordinator-iii" };
        for (var level = 0; level < levels.Length; level++)
        {
            var text = SetField(SetField(Seeds[$"colorado/customer-support-coordinator/{levels[level]}.md"], "jurisdiction", jurisdiction), "series", key);
            text = SetField(text, "code", $"G{jurisdictionIndex % 10}S{number:D5}L{level + 1}");
            text = Regex.Replace(text, "^title: (.*)$", m => "title: " + m.Groups[1].Value + " " + number.ToString(CultureInfo.InvariantCulture), RegexOptions.Multiline);
            yield return new SynthesizedFile($"{folder}/{key}-level-{level + 1}.md", text);
        }
    }

    private static string SetField(string text, string field, string value) =>
        Regex.Replace(text, "^" + Regex.Escape(field) + ": .*$", field + ": " + value, RegexOptions.Multiline);

    private static Dictionary<string, string> LoadSeeds()
    {
        var assembly = typeof(SpecSynthesizer).Assembly;
        var seeds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            seeds.Add(name.Substring("seeds/".Length).Replace('\\', '/'), reader.ReadToEnd());
        }

        return seeds;
    }
}
