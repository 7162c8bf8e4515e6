using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Xml.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecSdk.Build;
using SpecSdk.Generators;
using SpecSdk.Model;
using SpecSdk.Specs;

namespace SpecSdk.Generators.Tests;

/// <summary>
/// Outside the IDE the build task writes the generated types as a compiled assembly and the generator only reports:
/// the assembly must declare what the generator's C# declares, member for member, value for value, summary for
/// summary, and its IL must run.
/// </summary>
public sealed class CompiledTypesTests : IDisposable
{
    private const string Namespace = "Consumer.Jobs";
    private readonly string root = Path.Combine(Path.GetTempPath(), "specsdk-compiled-" + Guid.NewGuid().ToString("N"));

    public CompiledTypesTests()
    {
        var seeds = TestRepository.Path("seeds");
        foreach (var file in Directory.GetFiles(seeds, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "specs", Path.GetRelativePath(seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData(null)]
    [InlineData("Constants")]
    public void The_assembly_declares_what_the_generated_CSharp_declares(string? emit)
    {
        var driver = GeneratorHarness.Driver(GeneratorHarness.Seeds(), emit: emit).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var generated, out _);
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        var (assembly, documentation) = Build(emit ?? string.Empty, "out");

        var compiled = Describe(generated.Assembly);
        var written = Describe(Reference(assembly, documentation));
        Assert.Equal(7, compiled.Count(line => line.Contains("The class title: ", StringComparison.Ordinal)));
        Assert.Equal(compiled, written);
    }

    [Fact]
    public void The_assembly_declares_what_the_CSharp_declares_for_abolished_classes_plan_versions_and_hostile_text()
    {
        var specs = Path.Combine(root, "specs");
        Directory.Delete(specs, recursive: true);
        SpecSdk.Synthesis.SpecSynthesizer.WriteTo(specs, 120);
        SpecSdk.Synthesis.XssCorpus.WriteTo(specs);
        var files = Directory.GetFiles(specs, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "specs/" + Path.GetRelativePath(specs, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var generated, out _);
        var (assembly, documentation) = Build(string.Empty, "out", classes: null);

        var compiled = Describe(generated.Assembly);
        Assert.Contains(compiled, line => line.Contains("ObsoleteAttribute(", StringComparison.Ordinal));
        Assert.Contains(compiled, line => line.Contains("Step1", StringComparison.Ordinal));
        Assert.Equal(compiled, Describe(Reference(assembly, documentation)));
    }

    [Fact]
    public void Specs_that_give_no_jurisdiction_give_an_assembly_with_no_types_as_the_CSharp_has_none()
    {
        var specs = Path.Combine(root, "specs");
        Directory.Delete(specs, recursive: true);
        Directory.CreateDirectory(specs);
        File.WriteAllText(Path.Combine(specs, "broken.md"), "---\nkind: class\ntitle: [unclosed\n---\n");
        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "specs/broken.md", File.ReadAllText(Path.Combine(specs, "broken.md"))) };
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var generated, out _);
        var (assembly, documentation) = Build(string.Empty, "out", classes: 0);

        Assert.DoesNotContain(generated.Assembly.GlobalNamespace.GetNamespaceMembers(), n => n.Name == "Consumer");
        var written = Reference(assembly, documentation);
        Assert.DoesNotContain(written.GlobalNamespace.GetNamespaceMembers(), n => n.Name == "Consumer");
        Assert.Empty(written.GlobalNamespace.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public));
    }

    [Fact]
    public void Constants_of_the_assembly_are_constants_to_the_compiler_and_its_lookups_bind()
    {
        var (assembly, documentation) = Build(string.Empty, "out");
        var source = """
            using Consumer.Jobs;
            public static class Use
            {
                public const decimal Minimum = CommonwealthOfKentucky.Grade14.HourlyMinimum;
                public const string Code = CommonwealthOfKentucky.ProductionCoordinator.Code;
                public static string Name(string code) => code switch { CommonwealthOfKentucky.ProductionCoordinator.Code => "coordinator", _ => "other" };
                public static bool Find(string code) => JobCatalog.TryGetByCode(code, out var found) && found.Title.Length > 0 && JobCatalog.GetByGrade("ky", "14").Count > 0;
            }
            """;
        var compilation = GeneratorHarness.Compilation(source).AddReferences(Image(assembly, documentation));
        Assert.Empty(compilation.GetDiagnostics());
        var use = compilation.GetTypeByMetadataName("Use")!;
        Assert.Equal(18.075m, use.GetMembers("Minimum").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("73070V000101", use.GetMembers("Code").OfType<IFieldSymbol>().Single().ConstantValue);
    }

    [Fact]
    public void Every_accessor_of_the_assembly_runs_and_returns_the_record_its_constants_name()
    {
        var (bytes, _) = Build(string.Empty, "out");
        var context = new AssemblyLoadContext("compiled-types", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(bytes));
            var catalog = assembly.GetType(Namespace + ".JobCatalog")!;
            var all = (IReadOnlyList<JobClass>)catalog.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(7, all.Count);
            var arguments = new object?[] { "73070V000101", null };
            Assert.True((bool)catalog.GetMethod("TryGetByCode", new[] { typeof(string), typeof(JobClass).MakeByRefType() })!.Invoke(null, arguments)!);
            Assert.Equal("Production Coordinator", ((JobClass)arguments[1]!).Title);

            var seen = new List<object>();
            foreach (var type in assembly.GetTypes().Where(t => t.IsNested))
            {
                foreach (var field in type.GetFields().Where(f => f.FieldType == typeof(decimal)))
                {
                    // The type initializer gives each decimal field the value its [DecimalConstant] states.
                    Assert.Equal(field.GetCustomAttribute<DecimalConstantAttribute>()!.Value, (decimal)field.GetValue(null)!);
                }

                var instance = type.GetProperty("Instance")?.GetValue(null);
                var constant = (string name) => type.GetField(name)?.GetRawConstantValue();
                switch (instance)
                {
                    case JobClass jobClass:
                        Assert.Equal(constant("Key"), jobClass.Key);
                        Assert.Equal(constant("Title"), jobClass.Title);
                        Assert.Equal(constant("Code"), jobClass.Code);
                        break;
                    case ClassSeries series:
                        Assert.Equal(constant("Key"), series.Key);
                        var levels = (IReadOnlyList<JobClass>)type.GetProperty("Levels")!.GetValue(null)!;
                        Assert.Equal(series.Key, Assert.Single(levels.Select(l => l.SeriesKey).Distinct()));
                        break;
                    case PayGrade grade:
                        Assert.Equal(constant("Grade"), grade.Grade);
                        var asOf = (PayGrade?)type.GetMethod("AsOf")!.Invoke(null, new object[] { new SpecDate(2100, 1, 1) });
                        Assert.Equal(grade.Grade, asOf?.Grade);
                        break;
                    default:
                        Assert.Fail(type.FullName + " has no Instance of a known kind: " + instance);
                        break;
                }

                seen.Add(instance);
            }

            Assert.Equal(all.Count, seen.OfType<JobClass>().Count());
            Assert.Equal(((IReadOnlyList<ClassSeries>)catalog.GetProperty("Series")!.GetValue(null)!).Count, seen.OfType<ClassSeries>().Count());
            Assert.Contains(seen, s => s is PayGrade);
            var kentucky = (Jurisdiction)assembly.GetType(Namespace + ".CommonwealthOfKentucky")!.GetProperty("Instance")!.GetValue(null)!;
            Assert.Equal("ky", kentucky.Key);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_same_specs_give_the_same_bytes_and_a_changed_spec_a_new_module_id()
    {
        var first = Build(string.Empty, "first");
        var second = Build(string.Empty, "second");
        Assert.Equal(first.Assembly, second.Assembly);
        Assert.Equal(first.Documentation, second.Documentation);

        var spec = Path.Combine(root, "specs", "kentucky", "production-coordinator.md");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: Production Coordinator", "title: Production Lead", StringComparison.Ordinal));
        var changed = Build(string.Empty, "changed");
        Assert.NotEqual(ModuleId(first.Assembly), ModuleId(changed.Assembly));
        Assert.Contains("ProductionLead", Describe(Reference(changed.Assembly, changed.Documentation)).First(d => d.Contains("ProductionLead", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_reports_what_the_task_found_and_writes_no_CSharp_when_the_build_compiles_the_types()
    {
        var spec = Path.Combine(root, "specs", "kentucky", "production-coordinator.md");
        var lines = File.ReadAllLines(spec).ToList();
        var at = lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal));
        lines.Insert(at, "colour: blue");
        File.WriteAllLines(spec, lines);
        Build(string.Empty, "out");
        var found = File.ReadAllText(Path.Combine(root, "out", "Consumer.JobSpecs.diagnostics"));

        var files = new[] { new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "obj/Consumer.JobSpecs.diagnostics", found) };
        var run = GeneratorHarness.Driver(files, compiledTypes: true).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();
        Assert.Empty(run.GeneratedTrees);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SPEC007", diagnostic.Id);
        Assert.Equal(Path.GetFullPath(spec), diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(at, diagnostic.Location.GetLineSpan().StartLinePosition.Line);

        // Read through the seeds as specs, the compiled mode reads none of them: no types, no diagnostics.
        var seeds = GeneratorHarness.Driver(GeneratorHarness.Seeds(), compiledTypes: true).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();
        Assert.Empty(seeds.GeneratedTrees);
        Assert.Empty(seeds.Diagnostics);

        // A setting's problem is reported once: from the task's file, not again by the generator's own model.
        var request = Request(string.Empty, "dated");
        request.PayAsOf = "not a date";
        Assert.Null(CatalogBuild.Run(request, out _));
        var dated = new[] { new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "obj/dated.diagnostics", File.ReadAllText(request.DiagnosticsFile)) };
        var once = GeneratorHarness.Driver(dated, payAsOf: "not a date", compiledTypes: true).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();
        Assert.Single(once.Diagnostics, d => d.Id == "SPECSDK003");

        var damaged = new[] { new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "obj/Consumer.JobSpecs.diagnostics", found.Replace("\t", " ", StringComparison.Ordinal)) };
        var broken = GeneratorHarness.Driver(damaged, compiledTypes: true).RunGenerators(GeneratorHarness.Compilation()).GetRunResult();
        Assert.Equal("SPECSDK005", Assert.Single(broken.Diagnostics).Id);
    }

    [Fact]
    public void The_diagnostics_file_gives_back_every_diagnostic_it_was_given()
    {
        var text = Gen.String[Gen.Char, 0, 12];
        var location = Gen.Select(text, Gen.Int[0, 1000], Gen.Int[0, 50], Gen.Int[0, 99], (path, start, length, line) =>
            new SourceLocation { Path = path, Start = start, Length = length, StartLine = line, StartColumn = length, EndLine = line + 1, EndColumn = start % 80, Page = line % 3 });
        var diagnostic = Gen.Select(text, text, location, Gen.Bool, location, (message, path, at, hasOther, other) =>
            new DiagnosticInfo { Id = "SPEC0" + message.Length, Message = message + "\t\\n\r\n" + message, FullPath = path, Location = at, OtherLocation = hasOther ? other : null, OtherFullPath = hasOther ? path + "\\other" : string.Empty });
        diagnostic.Array[0, 8].Sample(items =>
        {
            var read = DiagnosticFile.Read(DiagnosticFile.Write(items));
            Assert.NotNull(read);
            Assert.Equal(items, read);
        });
        Assert.Null(DiagnosticFile.Read("not a diagnostics file"));
    }

    [Fact]
    public void A_request_and_a_problem_cross_to_the_worker_and_back_whatever_their_paths_hold()
    {
        var request = new CatalogRequest
        {
            ProjectDirectory = "/p/",
            Specs = new[] { "/p/specs/line\nbreak.md", "/p/specs/tab\there.md", "/p/specs/back\\slash.md", "/p/specs/ünïcödé 名.md" },
            OutputAssembly = "/p/obj/X.JobSpecs.dll",
            DiagnosticsFile = "/p/obj/X.JobSpecs.diagnostics",
            Namespace = string.Empty,
            RootNamespace = "X",
            PayAsOf = "2025-07-01",
            Emit = "Constants",
        };
        var back = CatalogRequest.FromText(request.ToText());
        Assert.Equal(request.Specs, back.Specs);
        Assert.Equal(
            (request.ProjectDirectory, request.OutputAssembly, request.DiagnosticsFile, request.Namespace, request.RootNamespace, request.PayAsOf, request.Emit),
            (back.ProjectDirectory, back.OutputAssembly, back.DiagnosticsFile, back.Namespace, back.RootNamespace, back.PayAsOf, back.Emit));

        var line = new CatalogProblem("SPEC999", "/p/specs/line\nbreak.md", 3, 4, "broken\tbadly\nhere").ToLine();
        Assert.DoesNotContain('\n', line);
        var read = CatalogProblem.FromLine(line)!;
        Assert.Equal(("SPEC999", "/p/specs/line break.md", 3, 4, "broken badly here"), (read.Code, read.File, read.Line, read.Column, read.Message));
        Assert.Null(CatalogProblem.FromLine("Unhandled exception. System.IO.IOException: disk full"));
    }

    [Theory]
    [InlineData("/home/a b/tasks/worker/SpecSdk.Build.Worker.dll")]
    [InlineData("/odd/quo\"te/back\\slash/ends-with\\")]
    [InlineData("\\\"$HOME ünïcödé 'single'")]
    public void The_worker_s_path_reaches_it_as_one_argument_whatever_it_holds(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var start = new System.Diagnostics.ProcessStartInfo("printf", "%s " + CommandLine.Quote(path)) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(path, printed);
    }

    private CatalogRequest Request(string emit, string folder)
    {
        var output = Path.Combine(root, folder, "Consumer.JobSpecs.dll");
        return new CatalogRequest
        {
            ProjectDirectory = root + Path.DirectorySeparatorChar,
            Specs = Directory.GetFiles(Path.Combine(root, "specs"), "*.md", SearchOption.AllDirectories),
            OutputAssembly = output,
            DiagnosticsFile = Path.ChangeExtension(output, ".diagnostics"),
            RootNamespace = Namespace,
            Emit = emit,
        };
    }

    private (byte[] Assembly, string Documentation) Build(string emit, string folder, int? classes = 7)
    {
        var request = Request(emit, folder);
        var output = request.OutputAssembly;
        var problem = CatalogBuild.Run(request, out var summary);
        Assert.Null(problem);
        if (classes is { } count)
        {
            Assert.Contains(count + " classes", summary, StringComparison.Ordinal);
        }

        return (File.ReadAllBytes(output), File.ReadAllText(Path.ChangeExtension(output, ".xml")));
    }

    private static MetadataReference Image(byte[] assembly, string documentation) =>
        MetadataReference.CreateFromImage(assembly, documentation: new Documentation(documentation));

    private static IAssemblySymbol Reference(byte[] assembly, string documentation)
    {
        var reference = Image(assembly, documentation);
        var compilation = GeneratorHarness.Compilation().AddReferences(reference);
        return (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(reference)!;
    }

    private static Guid ModuleId(byte[] assembly)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(ImmutableArray.Create(assembly));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    /// <summary>Every public type and member of the generated namespace as a line: kind, name, type, value, attributes, summary.</summary>
    private static List<string> Describe(IAssemblySymbol assembly)
    {
        var lines = assembly.GetAttributes()
            .Where(a => a.AttributeClass?.Name == nameof(JobCodesAttribute))
            .Select(a => "assembly [JobCodes(" + a.ConstructorArguments[0].Value + ")]")
            .ToList();
        var ns = Namespace.Split('.').Aggregate(assembly.GlobalNamespace, (n, part) => n.GetNamespaceMembers().Single(m => m.Name == part));
        foreach (var type in ns.GetTypeMembers().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Describe(type, lines);
        }

        return lines;
    }

    private static void Describe(INamedTypeSymbol type, List<string> lines)
    {
        var attributes = string.Join(", ", type.GetAttributes()
            .Where(a => a.AttributeClass?.Name is "ObsoleteAttribute" or "GeneratedCodeAttribute")
            .Select(a => a.AttributeClass!.Name + "(" + string.Join(", ", a.ConstructorArguments.Select(c => c.Value)) + ")"));
        lines.Add($"type {type.ToDisplayString()} static={type.IsStatic} {type.DeclaredAccessibility} [{attributes}] {Summary(type)}");
        foreach (var member in type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.ToDisplayString(), StringComparer.Ordinal))
        {
            switch (member)
            {
                case IFieldSymbol field:
                    lines.Add($"  field {field.Name}: {field.Type.ToDisplayString()} const={field.IsConst} = {field.ConstantValue} {Summary(field)}");
                    break;
                case IPropertySymbol property:
                    lines.Add($"  property {property.Name}: {property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)} static={property.IsStatic} get={property.GetMethod is not null} set={property.SetMethod is not null} {Summary(property)}");
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                    var parameters = string.Join(", ", method.Parameters.Select(p => $"{p.RefKind} {p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)} {p.Name}{(p.HasExplicitDefaultValue ? " = " + (p.ExplicitDefaultValue ?? "null") : string.Empty)}"));
                    lines.Add($"  method {method.Name}({parameters}): {method.ReturnType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)} static={method.IsStatic} {Summary(method)}");
                    break;
                case INamedTypeSymbol nested:
                    Describe(nested, lines);
                    break;
                case IMethodSymbol:
                    break;
                default:
                    lines.Add("  unexpected " + member.Kind + " " + member.Name);
                    break;
            }
        }
    }

    /// <summary>The summary's lines, trimmed, as the IDE shows them.</summary>
    private static string Summary(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return "(no summary)";
        }

        var summary = XElement.Parse(xml).Element("summary")?.Value ?? string.Empty;
        return string.Join(" / ", summary.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>The assembly's XML documentation, as the compiler reads the file beside a reference.</summary>
    private sealed class Documentation(string xml) : DocumentationProvider
    {
        private readonly Dictionary<string, string> members = XDocument.Parse(xml).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.ToString());

        protected override string GetDocumentationForSymbol(string documentationMemberID, System.Globalization.CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
            members.TryGetValue(documentationMemberID, out var member) ? member : string.Empty;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => members.Count;
    }
}
