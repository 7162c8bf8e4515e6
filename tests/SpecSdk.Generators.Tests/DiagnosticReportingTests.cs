using System;
using System.IO;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace SpecSdk.Generators.Tests;

/// <summary>Every reader, validator and catalog diagnostic reaches the build at the spec file's line and column.</summary>
public class DiagnosticReportingTests
{
    private const string Jurisdiction = "---\nkind: jurisdiction\nkey: t\nname: Test County\n---\n";

    [Fact]
    public void A_bad_date_is_an_error_at_the_spec_file_line_and_column()
    {
        var (result, _, _) = GeneratorHarness.Run(
            GeneratorHarness.Files(("specs/t.md", Jurisdiction), ("specs/clerk.md", "---\njurisdiction: t\ntitle: Clerk\nestablished: 1993-13-01\n---\n\n## Duties\n\n- Files.\n")),
            "class A { }");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SPEC010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/project/specs/clerk.md", 3, 13, 3, 23), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.StartsWith("/project/specs/clerk.md(4,14): error SPEC010: '1993-13-01' is not a valid date", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_links_its_section_of_the_published_diagnostics_page()
    {
        var (result, _, _) = GeneratorHarness.Run(
            GeneratorHarness.Files(("specs/t.md", Jurisdiction), ("specs/clerk.md", "---\njurisdiction: t\ntitle: Clerk\nestablished: 1993-13-01\n---\n\n## Duties\n\n- Files.\n")),
            "class A { }");

        Assert.Equal("https://specsdk.dev/docs/diagnostics#spec010", Assert.Single(result.Diagnostics).Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Broken_values_keep_the_members_code_uses_so_the_spec_diagnostics_are_the_only_errors()
    {
        const string jurisdiction = "---\nkind: jurisdiction\nkey: t\nname: Test County\npay-plans:\n  - key: main\n    name: Main\n    grades:\n      - grade: \"7\"\n        hourly: { minimum: lots, maximum: 30.5 }\n---\n";
        const string clerk = "---\njurisdiction: t\ntitle: Clerk\ncode: [C1]\njob-number: { a: 1 }\ngrade: [7]\nlevel: many\nseries: [s]\n---\n\n## Duties\n\n- Files.\n";
        const string consumer = """
            public static class Use
            {
                public const decimal Floor = Consumer.Jobs.TestCounty.Grade7.HourlyMinimum;
                public const string Code = Consumer.Jobs.TestCounty.Clerk.Code;
                public const string Number = Consumer.Jobs.TestCounty.Clerk.JobNumber;
                public const string Grade = Consumer.Jobs.TestCounty.Clerk.Grade;
                public const string Series = Consumer.Jobs.TestCounty.Clerk.SeriesKey;
                public const int Level = Consumer.Jobs.TestCounty.Clerk.Level;
            }
            """;

        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.Files(("specs/t.md", jurisdiction), ("specs/clerk.md", clerk)), consumer);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("SPEC", d.Id, StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "SPEC010" && d.GetMessage().Contains("'lots'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.GetMessage().Contains("needs the field", StringComparison.Ordinal) && d.Location.GetLineSpan().Path.EndsWith("t.md", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void Cross_file_rules_are_reported_at_the_later_file()
    {
        var (result, _, _) = GeneratorHarness.Run(
            GeneratorHarness.Files(
                ("specs/t.md", Jurisdiction),
                ("specs/a.md", "---\njurisdiction: t\ntitle: Clerk\ncode: C1\n---\n"),
                ("specs/b.md", "---\njurisdiction: t\ntitle: Typist\ncode: C1\n---\n")),
            "class A { }");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SPEC031", diagnostic.Id);
        Assert.Equal("/project/specs/b.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("specs/a.md(4,7)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_classes_with_one_name_are_a_warning_at_both_files_and_the_code_still_compiles()
    {
        var (result, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Files(
                ("specs/t.md", Jurisdiction),
                ("specs/clerk-a.md", "---\njurisdiction: t\ntitle: Clerk (Night)\n---\n"),
                ("specs/clerk-b.md", "---\njurisdiction: t\ntitle: Clerk Night\n---\n")),
            "public static class Use { public static string A => Consumer.Jobs.TestCounty.ClerkNight.Title; public static string B => Consumer.Jobs.TestCounty.ClerkNight_ClerkB.Title; }");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SPEC050", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.DefaultSeverity));
        Assert.Equal("/project/specs/clerk-b.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("/project/specs/clerk-a.md", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Severities_follow_the_compilation_options_as_editorconfig_sets_them()
    {
        var files = GeneratorHarness.Files(("specs/t.md", Jurisdiction + "\n"), ("specs/c.md", "---\njurisdiction: t\ntitle: Clerk\ncolour: blue\n---\n"));
        var compilation = GeneratorHarness.Compilation("class A { }");
        var raised = compilation.WithOptions(compilation.Options
            .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
            .WithSpecificDiagnosticOptions(new System.Collections.Generic.Dictionary<string, ReportDiagnostic> { ["SPEC007"] = ReportDiagnostic.Error }));
        var silenced = raised.WithOptions(raised.Options.WithSpecificDiagnosticOptions(new System.Collections.Generic.Dictionary<string, ReportDiagnostic> { ["SPEC007"] = ReportDiagnostic.Suppress }));

        var error = GeneratorHarness.Driver(files).RunGenerators(raised).GetRunResult().Diagnostics;
        var none = GeneratorHarness.Driver(files).RunGenerators(silenced).GetRunResult().Diagnostics;

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(error).Severity);
        Assert.Empty(none);
    }

    [Fact]
    public void Hostile_titles_and_text_compile_and_keep_their_value()
    {
        const string title = "<img src=x onerror=alert(1)> \"quoted\" \\ back */ end";
        var (result, output, _) = GeneratorHarness.Run(
            GeneratorHarness.Files(
                ("specs/t.md", Jurisdiction),
                ("specs/class.md", "---\njurisdiction: t\ntitle: '" + title.Replace("'", "''") + "'\ncode: \"123\"\n---\n\n## Notes\n\n</summary> \u2028 \"\"\" {0} #if X\n")),
            "public static class Use { public static string T => Consumer.Jobs.TestCounty.ImgSrcXOnerrorAlert1QuotedBackEnd.Title; }");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("TestCounty.Classes.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutated_specs_never_make_the_generator_throw()
    {
        var seeds = GeneratorHarness.Seeds().Select(s => (Path: s.Path.Substring(GeneratorHarness.ProjectDirectory.Length), Text: s.GetText()!.ToString())).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 4000], Gen.Int[0, 60], Gen.String[Gen.Char["-:[]{}#*&!|>'\"\n {}\u00e9"], 0, 6])
            .Sample(
                (file, at, cut, insert) =>
                {
                    var files = seeds.Select((s, i) =>
                    {
                        if (i != file)
                        {
                            return s;
                        }

                        var start = Math.Min(at, s.Text.Length);
                        return (s.Path, s.Text.Remove(start, Math.Min(cut, s.Text.Length - start)).Insert(start, insert));
                    }).ToArray();
                    var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Files(files), "class A { }");
                    var run = result.Results.Single();
                    Assert.Null(run.Exception);
                    Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
                    Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SPEC999");
                    Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.IsInSource));
                },
                iter: 150,
                threads: 1);
    }
}
