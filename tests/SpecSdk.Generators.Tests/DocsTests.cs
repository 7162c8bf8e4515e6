using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecSdk.Testing;

namespace SpecSdk.Generators.Tests;

/// <summary>Every C# example in the README and the generator's docs compiles, warning-free, against the seeds' generated code.</summary>
public class DocsTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents)
        {
            for (var i = 0; i < Blocks(document).Count; i++)
            {
                data.Add(document, i);
            }
        }

        return data;
    }

    private static readonly string[] Documents = { "README.md", "docs/generator.md", "src/SpecSdk/README.md" };

    [Fact]
    public void The_documents_have_csharp_examples()
    {
        Assert.All(Documents, document => Assert.NotEmpty(Blocks(document)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_csharp_example_compiles_against_the_seeds(string document, int index)
    {
        var example = Blocks(document)[index];
        var compilation = CSharpCompilation.Create(
            "Example",
            new[] { CSharpSyntaxTree.ParseText(example, new CSharpParseOptions(LanguageVersion.Latest), path: document) },
            GeneratorHarness.Compilation().References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorHarness.Driver(GeneratorHarness.Seeds(), ns: "Payroll").RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, $"{document}, example {index + 1}:\n{string.Join("\n", problems)}\n{example}");
    }

    private static List<string> Blocks(string document) =>
        Regex.Matches(File.ReadAllText(TestRepository.Path(document.Split('/'))).Replace("\r\n", "\n"), "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToList();
}
