using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SpecSdk.Analyzers;
using SpecSdk.CodeFixes;

namespace SpecSdk.Analyzers.Tests;

/// <summary>
/// SPEC100 and SPEC101 over code that uses the classes the real generator made from spec files, and the code fix.
/// Test sources are in namespace <c>Payroll</c>; the generated types in <c>Consumer.Jobs</c>.
/// </summary>
public class JobCodeTests
{
    private const string Jurisdiction = "---\nkind: jurisdiction\nkey: tx\nname: State of Texas\ncode-pattern: 'T[0-9]{3}'\n---\n";
    private const string Clerk = "---\njurisdiction: tx\ntitle: Clerk\ncode: T100\n---\n";
    private const string Supervisor = "---\njurisdiction: tx\ntitle: Clerk Supervisor\ncode: T110\n---\n";
    private const string OldClerk = "---\njurisdiction: tx\ntitle: Clerk Typist\ncode: T090\nstatus: abolished\nabolished: 2020-07-01\nsuccessor: clerk\n---\n";

    private static readonly Lazy<(string Name, string Text)[]> Generated = new(() => Generate(
        GeneratorHarness.Files(("specs/tx/jurisdiction.md", Jurisdiction), ("specs/tx/clerk.md", Clerk), ("specs/tx/clerk-supervisor.md", Supervisor), ("specs/tx/clerk-typist.md", OldClerk))
            .Concat(GeneratorHarness.Seeds())));

    /// <summary>The files the generator writes for <paramref name="files"/>, in namespace Consumer.Jobs.</summary>
    internal static (string Name, string Text)[] Generate(IEnumerable<AdditionalText> files)
    {
        var result = GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return result.GeneratedTrees.Select(t => ("/generated/" + Path.GetFileName(t.FilePath), t.GetText().ToString())).ToArray();
    }

    private static CSharpCodeFixTest<JobCodeAnalyzer, UseJobCodeConstantFix, DefaultVerifier> Test(string source, string? fixedSource = null, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<JobCodeAnalyzer, UseJobCodeConstantFix, DefaultVerifier>
        {
            // References from this process's runtime: nothing is fetched from a package feed.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = source,
        };
        test.TestState.AdditionalReferences.AddRange(References());
        test.TestState.Sources.AddRange(Generated.Value.Select(g => (g.Name, Microsoft.CodeAnalysis.Text.SourceText.From(g.Text))));
        test.ExpectedDiagnostics.AddRange(expected);
        if (fixedSource is not null)
        {
            test.FixedState.AdditionalReferences.AddRange(References());
            test.FixedState.Sources.Add(fixedSource);
            test.FixedState.Sources.AddRange(Generated.Value.Select(g => (g.Name, Microsoft.CodeAnalysis.Text.SourceText.From(g.Text))));
        }

        return test;
    }

    internal static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll" or "System.Console.dll" or "System.Linq.dll")
            .Append(typeof(SpecSdk.Model.JobClass).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));

    private static DiagnosticResult Spec100(int marker, string message) =>
        new DiagnosticResult(JobCodeDiagnostics.KnownCode).WithLocation(marker).WithMessage(message);

    private const string KentuckyMessage = "\"73070V000101\" is the job code of Production Coordinator (Commonwealth of Kentucky); use CommonwealthOfKentucky.ProductionCoordinator.Code";

    [Fact]
    public async Task Every_place_a_literal_stands_is_reported()
    {
        var source = """
            using System;
            namespace Payroll
            {
                [AttributeUsage(AttributeTargets.Method)]
                sealed class JobAttribute : Attribute { public JobAttribute(string code) { } }

                static class Pay
                {
                    [Job({|#0:"T100"|})]
                    static bool Equal(string job) => job == {|#1:"T100"|} || string.Equals(job, {|#2:"T110"|});

                    static int Switch(string job)
                    {
                        switch (job)
                        {
                            case {|#3:"T100"|}: return 1;
                            default: return job is {|#4:"T110"|} ? 2 : 0;
                        }
                    }

                    static int Arm(string job) => job switch { {|#5:"T100"|} => 1, _ => 0 };

                    static bool Kentucky(string job) => job.Equals({|#6:"73070V000101"|});

                    // Not codes: another string, an empty one, an interpolation, and a code's text inside a longer string.
                    static string Other(int n) => "T1000" + "" + $"T{n}" + "job T100";
                }
            }
            """;
        var clerk = "\"T100\" is the job code of Clerk (State of Texas); use StateOfTexas.Clerk.Code";
        var supervisor = "\"T110\" is the job code of Clerk Supervisor (State of Texas); use StateOfTexas.ClerkSupervisor.Code";
        var test = Test(source, null, Spec100(0, clerk), Spec100(1, clerk), Spec100(2, supervisor), Spec100(3, clerk), Spec100(4, supervisor), Spec100(5, clerk), Spec100(6, KentuckyMessage));
        // "T1000" has the code shape's letter but four digits, so it is not SPEC101 either.
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_writes_the_constant_and_adds_the_using_of_the_generated_namespace()
    {
        var source = """
            namespace Payroll
            {
                static class Pay
                {
                    static bool IsCoordinator(string job) => job == {|#0:"73070V000101"|};
                }
            }
            """;
        var fixedSource = """
            using Consumer.Jobs;

            namespace Payroll
            {
                static class Pay
                {
                    static bool IsCoordinator(string job) => job == CommonwealthOfKentucky.ProductionCoordinator.Code;
                }
            }
            """;
        await Test(source, fixedSource, Spec100(0, KentuckyMessage)).RunAsync();
    }

    [Fact]
    public async Task Inside_the_generated_namespace_the_fix_adds_no_using()
    {
        var source = """
            namespace Consumer.Jobs.Reports
            {
                static class Pay
                {
                    const string Coordinator = {|#0:"73070V000101"|};
                }
            }
            """;
        var fixedSource = """
            namespace Consumer.Jobs.Reports
            {
                static class Pay
                {
                    const string Coordinator = CommonwealthOfKentucky.ProductionCoordinator.Code;
                }
            }
            """;
        await Test(source, fixedSource, Spec100(0, KentuckyMessage)).RunAsync();
    }

    [Fact]
    public async Task Fix_all_replaces_every_code_of_a_document_with_its_own_constant()
    {
        var source = """
            namespace Payroll
            {
                static class Pay
                {
                    static int Rank(string job) => job switch
                    {
                        {|#0:"T100"|} => 1,
                        {|#1:"T110"|} => 2,
                        {|#2:"73070V000101"|} => 3,
                        _ => 0,
                    };
                }
            }
            """;
        var fixedSource = """
            using Consumer.Jobs;

            namespace Payroll
            {
                static class Pay
                {
                    static int Rank(string job) => job switch
                    {
                        StateOfTexas.Clerk.Code => 1,
                        StateOfTexas.ClerkSupervisor.Code => 2,
                        CommonwealthOfKentucky.ProductionCoordinator.Code => 3,
                        _ => 0,
                    };
                }
            }
            """;
        var test = Test(
            source,
            fixedSource,
            Spec100(0, "\"T100\" is the job code of Clerk (State of Texas); use StateOfTexas.Clerk.Code"),
            Spec100(1, "\"T110\" is the job code of Clerk Supervisor (State of Texas); use StateOfTexas.ClerkSupervisor.Code"),
            Spec100(2, KentuckyMessage));
        test.NumberOfFixAllIterations = 1;
        test.CodeActionEquivalenceKey = UseJobCodeConstantFix.PreferredKey;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_the_project_and_the_solution_replaces_the_codes_of_every_document_each_with_one_using()
    {
        // The framework applies Fix All in document, project and solution scope; the last two must reach both files.
        var pay = """
            namespace Payroll
            {
                static class Pay
                {
                    static bool IsClerk(string job) => job == {|#0:"T100"|} || job == {|#1:"T110"|};
                }
            }
            """;
        var roster = """
            namespace Payroll.Roster
            {
                static class Roster
                {
                    const string Coordinator = {|#2:"73070V000101"|};
                }
            }
            """;
        var test = Test(
            pay,
            """
            using Consumer.Jobs;

            namespace Payroll
            {
                static class Pay
                {
                    static bool IsClerk(string job) => job == StateOfTexas.Clerk.Code || job == StateOfTexas.ClerkSupervisor.Code;
                }
            }
            """,
            Spec100(0, "\"T100\" is the job code of Clerk (State of Texas); use StateOfTexas.Clerk.Code"),
            Spec100(1, "\"T110\" is the job code of Clerk Supervisor (State of Texas); use StateOfTexas.ClerkSupervisor.Code"),
            Spec100(2, KentuckyMessage));
        test.TestState.Sources.Add(("/0/Roster.cs", roster));
        test.FixedState.Sources.Add(("/0/Roster.cs", """
            using Consumer.Jobs;

            namespace Payroll.Roster
            {
                static class Roster
                {
                    const string Coordinator = CommonwealthOfKentucky.ProductionCoordinator.Code;
                }
            }
            """));
        test.CodeActionEquivalenceKey = UseJobCodeConstantFix.PreferredKey;
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
        await test.RunAsync();
    }

    [Fact]
    public async Task An_abolished_code_names_its_successor_and_the_fix_writes_the_successors_constant()
    {
        var source = """
            namespace Payroll
            {
                static class Pay
                {
                    static bool IsClerk(string job) => job == {|#0:"T090"|};
                }
            }
            """;
        var fixedSource = """
            using Consumer.Jobs;

            namespace Payroll
            {
                static class Pay
                {
                    static bool IsClerk(string job) => job == StateOfTexas.Clerk.Code;
                }
            }
            """;
        await Test(source, fixedSource, Spec100(0, "\"T090\" is the job code of Clerk Typist (State of Texas), abolished 2020-07-01; its successor is Clerk (State of Texas, T100); use StateOfTexas.Clerk.Code")).RunAsync();
    }

    [Fact]
    public async Task The_second_action_on_an_abolished_code_keeps_its_own_constant_which_warns_as_obsolete()
    {
        var source = """
            namespace Payroll
            {
                static class Pay
                {
                    static bool IsTypist(string job) => job == {|#0:"T090"|};
                }
            }
            """;
        var fixedSource = """
            using Consumer.Jobs;

            namespace Payroll
            {
                static class Pay
                {
                    static bool IsTypist(string job) => job == {|#1:StateOfTexas.ClerkTypist|}.Code;
                }
            }
            """;
        var test = Test(source, fixedSource, Spec100(0, "\"T090\" is the job code of Clerk Typist (State of Texas), abolished 2020-07-01; its successor is Clerk (State of Texas, T100); use StateOfTexas.Clerk.Code"));
        test.CodeActionIndex = 1;
        test.CodeActionVerifier = (action, verify) => verify.Equal("Use StateOfTexas.ClerkTypist.Code", action.Title);
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        test.FixedState.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS0618").WithLocation(1).WithArguments("Consumer.Jobs.StateOfTexas.ClerkTypist", "Abolished 2020-07-01; use StateOfTexas.Clerk (T100)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_literal_of_the_code_shape_that_no_class_has_is_SPEC101_with_the_closest_codes()
    {
        var source = """
            namespace Payroll
            {
                static class Pay
                {
                    static bool Near(string job) => job == {|#0:"T101"|};
                    static bool Far(string job) => job == {|#1:"T555"|};
                }
            }
            """;
        var test = Test(
            source,
            null,
            new DiagnosticResult(JobCodeDiagnostics.UnknownCode).WithLocation(0).WithMessage("\"T101\" has the shape of a job code of State of Texas ('T[0-9]{3}'), but no class in the specs has it; the closest known: T100 (Clerk), T110 (Clerk Supervisor)."),
            new DiagnosticResult(JobCodeDiagnostics.UnknownCode).WithLocation(1).WithMessage("\"T555\" has the shape of a job code of State of Texas ('T[0-9]{3}'), but no class in the specs has it; no known code is close. Correct it, or add the class's spec."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_code_pattern_an_unknown_code_is_not_reported()
    {
        // Kentucky's jurisdiction file declares no code pattern: a Kentucky-looking code nobody has is left alone.
        await Test("""class Pay { const string Job = "73070V000199"; }""").RunAsync();
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        var test = Test("""class Pay { }""");
        test.TestState.Sources.Add(("/generated/Other.g.cs", "// <auto-generated/>\nclass Generated { const string Job = \"T100\"; }"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Codes_from_a_referenced_assembly_built_with_SpecSdk_are_known()
    {
        var library = CSharpCompilation.Create(
            "Library",
            Generated.Value.Select(g => CSharpSyntaxTree.ParseText(g.Text, path: g.Name)),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emit = library.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        var test = new CSharpCodeFixTest<JobCodeAnalyzer, UseJobCodeConstantFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = "class Pay\n{\n    static bool Is(string job) => job == {|#0:\"73070V000101\"|};\n}\n",
            FixedCode = "using Consumer.Jobs;\n\nclass Pay\n{\n    static bool Is(string job) => job == CommonwealthOfKentucky.ProductionCoordinator.Code;\n}\n",
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(References());
            state.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        }

        test.ExpectedDiagnostics.Add(Spec100(0, KentuckyMessage));
        await test.RunAsync();
    }
}
