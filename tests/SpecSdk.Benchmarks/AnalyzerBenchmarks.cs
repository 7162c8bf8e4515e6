using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecSdk.Analyzers;
using SpecSdk.Generators;
using SpecSdk.Model;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// The job code analyzer as the IDE runs it after a keystroke: a 2,000-line payroll file with 200 string literals (100
/// known codes, 50 of a jurisdiction's code shape that no class has, 50 other strings) in a project whose generated
/// types come from a 10,000-class catalog. The floor is the same file bound in the same compilation without the
/// analyzer; each run starts from a fresh copy of the compilation, as a new keystroke does. <see cref="NewTable"/> is
/// what the analyzer pays once for a table it has not seen: reading it and finding the closest codes of every
/// unknown literal.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalyzerBenchmarks
{
    private const int Methods = 200;
    private const int KnownCodes = 100;
    private const int UnknownCodes = 50;

    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new JobCodeAnalyzer());
    private Compilation compilation = null!;
    private SyntaxTree payroll = null!;
    private string table = string.Empty;
    private string[] unknown = Array.Empty<string>();
    private int fresh;

    [Params(10_000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = SpecSynthesizer.Create(Classes).Select(f => (AdditionalText)new BenchmarkText("/project/specs/" + f.Path, f.Text)).ToArray();
        var empty = CSharpCompilation.Create("Bench", Array.Empty<SyntaxTree>(), References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new SpecGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.Latest), new BenchmarkOptions("/project/"))
            .RunGeneratorsAndUpdateCompilation(empty, out var generated, out var generatorDiagnostics);
        if (generatorDiagnostics.Length != 0)
        {
            throw new InvalidOperationException("The generator did not run cleanly: " + generatorDiagnostics[0]);
        }

        table = generated.Assembly.GetAttributes().Single(a => a.AttributeClass?.Name == nameof(JobCodesAttribute)).ConstructorArguments[0].Value as string ?? string.Empty;
        JobCodeTable.TryParse(table, out var parsed);
        var codes = parsed.Classes.Where((_, i) => i % (parsed.Classes.Count / KnownCodes) == 0).Take(KnownCodes).Select(c => c.Code).ToArray();
        var known = new HashSet<string>(parsed.Classes.Select(c => c.Code), StringComparer.Ordinal);
        unknown = codes.Take(UnknownCodes).Select(c => c.Substring(0, 7) + (c[7] == '9' ? '0' : (char)(c[7] + 1)) + c.Substring(8)).Where(c => !known.Contains(c)).ToArray();
        payroll = CSharpSyntaxTree.ParseText(Payroll(codes, unknown), new CSharpParseOptions(LanguageVersion.Latest), path: "/project/Payroll.cs");
        compilation = generated.AddSyntaxTrees(payroll);

        var errors = compilation.GetSemanticModel(payroll).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var reported = Analyze().GetAwaiter().GetResult();
        if (errors.Length != 0 || payroll.GetText().Lines.Count < 2_000 || unknown.Length != UnknownCodes
            || reported.Count(d => d.Id == JobCodeDiagnostics.KnownCode.Id) != KnownCodes || reported.Count(d => d.Id == JobCodeDiagnostics.UnknownCode.Id) != UnknownCodes)
        {
            throw new InvalidOperationException($"The payroll file is not what the benchmark says: {errors.FirstOrDefault()}, {payroll.GetText().Lines.Count} lines, {reported.Length} reports.");
        }
    }

    /// <summary>The floor: the file's compiler diagnostics, which the IDE computes anyway.</summary>
    [Benchmark(Baseline = true)]
    public int WithoutAnalyzer() => compilation.Clone().GetSemanticModel(payroll).GetDiagnostics().Length;

    /// <summary>The same, and the analyzer over the file: the table found on the assembly, every literal looked up.</summary>
    [Benchmark]
    public async Task<int> WithAnalyzer() => (await Analyze()).Length;

    /// <summary>A table the analyzer has not seen (its text made new each run): read, and asked for the closest codes of the 50 unknown literals.</summary>
    [Benchmark]
    public int NewTable()
    {
        var set = CodeSet.Of(table + new string('\n', 1 + (fresh++ % 1_000)))!;
        return unknown.Sum(code => set.Closest(code, set.ShapeOf(code)!.Key).Count);
    }

    /// <summary>The file's diagnostics as the IDE asks for them: the compiler's, and the analyzer's from the syntax and from the semantic model.</summary>
    private async Task<ImmutableArray<Diagnostic>> Analyze()
    {
        var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers);
        var model = withAnalyzers.Compilation.GetSemanticModel(payroll);
        return model.GetDiagnostics()
            .AddRange(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(payroll, CancellationToken.None))
            .AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None));
    }

    /// <summary>
    /// 200 methods of ten lines, each with one literal where payroll code has them: a comparison, a <c>case</c>
    /// label, a switch arm, an <c>Equals</c> call.
    /// </summary>
    private static string Payroll(string[] codes, string[] unknown)
    {
        var literals = codes.Concat(unknown).Concat(Enumerable.Range(0, Methods - codes.Length - unknown.Length).Select(i => "Pay period " + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var text = new StringBuilder("using System;\n\nnamespace Payroll\n{\n    public static class Rules\n    {\n");
        for (var i = 0; i < Methods; i++)
        {
            var literal = "\"" + literals[i] + "\"";
            var n = i.ToString(CultureInfo.InvariantCulture);
            var body = (i % 4) switch
            {
                0 => $"            if (job == {literal})\n            {{\n                return rate * 2m;\n            }}\n",
                1 => $"            switch (job)\n            {{\n                case {literal}:\n                    return rate + 1m;\n            }}\n",
                2 => $"            var bonus = job switch\n            {{\n                {literal} => 3m,\n                _ => 0m,\n            }};\n",
                _ => $"            if (string.Equals(job, {literal}, StringComparison.Ordinal))\n            {{\n                return rate;\n            }}\n",
            };
            text.Append("        /// <summary>Rule ").Append(n).Append(".</summary>\n")
                .Append("        public static decimal Rule").Append(n).Append("(string job, decimal rate)\n        {\n");
            if (i % 4 == 2)
            {
                text.Append(body).Append("            return rate + bonus;\n");
            }
            else
            {
                text.Append(body).Append("            return rate;\n");
            }

            text.Append("        }\n\n");
        }

        return text.Append("    }\n}\n").ToString();
    }

    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll" or "System.Linq.dll")
            .Append(typeof(JobClass).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
}
