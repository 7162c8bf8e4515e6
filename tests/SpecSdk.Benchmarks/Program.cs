using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using SpecSdk.Specs;
using SpecSdk.Synthesis;

namespace SpecSdk.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/SpecSdk.Benchmarks -- --filter '*'</c>.
/// <c>-- synthesize DIR N</c> writes N synthesized classes as spec files, and <c>-- hugo DIR N</c> writes the same
/// classes as a Hugo project (one Markdown page each, a minimal layout) for compare-with-hugo.sh.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] is "synthesize" or "hugo" && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var classes))
        {
            if (args[0] == "synthesize")
            {
                SpecSynthesizer.WriteTo(args[1], classes);
            }
            else
            {
                WriteHugoProject(args[1], classes);
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>The classes as Hugo content: title, code and grade in front matter, the class's sections as the body.</summary>
    private static void WriteHugoProject(string directory, int classes)
    {
        var files = SpecSynthesizer.Create(classes).Select(f => SpecReader.Read(f.Path, f.Text)).ToList();
        var catalog = SpecLoader.Load(files).Catalog;
        var content = Path.Combine(directory, "content", "classes");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(directory, "layouts", "_default"));
        File.WriteAllText(Path.Combine(directory, "hugo.toml"), "baseURL = \"/\"\ntitle = \"Job class specifications\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n");
        File.WriteAllText(Path.Combine(directory, "layouts", "_default", "baseof.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        File.WriteAllText(Path.Combine(directory, "layouts", "_default", "single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><dl><dt>Code</dt><dd>{{ .Params.code }}</dd><dt>Grade</dt><dd>{{ .Params.grade }}</dd></dl>{{ .Content }}{{ end }}\n");
        File.WriteAllText(Path.Combine(directory, "layouts", "_default", "list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><table>{{ range .Pages }}<tr><td><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></td><td>{{ .Params.code }}</td></tr>{{ end }}</table>{{ end }}\n");
        var number = 0;
        foreach (var jobClass in catalog.Classes)
        {
            var body = string.Concat(jobClass.Sections.Select(s => "## " + s.Title + "\n\n" + s.Lead + "\n\n" + s.Body + "\n\n" + string.Concat(s.Subsections.Select(u => "### " + u.Title + "\n\n" + u.Body + "\n\n"))));
            var frontMatter = $"---\ntitle: \"{jobClass.Title.Replace("\"", "\\\"")}\"\ncode: \"{jobClass.Code}\"\ngrade: \"{jobClass.Grade}\"\n---\n\n";
            File.WriteAllText(Path.Combine(content, $"class-{number++:D5}.md"), frontMatter + body);
        }
    }
}
