using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SpecSdk.Generators.Tests;

/// <summary>The pipeline is incremental: steps re-run only for what changed, and hold no Roslyn object.</summary>
public class CachingTests
{
    private static readonly string[] AllSteps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void A_second_run_with_nothing_changed_is_all_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.Seeds()).RunGenerators(compilation);
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        foreach (var step in AllSteps.Where(second.TrackedSteps.ContainsKey))
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }

    [Fact]
    public void Editing_the_prose_of_one_spec_rereads_only_that_file_and_reemits_no_csharp()
    {
        var (result, seeds) = Edit("production-specialist-ii.md", "Checks and allocates storage space.", "Checks and allocates disk space.", out var first);

        // The files are read together, each unchanged one taken from the cache: the same result, so Unchanged.
        var reads = result.TrackedSteps[TrackingNames.ReadSpec].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(seeds, reads.Count);
        var reread = Assert.Single(reads, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.EndsWith("production-specialist-ii.md", ((SpecInput)reread.Value).FullPath, StringComparison.Ordinal);
        Assert.Equal(seeds - 1, reads.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));
        var before = first.TrackedSteps[TrackingNames.ReadSpec].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.Equal(seeds - 1, reads.Where(o => o != reread).Count(o => before.Any(b => ReferenceEquals(b, o.Value))));

        var resolves = result.TrackedSteps[TrackingNames.Resolve].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(7, resolves.Count);
        Assert.Equal(1, resolves.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(6, resolves.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(result.TrackedSteps[TrackingNames.Context].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // The prose is in the embedded catalog, not in C#: the catalog model is unchanged, so no file is emitted again.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(result.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs)).Reason);
        foreach (var step in new[] { TrackingNames.Classes, TrackingNames.Jurisdictions, TrackingNames.Index })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void Retitling_one_class_reemits_only_its_batch()
    {
        var (result, _) = Edit("production-specialist-ii.md", "title: Production Specialist II", "title: Production Specialist Two");

        var batches = result.TrackedSteps[TrackingNames.Classes].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(3, batches.Count);
        var changed = Assert.Single(batches, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(((BatchModel)changed.Value).Classes, c => c.Title == "Production Specialist Two");
        Assert.All(batches.Where(o => o != changed), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Jurisdictions].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.Contains("public static class ProductionSpecialistTwo", result.GeneratedSources.Single(s => s.HintName == "CommonwealthOfKentucky.Classes.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    private static (GeneratorRunResult Result, int Seeds) Edit(string file, string from, string to) => Edit(file, from, to, out _);

    private static (GeneratorRunResult Result, int Seeds) Edit(string file, string from, string to, out GeneratorRunResult first)
    {
        var seeds = GeneratorHarness.Seeds().ToList();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(seeds).RunGenerators(compilation);
        first = driver.GetRunResult().Results.Single();
        var old = seeds.Single(s => s.Path.EndsWith(file, StringComparison.Ordinal));
        var text = old.GetText()!.ToString();
        Assert.Contains(from, text, StringComparison.Ordinal);
        var edited = new InMemoryAdditionalText(old.Path, text.Replace(from, to, StringComparison.Ordinal));
        return (driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation).GetRunResult().Results.Single(), seeds.Count);
    }

    [Fact]
    public void Editing_csharp_rereads_no_spec()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.Seeds()).RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class A { int x; }", new CSharpParseOptions(LanguageVersion.Latest), path: "Source0.cs"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.ReadSpec].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void No_step_output_holds_a_roslyn_object()
    {
        var result = GeneratorHarness.Driver(GeneratorHarness.Seeds()).RunGenerators(GeneratorHarness.Compilation("class A { }")).GetRunResult().Results.Single();

        Assert.Equal(AllSteps.Order(), result.TrackedSteps.Keys.Where(AllSteps.Contains).Order());
        foreach (var (name, steps) in result.TrackedSteps.Where(s => AllSteps.Contains(s.Key) && s.Key != TrackingNames.SpecFiles))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObject(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObject(object? node, string step, HashSet<object> visited)
    {
        if (node is null || !visited.Add(node))
        {
            return;
        }

        var type = node.GetType();
        Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText or SourceText or Location, $"{step} holds a {type.Name}");
        if (type.IsPrimitive || type.IsEnum || node is string or decimal)
        {
            return;
        }

        if (node is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObject(item, step, visited);
            }

            return;
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertNoRoslynObject(field.GetValue(node), step, visited);
            }
        }
    }
}
