using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecSdk.Synthesis;
using Xunit.Abstractions;

namespace SpecSdk.Specs.Tests;

/// <summary>
/// The benchmarks measure valid specs: synthesized files must read as cleanly as the seeds, and be as varied and as
/// large as a real catalog's, so that nothing (the compiler's string deduplication, a cache) makes them cheaper.
/// </summary>
/// <remarks>
/// Sizes count a class file's body: the UTF-8 bytes after the line that closes its front matter (the <c>##</c> and
/// <c>###</c> headings, paragraphs and list items), in KiB of 1,024 bytes.
/// </remarks>
public class SynthesizerTests(SynthesizerTests.TenThousandClasses tenThousand, ITestOutputHelper output) : IClassFixture<SynthesizerTests.TenThousandClasses>
{
    private const int KiB = 1024;

    [Fact]
    public void Synthesized_specs_are_valid_and_complete()
    {
        var files = SpecSynthesizer.Create(2_500);
        var result = SpecLoader.Load(files.Select(f => SpecReader.Read(f.Path, f.Text)).ToList());

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(2_500, result.Catalog.Classes.Count);
        Assert.Equal(3, result.Catalog.Jurisdictions.Count);
        var coded = result.Catalog.Classes.Where(c => c.Code is not null).ToList();
        Assert.True(coded.Count > 2_000);
        Assert.Equal(coded.Count, coded.Select(c => (c.JurisdictionKey, c.Code)).Distinct().Count());
        Assert.All(result.Catalog.Series, s => Assert.Equal(4, s.Levels.Count));
        Assert.True(result.Catalog.Classes.Count(c => c.Grade is not null) > 1_200);

        // Two versions of each pay plan, the newer with steps; abolished classes succeeded by active ones.
        Assert.All(result.Catalog.Jurisdictions, j => Assert.Equal(new[] { new Model.SpecDate(2024, 7, 1), new Model.SpecDate(2025, 7, 1) }, j.PayPlans.Single().Versions.Select(v => v.Effective!.Value)));
        Assert.All(result.Catalog.Jurisdictions, j => Assert.All(j.PayPlans.Single().Latest!.Grades, g => Assert.Equal(5, g.Steps.Single().Amounts.Count)));
        var abolished = result.Catalog.Classes.Where(c => c.Status == Model.ClassStatus.Abolished).ToList();
        Assert.InRange(abolished.Count, 40, 60);
        Assert.All(abolished, c => Assert.Equal(Model.ClassStatus.Active, result.Index.FindClass(c.JurisdictionKey, c.Successor!.Key)!.Status));
        Assert.All(result.Catalog.Classes, c => Assert.NotNull(c.Flsa));
    }

    [Fact]
    public void The_same_seed_gives_the_same_files()
    {
        Assert.Equal(SpecSynthesizer.Create(300, seed: 7), SpecSynthesizer.Create(300, seed: 7));
        Assert.NotEqual(SpecSynthesizer.Create(300, seed: 7).Select(f => f.Text), SpecSynthesizer.Create(300, seed: 8).Select(f => f.Text));
    }

    [Fact]
    public void Every_class_and_series_has_its_own_prose()
    {
        var files = SpecSynthesizer.Create(1_000);
        var bodies = ClassFiles(files).Select(Body).ToList();
        Assert.Equal(1_000, bodies.Count);
        Assert.Equal(bodies.Count, bodies.Distinct(StringComparer.Ordinal).Count());

        // A class file holds only the class's own sections: the boilerplate a jurisdiction prints in every spec is
        // in the jurisdiction file. A section's body is what follows its "## " heading line, subsections included.
        var sections = bodies.SelectMany(Sections).ToList();
        var distinct = sections.Distinct(StringComparer.Ordinal).Count();
        output.WriteLine($"{distinct:N0} distinct section bodies of {sections.Count:N0}");
        Assert.True(distinct >= sections.Count * 0.95, $"only {distinct:N0} distinct section bodies of {sections.Count:N0}");

        var series = files.Where(f => f.Text.StartsWith("---\nkind: series\n", StringComparison.Ordinal)).Select(Body).ToList();
        Assert.NotEmpty(series);
        Assert.Equal(series.Count, series.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_class_has_3_to_12_KiB_of_prose()
    {
        var sizes = ClassFiles(tenThousand.Files).Select(f => Encoding.UTF8.GetByteCount(Body(f))).Order().ToList();

        output.WriteLine($"class bodies: {sizes[0] / (double)KiB:F2} KiB smallest, {sizes[sizes.Count / 2] / (double)KiB:F2} median, {sizes[^1] / (double)KiB:F2} largest");
        Assert.Equal(10_000, sizes.Count);
        Assert.All(sizes, size => Assert.InRange(size, 3 * KiB, 12 * KiB));
    }

    [Fact]
    public void Ten_thousand_classes_are_as_large_as_a_real_catalog()
    {
        var total = tenThousand.Files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));

        // Real catalogs run to about 92 MB for 10,000 classes. The synthesizer aims at 8.1 KiB of prose a class on
        // average, plus front matter, series and jurisdiction files: 88.4 MB with seed 1. The per-class bounds alone
        // allow about 35 to 127 MB; these catch a drift of the size distribution by a fifth either way (the
        // synthesizer that copied the seeds made 44.8 MB).
        output.WriteLine($"10,000 classes: {tenThousand.Files.Count:N0} files, {total / 1e6:F1} MB");
        Assert.InRange(total, 70_000_000, 110_000_000);
    }

    /// <summary>The files of 10,000 classes, made once for the tests that measure them.</summary>
    public sealed class TenThousandClasses
    {
        public IReadOnlyList<SynthesizedFile> Files { get; } = SpecSynthesizer.Create(10_000);
    }

    private static IEnumerable<SynthesizedFile> ClassFiles(IEnumerable<SynthesizedFile> files) =>
        files.Where(f => f.Text.StartsWith("---\nkind: class\n", StringComparison.Ordinal));

    private static string Body(SynthesizedFile file) => file.Text.Substring(file.Text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + "\n---\n".Length);

    private static IEnumerable<string> Sections(string body)
    {
        var headings = new List<int>();
        for (var at = body.StartsWith("## ", StringComparison.Ordinal) ? 0 : body.IndexOf("\n## ", StringComparison.Ordinal); at >= 0; at = body.IndexOf("\n## ", at + 1, StringComparison.Ordinal))
        {
            headings.Add(body[at] == '\n' ? at + 1 : at);
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var start = body.IndexOf('\n', headings[i]) + 1;
            var end = i + 1 < headings.Count ? headings[i + 1] : body.Length;
            yield return body.Substring(start, end - start);
        }
    }
}
