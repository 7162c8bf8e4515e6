using System;
using System.IO;
using System.Linq;
using SpecSdk.Testing;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SpecSdk.Model;

namespace SpecSdk.Generators.Tests;

/// <summary>What the generator makes of the seeds: the golden files, warning-free code, and the API at run time.</summary>
public class SeedOutputTests
{
    private const string Consumer = """
        using Consumer.Jobs;

        public static class Use
        {
            public const string Code = CommonwealthOfKentucky.ProductionCoordinator.Code;
            public const decimal Floor = CommonwealthOfKentucky.Grade14.HourlyMinimum;

            [System.Obsolete(CommonwealthOfKentucky.ProductionCoordinator.Title)]
            public static void InAnAttribute() { }

            public static string Lookup(string code) => JobCatalog.TryGetByCode(code, out var jobClass) ? jobClass.Title : "none";
        }
        """;

    private static readonly Lazy<(GeneratorDriverRunResult Result, Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics)> Run =
        new(() => GeneratorHarness.Run(GeneratorHarness.Seeds(), Consumer));

    [Fact]
    public void Generated_files_match_the_baselines()
    {
        var result = Run.Value.Result.Results.Single();
        Assert.Null(result.Exception);
        Baselines.Verify("Seeds", result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    [Fact]
    public void Generated_code_compiles_without_a_warning_under_nullable_and_warnings_as_errors()
    {
        var (result, output, diagnostics) = Run.Value;

        Assert.Empty(diagnostics);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void Generated_api_returns_the_seed_model_at_run_time()
    {
        var assembly = GeneratorHarness.Load(Run.Value.Output, GeneratorHarness.Seeds());
        var catalog = assembly.GetType("Consumer.Jobs.JobCatalog")!;
        var all = (System.Collections.Generic.IReadOnlyList<JobClass>)catalog.GetProperty("All")!.GetValue(null)!;
        var byCode = catalog.GetMethod("TryGetByCode", new[] { typeof(string), typeof(JobClass).MakeByRefType() })!;
        var arguments = new object?[] { "73070V000101", null };

        Assert.Equal(7, all.Count);
        Assert.True((bool)byCode.Invoke(null, arguments)!);
        var jobClass = (JobClass)arguments[1]!;
        Assert.Equal("Production Coordinator", jobClass.Title);
        Assert.Equal(12, jobClass.Duties.Count);
        Assert.Equal(new SpecDate(2006, 2, 24), jobClass.Revised);
        Assert.False((bool)byCode.Invoke(null, new object?[] { "NOPE", null })!);

        var grade = assembly.GetType("Consumer.Jobs.CommonwealthOfKentucky+Grade14")!;
        Assert.Equal(3133.00m, (decimal)grade.GetField("MonthlyAt40HoursMinimum")!.GetValue(null)!);
        Assert.Equal("3133.00", ((decimal)grade.GetField("MonthlyAt40HoursMinimum")!.GetValue(null)!).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var series = assembly.GetType("Consumer.Jobs.StateOfColorado+CustomerSupportCoordinatorSeries")!;
        var levels = (System.Collections.Generic.IReadOnlyList<JobClass>)series.GetProperty("Levels")!.GetValue(null)!;
        Assert.Equal(new[] { "G2C1IX", "G2C2TX", "G2C3XX", "G2C4XX" }, levels.Select(l => l.Code));

        var byGrade = catalog.GetMethod("GetByGrade")!;
        var inGrade = (System.Collections.Generic.IReadOnlyList<JobClass>)byGrade.Invoke(null, new object?[] { "ky", "11", null })!;
        Assert.Equal("Production Specialist II", Assert.Single(inGrade).Title);
    }

    [Fact]
    public void Instances_equal_the_model_the_reader_builds()
    {
        var assembly = GeneratorHarness.Load(Run.Value.Output, GeneratorHarness.Seeds());
        var all = (System.Collections.Generic.IReadOnlyList<JobClass>)assembly.GetType("Consumer.Jobs.JobCatalog")!.GetProperty("All")!.GetValue(null)!;
        var expected = SpecSdk.Specs.SpecLoader.LoadDirectory(TestRepository.Path("seeds")).Catalog.Classes;

        Assert.Equal(expected.Select(c => c with { SourcePath = "specs/" + c.SourcePath }), all);
    }

    [Fact]
    public void A_csharp_7_3_project_without_nullable_compiles_the_generated_code()
    {
        const string consumer = """
            using Consumer.Jobs;

            public static class Use
            {
                public static string Lookup(string code)
                {
                    SpecSdk.Model.JobClass jobClass;
                    return JobCatalog.TryGetByCode(code, out jobClass) ? jobClass.Title : CommonwealthOfKentucky.ProductionCoordinator.Title;
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, consumer);
        GeneratorHarness.Driver(GeneratorHarness.Seeds(), version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.ToString().Contains("#nullable", StringComparison.Ordinal));
    }

    [Fact]
    public void Constants_mode_emits_constants_and_lookups_and_no_instance()
    {
        const string consumer = """
            using Consumer.Jobs;

            public static class Use
            {
                public const string Code = CommonwealthOfKentucky.ProductionCoordinator.Code;
                public const decimal Floor = CommonwealthOfKentucky.Grade14.HourlyMinimum;
                public const string Series = StateOfColorado.CustomerSupportCoordinatorSeries.Title;

                public static string Lookup(string code) => JobCatalog.TryGetByCode(code, out var jobClass) ? jobClass.Title : "none";
            }
            """;
        GeneratorHarness.Driver(GeneratorHarness.Seeds(), emit: "constants")
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(consumer), out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        var generated = string.Concat(output.SyntaxTrees.Skip(1).Select(t => t.ToString()));
        Assert.DoesNotContain(" Instance ", generated, StringComparison.Ordinal);
        Assert.DoesNotContain(" Levels ", generated, StringComparison.Ordinal);
        Assert.Contains("public const decimal HourlyMinimum = 18.075m;", generated, StringComparison.Ordinal);
    }
}
