using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecSdk.Model;

namespace SpecSdk.Generators.Tests;

/// <summary>Pay plan versions, steps and abolished classes in the generated code.</summary>
public class DomainTests
{
    private const string Jurisdiction = """
        ---
        kind: jurisdiction
        key: co
        name: State of Colorado
        pay-plans:
          - key: classified
            name: Classified
            versions:
              - effective: 2024-07-01
                name: FY 2024-25
                grades:
                  - grade: A12
                    monthly: { minimum: 3410.00, maximum: 5200.00 }
              - effective: 2025-07-01
                name: FY 2025-26
                steps: [Entry, Year 3, Year 5]
                grades:
                  - grade: A12
                    monthly: { minimum: 3512.00, maximum: 5356.00 }
                    steps: { monthly: [3512.00, 3860.00, 4210.00] }
        ---
        """;

    private const string Clerk = "---\njurisdiction: co\ntitle: Clerk\ncode: C100\ngrade: A12\n---\n";

    private const string OldClerk = "---\njurisdiction: co\ntitle: Clerk Typist\ncode: C090\nstatus: abolished\nabolished: 2020-07-01\nsuccessor: clerk\n---\n";

    private static readonly AdditionalText[] Files = GeneratorHarness.Files(("specs/co/jurisdiction.md", Jurisdiction), ("specs/co/clerk.md", Clerk), ("specs/co/clerk-typist.md", OldClerk)).ToArray();

    private static Compilation Generate(string? payAsOf, out System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics, params string[] sources)
    {
        GeneratorHarness.Driver(Files, payAsOf: payAsOf).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(sources), out var output, out diagnostics);
        return output;
    }

    private static object? Field(System.Reflection.Assembly assembly, string type, string field) =>
        assembly.GetType("Consumer.Jobs." + type)!.GetField(field)?.GetValue(null);

    [Fact]
    public void Without_a_date_the_constants_are_the_latest_version_s_and_steps_are_on_the_grade_only()
    {
        var output = Generate(null, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics());
        var assembly = GeneratorHarness.Load(output, Files);
        Assert.Equal(3512.00m, Field(assembly, "StateOfColorado+GradeA12", "MonthlyMinimum"));
        Assert.Equal(3860.00m, Field(assembly, "StateOfColorado+GradeA12", "MonthlyStep2"));
        Assert.Equal(3512.00m, Field(assembly, "StateOfColorado+Clerk", "MonthlyMinimum"));
        Assert.Null(Field(assembly, "StateOfColorado+Clerk", "MonthlyStep2"));

        var grade = assembly.GetType("Consumer.Jobs.StateOfColorado+GradeA12")!;
        var older = (PayGrade?)grade.GetMethod("AsOf")!.Invoke(null, new object[] { new SpecDate(2025, 1, 15) });
        Assert.Equal(3410.00m, older!.RangeFor(SalaryBasis.Monthly)!.Minimum);
        Assert.Null(grade.GetMethod("AsOf")!.Invoke(null, new object[] { new SpecDate(2020, 1, 1) }));
        Assert.Equal(3512.00m, ((PayGrade)grade.GetProperty("Instance")!.GetValue(null)!).RangeFor(SalaryBasis.Monthly)!.Minimum);
    }

    [Fact]
    public void SpecSdkPayAsOf_picks_the_version_in_effect_that_day_for_constants_and_instance_alike()
    {
        var output = Generate("2025-06-30", out var diagnostics);

        Assert.Empty(diagnostics);
        var assembly = GeneratorHarness.Load(output, Files);
        Assert.Equal(3410.00m, Field(assembly, "StateOfColorado+GradeA12", "MonthlyMinimum"));
        Assert.Equal(3410.00m, Field(assembly, "StateOfColorado+Clerk", "MonthlyMinimum"));
        Assert.Null(Field(assembly, "StateOfColorado+GradeA12", "MonthlyStep1"));
        var instance = (PayGrade)assembly.GetType("Consumer.Jobs.StateOfColorado+GradeA12")!.GetProperty("Instance")!.GetValue(null)!;
        Assert.Equal(3410.00m, instance.RangeFor(SalaryBasis.Monthly)!.Minimum);
    }

    [Theory]
    [InlineData("2025-13-01", "SPECSDK003", DiagnosticSeverity.Error)]
    [InlineData("2025-07", "SPECSDK003", DiagnosticSeverity.Error)]
    [InlineData("2019-01-01", "SPECSDK004", DiagnosticSeverity.Warning)]
    public void A_date_that_is_not_a_day_or_before_every_version_is_reported_and_the_latest_version_used(string payAsOf, string id, DiagnosticSeverity severity)
    {
        var output = Generate(payAsOf, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((id, severity), (diagnostic.Id, diagnostic.DefaultSeverity));
        Assert.Contains(payAsOf, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(3512.00m, Field(GeneratorHarness.Load(output, Files), "StateOfColorado+GradeA12", "MonthlyMinimum"));
    }

    [Fact]
    public void An_abolished_class_keeps_the_figures_of_a_grade_dropped_from_the_latest_version_in_the_version_it_builds_with()
    {
        const string first = "          - grade: A12\n            monthly: { minimum: 3410.00, maximum: 5200.00 }\n";
        Assert.Contains(first, Jurisdiction, StringComparison.Ordinal);
        var jurisdiction = Jurisdiction.Replace(first, first + "          - grade: A13\n            monthly: { minimum: 3610.00, maximum: 5500.00 }\n");
        var typist = "---\njurisdiction: co\ntitle: Typist\ncode: T1\ngrade: A13\nstatus: abolished\nabolished: 2025-07-01\nsuccessor: clerk-typist\n---\n";
        var files = GeneratorHarness.Files(("specs/co/jurisdiction.md", jurisdiction), ("specs/co/clerk.md", Clerk), ("specs/co/clerk-typist.md", OldClerk), ("specs/co/typist.md", typist)).ToArray();
        GeneratorHarness.Driver(files, payAsOf: "2025-06-30").RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("static class Use { public static string Code() => Consumer.Jobs.StateOfColorado.Typist.Code; }"), out var output, out var diagnostics);

        Assert.Equal("SPEC061", Assert.Single(diagnostics).Id);
        var assembly = GeneratorHarness.Load(output.RemoveSyntaxTrees(output.SyntaxTrees.Where(t => t.FilePath == "Source0.cs")), files);
        Assert.Equal(3610.00m, Field(assembly, "StateOfColorado+Typist", "MonthlyMinimum"));

        // Its successor is abolished too: the warning names the class that replaces both today.
        var warning = Assert.Single(output.GetDiagnostics(), d => d.Id == "CS0618");
        Assert.Equal("'StateOfColorado.Typist' is obsolete: 'Abolished 2025-07-01; use StateOfColorado.Clerk (C100)'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Using_an_abolished_class_warns_with_its_successor_while_the_generated_code_compiles_clean()
    {
        var clean = Generate(null, out _);
        Assert.Empty(clean.GetDiagnostics());

        var output = Generate(null, out _, "static class Use { public static string Code() => Consumer.Jobs.StateOfColorado.ClerkTypist.Code; }");
        var warning = Assert.Single(output.GetDiagnostics(), d => d.Id == "CS0618");
        Assert.Equal("'StateOfColorado.ClerkTypist' is obsolete: 'Abolished 2020-07-01; use StateOfColorado.Clerk (C100)'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Source0.cs", warning.Location.SourceTree!.FilePath);
    }
}
