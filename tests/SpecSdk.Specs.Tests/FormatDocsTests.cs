using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Model;

using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>The examples of docs/spec-format.md read as the page says they do.</summary>
public class FormatDocsTests
{
    private static readonly string[] Blocks = Regex.Matches(File.ReadAllText(TestRepository.Path("docs", "spec-format.md")), "^```(?:yaml|markdown)\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)
        .Select(m => m.Groups[1].Value)
        .ToArray();

    private static readonly SpecReaderOptions Options = new() { Today = new SpecDate(2026, 11, 22) };

    [Fact]
    public void The_pay_plan_versions_and_the_version_file_make_one_plan_of_three_versions()
    {
        var versions = Blocks.Single(b => b.Contains("key: classified", System.StringComparison.Ordinal));
        var file = Blocks.Single(b => b.Contains("kind: pay-plan-version", System.StringComparison.Ordinal));
        var jurisdiction = "---\nkind: jurisdiction\nkey: co\nname: State of Colorado\n" + versions + "---\n";

        var result = SpecLoader.Load(new[] { SpecReader.Read("co/jurisdiction.md", jurisdiction, Options), SpecReader.Read("co/pay-2026.md", file, Options) });

        Assert.Empty(result.Diagnostics);
        var plan = result.Catalog.Jurisdictions.Single().PayPlans.Single();
        Assert.Equal(new[] { "FY 2024-25", "FY 2025-26", "FY 2026-27" }, plan.Versions.Select(v => v.Name));
        Assert.Equal(4, plan.Latest!.FindGrade("A12")!.Steps.Single().Amounts.Count);
    }

    [Fact]
    public void The_abolished_class_example_validates_beside_its_successor()
    {
        var abolished = Blocks.Single(b => b.Contains("status: abolished", System.StringComparison.Ordinal));
        var files = new[]
        {
            SpecReader.Read("ny/jurisdiction.md", "---\nkind: jurisdiction\nkey: ny\nname: State of New York\n---\n", Options),
            SpecReader.Read("ny/programmer-trainee.md", "---\n" + abolished + "---\n", Options),
            SpecReader.Read("ny/information-technology-specialist-1.md", "---\njurisdiction: ny\ntitle: Information Technology Specialist 1\n---\n", Options),
        };

        var result = SpecLoader.Load(files);

        Assert.Empty(result.Diagnostics);
        var trainee = result.Catalog.Classes.Single(c => c.Key == "programmer-trainee");
        Assert.Equal((ClassStatus.Abolished, EeoCategory.Technicians, "information-technology-specialist-1"), (trainee.Status, trainee.EeoCategory!.Value, trainee.Successor!.Key));
    }
}
