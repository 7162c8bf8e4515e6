using System.Linq;
using SpecSdk.Synthesis;

namespace SpecSdk.Specs.Tests;

/// <summary>Files built to make the reader slow are read into diagnostics (their speed is HostileReadBenchmarks').</summary>
public class HostileInputTests
{
    public static TheoryData<HostileSpec> Files() => new(HostileSpecs.All);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_hostile_file_gives_located_diagnostics_and_no_internal_error(HostileSpec spec)
    {
        var file = SpecReader.Read("hostile.md", spec.Text);
        Assert.DoesNotContain(file.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
        var lines = spec.Text.Count(c => c == '\n') + 1;
        Assert.All(file.Diagnostics, d => Assert.InRange(d.Location.StartLine, 0, lines));
    }

    [Theory]
    [InlineData("1,800 list levels by indentation", 10 + 33)]
    [InlineData("1,800 list markers on a line", 10)]
    [InlineData("100,000 block quote levels", 10)]
    [InlineData("100,000 ordered list levels", 10)]
    public void Markdown_nested_beyond_the_limit_is_SPEC016_at_the_line_that_goes_too_deep(string name, int line)
    {
        var file = SpecReader.Read("deep.md", HostileSpecs.All.Single(s => s.Name == name).Text);
        var deep = Assert.Single(file.Diagnostics, d => d.Id == SpecDiagnostics.TooDeep.Id);
        Assert.Equal(line, deep.Location.StartLine + 1);
        Assert.Contains("32 levels", deep.Message);
    }

    [Fact]
    public void Deep_markers_inside_fenced_code_are_text_not_nesting()
    {
        var code = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- step\n"));
        var file = SpecReader.Read("fenced.md", "---\ntitle: x\n---\n\n## Duties\n\n```\n" + code + "```\n");

        Assert.DoesNotContain(file.Diagnostics, d => d.Id == SpecDiagnostics.TooDeep.Id);
        Assert.Contains("- step", ((ClassDocument)file.Document!).Class.Sections.Single().Body, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_with_one_id_get_one_diagnostic_each_and_distinct_ids()
    {
        var file = SpecReader.Read("ids.md", HostileSpecs.All.Single(s => s.Name == "50,000 headings with one id").Text);
        Assert.Equal(49_999, file.Diagnostics.Count(d => d.Id == SpecDiagnostics.DuplicateSection.Id));
        var sections = ((ClassDocument)file.Document!).Class.Sections;
        Assert.Equal(sections.Count, sections.Select(s => s.Id).Distinct().Count());
    }
}
