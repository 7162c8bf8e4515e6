using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SpecSdk.Model;

using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>One bad input per diagnostic, with the exact span the diagnostic must point at marked [|like this|].</summary>
public class DiagnosticTests
{
    private const string Jurisdiction = """
        ---
        kind: jurisdiction
        key: t
        name: Test County
        pay-plans:
          - key: main
            name: Main
            grades:
              - grade: "1"
                hourly: { minimum: 10.00, midpoint: 12.00 }
        job-groups:
          - key: g1
            name: Group One
        required-sections: [duties]
        ---
        """;

    private const string Series = """
        ---
        kind: series
        key: s
        jurisdiction: t
        title: Series
        factors: [Speed, Care]
        ---
        """;

    private const string Versioned = """
        ---
        kind: jurisdiction
        key: t
        name: Test County
        pay-plans:
          - key: main
            name: Main
            versions:
              - effective: 2024-07-01
                ends: 2025-06-30
                grades:
                  - grade: "1"
                    monthly: { minimum: 3000.00, maximum: 4000.00 }
                  - grade: "2"
                    monthly: { minimum: 3500.00, maximum: 4500.00 }
              - effective: 2025-07-01
                steps: [Entry, Year 3]
                grades:
                  - grade: "1"
                    monthly: { minimum: 3100.00, maximum: 4100.00 }
                    steps: { monthly: [3100.00, 3200.00] }
                  - grade: "2"
                    monthly: { minimum: 3600.00, maximum: 4600.00 }
        ---
        """;

    private const string Abolished = "status: abolished\nabolished: 2020-01-01\n";

    private const string Duties = "\n## Duties {#duties}\n\n- Files papers.\n";

    private static readonly SpecDate Today = new(2026, 11, 22);

    private static readonly Dictionary<string, Action> Cases = new()
    {
        ["SPEC001"] = () =>
        {
            var bytes = Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();
            var diagnostic = Assert.Single(SpecReader.Read("a.md", bytes).Diagnostics);
            Assert.Equal(("SPEC001", 1, 10, 1, 11), (diagnostic.Id, diagnostic.Location.StartLine, diagnostic.Location.StartColumn, diagnostic.Location.EndLine, diagnostic.Location.EndColumn));
            Assert.Contains("0xE9", diagnostic.Message, StringComparison.Ordinal);
        },
        ["SPEC002"] = () =>
        {
            var text = "---\ntitle: " + new string('x', 200) + "\n---\n";
            var diagnostic = Assert.Single(SpecReader.Read("a.md", text, new SpecReaderOptions { MaxCharacters = 100 }).Diagnostics);
            Assert.Equal(("SPEC002", 0, 0, 0), (diagnostic.Id, diagnostic.Location.Start, diagnostic.Location.Length, diagnostic.Location.StartLine));
        },
        ["SPEC003"] = () => Expect("SPEC003", ("a.md", "[|title: Clerk|]\n---\n")),
        ["SPEC004"] = () => Expect("SPEC004", ("a.md", "[|---|]\ntitle: Clerk\n\n## Duties\n")),
        ["SPEC005"] = () => Expect("SPEC005", ("a.md", "---\ntitle: [|\"Clerk\n|]---\n")),
        ["SPEC006"] = () => Expect("SPEC006", ("a.md", "---\n[|- title\n- code|]\n---\n")),
        ["SPEC007"] = () =>
        {
            Expect("SPEC007", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\n[|titel|]: Clerk\ntitle: Clerk\n---\n" + Duties));
            var message = Single("SPEC007", ("a.md", "---\njurisdiction: t\ntitel: Clerk\ntitle: Clerk\n---\n")).Message;
            Assert.Equal("'titel' is not a field of a class spec (did you mean 'title'?). Correct its name or remove it.", message);
        },
        ["SPEC008"] = () => Expect("SPEC008", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: [|[Clerk, Typist]|]\n---\n" + Duties)),
        ["SPEC009"] = () => Expect("SPEC009", ("j.md", Jurisdiction), ("a.md", "---\n[|j|]urisdiction: t\n---\n" + Duties)),
        ["SPEC010"] = () => Expect("SPEC010", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\nestablished: [|1993-13-01|]\n---\n" + Duties)),
        ["SPEC011"] = () => Expect("SPEC011", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n[|title|]: Typist\n---\n" + Duties)),
        ["SPEC012"] = () => Expect("SPEC012", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n---\n\n[|Files papers.|]\n" + Duties)),
        ["SPEC013"] = () => Expect("SPEC013", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n---\n\n[|# Clerk|]\n" + Duties)),
        ["SPEC014"] = () => Expect("SPEC014", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n---\n" + Duties + "\n[|## Duties|]\n\nMore.\n")),
        ["SPEC015"] = () => Expect("SPEC015", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Caf[|\uFFFD|]\n---\n" + Duties)),
        ["SPEC016"] = () =>
        {
            var open = new string('[', 31);
            Expect("SPEC016", ("a.md", "---\ntitle: " + open + "[|[|]" + new string(']', 32) + "\n---\n"));
        },
        ["SPEC017"] = () => Expect("SPEC017", ("a.md", "---\ntitle: &name Clerk\nshort-title: [|*name|]\n---\n")),
        ["SPEC018"] = () =>
        {
            var folder = Directory.CreateTempSubdirectory("specsdk-").FullName;
            try
            {
                File.CreateSymbolicLink(Path.Combine(folder, "gone.md"), Path.Combine(folder, "missing-target.md"));
                var diagnostic = Assert.Single(SpecLoader.LoadDirectory(folder).Diagnostics);
                Assert.Equal(("SPEC018", "gone.md", 0, 0), (diagnostic.Id, diagnostic.Location.Path, diagnostic.Location.Start, diagnostic.Location.Length));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        },
        ["SPEC020"] = () => Expect("SPEC020", ("j.md", Jurisdiction.Replace("hourly: { minimum: 10.00, midpoint: 12.00 }", "hourly: { minimum: [|13.00|], midpoint: 12.00 }"))),
        ["SPEC021"] = () => Expect("SPEC021", ("j.md", Jurisdiction.Replace(
            "hourly: { minimum: 10.00, midpoint: 12.00 }",
            "hourly: { minimum: 18.075, midpoint: 23.944 }\n        monthly-37.5h: { minimum: [|2950.00|], midpoint: 3890.90 }"))),
        ["SPEC022"] = () => Expect("SPEC022", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\nestablished: [|2027-01-01|]\n---\n" + Duties)),
        ["SPEC023"] = () => Expect("SPEC023", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\nestablished: 2000-05-01\nrevised: [|2000-04-30|]\n---\n" + Duties)),
        ["SPEC024"] = () => Expect("SPEC024", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n---\n\n[|## Duties {#duties}|]\n\n## Notes\n\nText.\n")),
        ["SPEC025"] = () => Expect("SPEC025", ("j.md", Jurisdiction), ("a.md", "[|---|]\njurisdiction: t\ntitle: Clerk\n---\n\n## Notes\n\nText.\n")),
        ["SPEC030"] = () => Expect("SPEC030", ("j.md", Jurisdiction), ("a.md", "---\nkey: clerk\njurisdiction: t\ntitle: Clerk\n---\n" + Duties), ("b.md", "---\nkey: [|clerk|]\njurisdiction: t\ntitle: Clerk Two\n---\n" + Duties)),
        ["SPEC031"] = () => Expect("SPEC031", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\ncode: C1\n---\n" + Duties), ("b.md", "---\njurisdiction: t\ntitle: Typist\ncode: [|C1|]\n---\n" + Duties)),
        ["SPEC032"] = () => Expect("SPEC032", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\njob-number: \"100\"\n---\n" + Duties), ("b.md", "---\njurisdiction: t\ntitle: Typist\njob-number: [|\"100\"|]\n---\n" + Duties)),
        ["SPEC033"] = () => Expect("SPEC033", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: [|zz|]\ntitle: Clerk\n---\n" + Duties)),
        ["SPEC034"] = () => Expect("SPEC034", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\ngrade: [|\"99\"|]\n---\n" + Duties)),
        ["SPEC035"] = () => Expect("SPEC035", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\njob-group: [|g9|]\n---\n" + Duties)),
        ["SPEC036"] = () => Expect("SPEC036", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\nseries: [|nope|]\nlevel: 1\n---\n" + Duties)),
        ["SPEC037"] = () => Expect(
            "SPEC037",
            ("j.md", Jurisdiction),
            ("s.md", Series),
            ("a.md", "---\njurisdiction: t\ntitle: Clerk I\nseries: s\nlevel: 1\nfactor-ratings: { speed: Low, care: Low }\n---\n" + Duties),
            ("b.md", "---\njurisdiction: t\ntitle: Clerk III\nseries: s\nlevel: [|3|]\nfactor-ratings: { speed: High, care: High }\n---\n" + Duties)),
        ["SPEC038"] = () => Expect("SPEC038", ("j.md", Jurisdiction), ("s.md", Series), ("a.md", "---\njurisdiction: t\ntitle: Clerk I\nseries: s\nlevel: 1\n[|factor-ratings|]:\n  speed: Low\n---\n" + Duties)),
        ["SPEC039"] = () => Expect("SPEC039", ("j.md", Jurisdiction), ("s.md", Series), ("a.md", "---\njurisdiction: t\ntitle: Clerk I\nseries: s\nlevel: 1\nfactor-ratings:\n  speed: Low\n  care: Low\n  [|accuracy|]: High\n---\n" + Duties)),
        ["SPEC040"] = () => Expect("SPEC040", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\npay-plan: [|other|]\ngrade: \"1\"\n---\n" + Duties)),
        ["SPEC041"] = () => Expect("SPEC041", ("j.md", Jurisdiction.Replace("key: t\n", "key: [|search|]\n"))),
        ["SPEC060"] = () => Expect("SPEC060", ("j.md", Versioned.Replace("ends: 2025-06-30", "ends: 2025-07-15").Replace("- effective: 2025-07-01", "- effective: [|2025-07-01|]"))),
        ["SPEC061"] = () => Expect("SPEC061", ("j.md", Versioned.Replace("        steps: [Entry, Year 3]\n        grades:", "        steps: [Entry, Year 3]\n        [|grades|]:").Replace("          - grade: \"2\"\n            monthly: { minimum: 3600.00, maximum: 4600.00 }\n", string.Empty))),
        ["SPEC062"] = () => Expect("SPEC062", ("j.md", Versioned.Replace("ends: 2025-06-30", "ends: [|2024-06-30|]"))),
        ["SPEC063"] = () => Expect("SPEC063", ("j.md", Versioned.Replace("steps: { monthly: [3100.00, 3200.00] }", "steps: { [|monthly|]: [3100.00] }"))),
        ["SPEC064"] = () => Expect("SPEC064", ("j.md", Versioned.Replace("steps: { monthly: [3100.00, 3200.00] }", "steps: { monthly: [3100.00, [|3050.00|]] }"))),
        ["SPEC065"] = () => Expect("SPEC065", ("j.md", Versioned.Replace("    versions:\n", "    [|grades|]: []\n    versions:\n"))),
        ["SPEC066"] = () => Expect("SPEC066", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n" + Abolished + "successor: [|nobody|]\n---\n" + Duties)),
        ["SPEC067"] = () => Expect(
            "SPEC067",
            ("j.md", Jurisdiction),
            ("a.md", "---\njurisdiction: t\ntitle: Clerk\n" + Abolished + "successor: [|b|]\n---\n" + Duties),
            ("b.md", "---\njurisdiction: t\ntitle: Senior Clerk\n" + Abolished + "---\n" + Duties)),
        ["SPEC068"] = () => Expect("SPEC068", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n[|abolished|]: 2020-01-01\n---\n" + Duties)),
        ["SPEC069"] = () => Expect("SPEC069", ("j.md", Jurisdiction.Replace("job-groups:", "bargaining-units:\n  - { code: \"05\", name: Professional }\njob-groups:")), ("a.md", "---\njurisdiction: t\ntitle: Clerk\nbargaining-unit: [|clerical|]\n---\n" + Duties)),
        ["SPEC070"] = () => Expect("SPEC070", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\njurisdictional-class: [|competitive|]\n---\n" + Duties)),
        ["SPEC071"] = () => Expect("SPEC071", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\nflsa: non-exempt\novertime-eligible: [|false|]\n---\n" + Duties)),
        ["SPEC072"] = () => Expect("SPEC072", ("j.md", Jurisdiction), ("v.md", "---\nkind: pay-plan-version\njurisdiction: t\npay-plan: main\neffective: 2025-07-01\ngrades: []\n---\n\n[|## Notes|]\n\nRaised 3%.\n")),
        ["SPEC073"] = () => Expect("SPEC073", ("j.md", Jurisdiction.Replace("job-groups:", "code-pattern: [|'[0-9]{5}V[0-9'|]\njob-groups:"))),
        ["SPEC074"] = () =>
        {
            var shaped = Jurisdiction.Replace("job-groups:", "code-pattern: '[0-9]{5}V[0-9]{6}'\njob-groups:");
            Expect("SPEC074", ("j.md", shaped), ("a.md", "---\njurisdiction: t\ntitle: Clerk\ncode: [|73070V00101|]\n---\n" + Duties));
            // The whole code matches or it is not of the shape: a longer code that contains one is reported, a code of the shape is not.
            Expect("SPEC074", ("j.md", shaped), ("a.md", "---\njurisdiction: t\ntitle: Clerk\ncode: [|73070V0001011|]\n---\n" + Duties));
            Assert.DoesNotContain(SpecLoader.Load(new[] { SpecReader.Read("j.md", shaped), SpecReader.Read("a.md", "---\njurisdiction: t\ntitle: Clerk\ncode: 73070V000101\n---\n" + Duties) }).Diagnostics, d => d.Id == "SPEC074");
        },
        ["SPEC080"] = () =>
        {
            Expect("SPEC080", ("j.md", Jurisdiction), ("a.md", "---\njurisdiction: t\ntitle: Clerk\n---\n\n## Duties {#duties}\n\n- [|TODO|]: describe the duties.\n"));
            Assert.DoesNotContain(SpecReader.Read("a.md", "---\njurisdiction: t\ntitle: Clerk\n---\n\n## Duties {#duties}\n\n- Keeps todo lists and TODOS, GOTODO.\n").Diagnostics, d => d.Id == "SPEC080");
        },
        ["SPEC090"] = () => InFolder(folder =>
        {
            File.WriteAllText(Path.Combine(folder, "empty.md"), string.Empty);
            var diagnostic = Assert.Single(SpecLoader.LoadDirectory(folder).Diagnostics);
            Assert.Equal(("SPEC090", "empty.md", 0, 0), (diagnostic.Id, diagnostic.Location.Path, diagnostic.Location.Start, diagnostic.Location.Length));
        }),
        ["SPEC091"] = () => InFolder(folder =>
        {
            Directory.CreateDirectory(Path.Combine(folder, "a"));
            Directory.CreateSymbolicLink(Path.Combine(folder, "a", "loop"), "..");
            var diagnostic = Assert.Single(SpecLoader.LoadDirectory(folder).Diagnostics);
            Assert.Equal(("SPEC091", "a/loop", SpecSeverity.Warning), (diagnostic.Id, diagnostic.Location.Path, diagnostic.Severity));
        }),
        ["SPEC092"] = () => InFolder(folder =>
        {
            // A folder deeper than the system resolves, made one level at a time (no call takes the whole path).
            using var mkdir = System.Diagnostics.Process.Start("bash", new[] { "-c", "cd \"$1\" && for i in $(seq 25); do mkdir x && cd x || exit 1; done && for i in $(seq 21); do mkdir " + new string('d', 200) + " && cd " + new string('d', 200) + " || exit 1; done", "-", folder })!;
            mkdir.WaitForExit();
            try
            {
                Assert.Equal(0, mkdir.ExitCode);
                var diagnostic = Assert.Single(SpecLoader.LoadDirectory(folder).Diagnostics);
                Assert.Equal("SPEC092", diagnostic.Id);
                Assert.StartsWith("x/x/", diagnostic.Location.Path);
                Assert.Contains("longer than the system allows", diagnostic.Message, StringComparison.Ordinal);
            }
            finally
            {
                // Too deep for Directory.Delete too.
                using var remove = System.Diagnostics.Process.Start("rm", new[] { "-rf", Path.Combine(folder, "x") })!;
                remove.WaitForExit();
            }
        }),
    };

    private static void InFolder(Action<string> test)
    {
        var folder = Directory.CreateTempSubdirectory("specsdk-").FullName;
        try
        {
            test(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string> Ids => new(Cases.Keys.Order());

    [Theory]
    [MemberData(nameof(Ids))]
    public void Reports_the_diagnostic_at_the_exact_span(string id) => Cases[id]();

    [Fact]
    public void Every_descriptor_has_a_case_but_the_internal_error_and_the_generator_s_own()
    {
        // SPEC050 is reported by the source generator and tested there (DiagnosticReportingTests).
        var ids = SpecDiagnostics.All.Select(d => d.Id).Where(id => id != SpecDiagnostics.InternalError.Id && id != SpecDiagnostics.DuplicateTypeName.Id);
        Assert.Equal(ids.Order(), Cases.Keys.Order());
    }

    [Fact]
    public void Half_a_surrogate_pair_in_a_string_becomes_a_replacement_character_reported_as_SPEC015()
    {
        var file = SpecReader.Read("a.md", "---\njurisdiction: t\ntitle: Clerk\n---\n\n## Duties {#duties}\n\n- See [the rules](http://example.gov/\uD83D).\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("SPEC015", 8), (diagnostic.Id, diagnostic.Location.StartLine + 1));
        var duties = ((ClassDocument)file.Document!).Class.Sections.Single().Body;
        Assert.Contains("http://example.gov/\uFFFD", duties, StringComparison.Ordinal);
        Assert.DoesNotContain(duties, char.IsSurrogate);
    }

    [Fact]
    public void An_invalid_salary_figure_is_one_diagnostic_not_also_a_missing_figure()
    {
        var file = SpecReader.Read("j.md", Jurisdiction.Replace("hourly: { minimum: 10.00, midpoint: 12.00 }", "hourly: { minimum: ten }"));

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(SpecDiagnostics.InvalidValue.Id, diagnostic.Id);
    }

    [Theory]
    [InlineData("---\njurisdiction: t\ntitle: Clerk\ncode: [|[|]C1, C2\n---\n", "this '[' is never closed: add the ']' after its last item.")]
    [InlineData("---\njurisdiction: t\ntitle: [|{|]a: 1\n---\n", "this '{' is never closed: add the '}' after its last item.")]
    public void A_bracket_left_open_is_reported_at_the_bracket_not_where_the_parser_gave_up(string markup, string message)
    {
        Expect("SPEC005", ("a.md", markup));

        Assert.EndsWith(message, Single("SPEC005", ("a.md", markup)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: Clerk\ncode: [one,\n two: three: four,\n five]\n---\n")]
    [InlineData("---\ntitle: Clerk\ncode: [one, \"two\n---\n")]
    public void Other_mistakes_inside_brackets_are_not_called_an_open_bracket(string text)
    {
        var diagnostic = Single("SPEC005", ("a.md", text));

        Assert.DoesNotContain("never closed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: !<[> Clerk\n---\n")]
    [InlineData("---\ntitle: !<a{b> Clerk\n---\n")]
    [InlineData("---\n%TAG !e! [\n---\ntitle: !e!x Clerk\n---\n")]
    [InlineData("---\ntitle: !<^> Clerk\n---\n")]
    public void A_tag_that_is_not_a_valid_uri_is_a_syntax_error_not_a_reader_failure(string text)
    {
        var file = SpecReader.Read("a.md", text);

        Assert.DoesNotContain(file.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
        Assert.Contains(file.Diagnostics, d => d.Id == "SPEC005");
    }

    [Fact]
    public void An_anchored_bracket_left_open_is_named_by_its_bracket()
    {
        var diagnostic = Single("SPEC005", ("a.md", "---\ntitle: Clerk\ncode: !!seq [one, two\n---\n"));

        Assert.EndsWith("this '[' is never closed: add the ']' after its last item.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pay_plan_without_a_name_is_reported_at_the_plan()
    {
        Expect("SPEC009", ("j.md", Jurisdiction.Replace("  - key: main\n    name: Main\n", "  - [|k|]ey: main\n")));

        Assert.Contains("'name'", Single("SPEC009", ("j.md", Jurisdiction.Replace("    name: Main\n", string.Empty))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_documented_with_its_title_example_and_fix()
    {
        var page = File.ReadAllText(TestRepository.Path("docs", "diagnostics.md"));
        var sections = System.Text.RegularExpressions.Regex.Split(page, @"^## (?=SPEC\d{3}$)", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Skip(1)
            .ToDictionary(s => s[..s.IndexOf('\n')].Trim());

        Assert.Equal(SpecDiagnostics.All.Select(d => d.Id), sections.Keys);
        Assert.All(SpecDiagnostics.All, d =>
        {
            var section = sections[d.Id];
            Assert.Contains($"**{d.Title}** ({d.DefaultSeverity.ToString().ToLowerInvariant()})", section, StringComparison.Ordinal);
            Assert.Contains("Example:", section, StringComparison.Ordinal);
            Assert.Contains("Fix: ", section, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Descriptor_ids_are_unique_and_stable_in_form()
    {
        var ids = SpecDiagnostics.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^SPEC[0-9]{3}$", id));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Spans_are_exact_with_crlf_line_ends_and_a_byte_order_mark()
    {
        var markup = Markup.Parse("\uFEFF---\r\njurisdiction: t\r\ntitle: Clerk\r\nestablished: [|1993-13-01|]\r\n---\r\n" + Duties.Replace("\n", "\r\n"));
        var diagnostic = Assert.Single(SpecReader.Read("a.md", markup.Text, new SpecReaderOptions { Today = Today }).Diagnostics);

        Assert.Equal((markup.Start, markup.End - markup.Start), (diagnostic.Location.Start, diagnostic.Location.Length));
        Assert.Equal((3, 13), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal("a.md(4,14): error SPEC010: '1993-13-01' is not a valid date for 'established': write it as YYYY-MM-DD, e.g. 1993-07-01 (or YYYY-MM for a month).", diagnostic.ToString());
    }

    [Fact]
    public void Crlf_and_lf_files_give_the_same_model()
    {
        var lf = "---\njurisdiction: t\ntitle: Clerk\n---\n" + Duties + "\n## Notes\n\nOne line\nand another.\n";
        var a = SpecReader.Read("a.md", lf).Document;
        var b = SpecReader.Read("a.md", lf.Replace("\n", "\r\n")).Document;

        Assert.Equal(((ClassDocument)a!).Class, ((ClassDocument)b!).Class);
    }

    private static void Expect(string id, params (string Path, string Markup)[] files)
    {
        var diagnostic = Single(id, files);
        var marked = files.Select(f => (f.Path, Markup: Markup.Parse(f.Markup))).Single(f => f.Markup.HasSpan);
        var (startLine, startColumn) = marked.Markup.Position(marked.Markup.Start);
        var (endLine, endColumn) = marked.Markup.Position(marked.Markup.End);

        Assert.Equal(marked.Path, diagnostic.Location.Path);
        Assert.Equal((marked.Markup.Start, marked.Markup.End - marked.Markup.Start), (diagnostic.Location.Start, diagnostic.Location.Length));
        Assert.Equal((startLine, startColumn, endLine, endColumn), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn, diagnostic.Location.EndLine, diagnostic.Location.EndColumn));
        Assert.StartsWith($"{marked.Path}({startLine + 1},{startColumn + 1}): ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    private static SpecDiagnostic Single(string id, params (string Path, string Markup)[] files)
    {
        var options = new SpecReaderOptions { Today = Today };
        var read = files.Select(f => SpecReader.Read(f.Path, Markup.Parse(f.Markup).Text, options)).ToList();
        var all = SpecLoader.Load(read).Diagnostics;
        Assert.DoesNotContain(all, d => d.Id == SpecDiagnostics.InternalError.Id);
        var matching = all.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}, got:\n" + string.Join("\n", all));
        return matching[0];
    }
}
