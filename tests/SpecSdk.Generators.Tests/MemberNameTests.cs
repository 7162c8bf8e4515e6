using System.Linq;
using Microsoft.CodeAnalysis;

namespace SpecSdk.Generators.Tests;

/// <summary>A class or series titled like any member the generator writes still compiles: its type takes another name.</summary>
public class MemberNameTests
{
    [Fact]
    public void Classes_and_a_series_titled_like_every_generated_member_compile()
    {
        const string Jurisdiction = "---\nkind: jurisdiction\nkey: t\nname: Test\npay-plans:\n  - key: main\n    name: Main\n    grades:\n      - grade: \"1\"\n        hourly: { minimum: 10.00, midpoint: 12.00, maximum: 14.00 }\n        annual: { minimum: 20800, maximum: 29120 }\n---\n";
        var files = GeneratedMembers.All
            .Select((name, i) => ($"specs/c{i}.md", $"---\njurisdiction: t\ntitle: {name}\ncode: C{i}\ngrade: \"1\"\n---\n\n## Duties\n\nWork.\n"))
            .Append(("specs/j.md", Jurisdiction))
            .Append(("specs/s/series.md", "---\nkind: series\nkey: s\njurisdiction: t\ntitle: Instance\n---\n\n## Description\n\nA series.\n"))
            .Append(("specs/s/level.md", "---\njurisdiction: t\ntitle: Levels\ncode: L1\nseries: s\nlevel: 1\n---\n\n## Duties\n\nWork.\n"))
            .ToArray();

        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.Files(files));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var generated = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        Assert.Contains("public const decimal HourlyMinimum = 10.00m;", generated, System.StringComparison.Ordinal);
        Assert.Contains("public const string Title = \"Instance\";", generated, System.StringComparison.Ordinal);
        Assert.True(GeneratedMembers.All.Count > 20);
    }
}
