using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using SpecSdk.Import;
using SpecSdk.Site;
using SpecSdk.Specs;
using SpecSdk.Synthesis;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

/// <summary>
/// The fuzz target CI runs: mutated inputs through the reader, the importer and the handbook, each for a bounded
/// time (20 s), seeded with the seeds, the hostile files and the XSS corpus. Each must give diagnostics or a
/// site, never an exception; CsCheck prints a failing case shrunk, with the seed that repeats it.
/// </summary>
public sealed class FuzzTests
{
    private const int Seconds = 20;

    private static readonly string[] Seeds = Directory.GetFiles(TestRepository.Path("seeds"), "*.md", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void The_reader_never_fails_on_mutated_specs()
    {
        var folder = Directory.CreateTempSubdirectory("specsdk-fuzz-").FullName;
        try
        {
            XssCorpus.WriteTo(folder);
            var corpus = Seeds.Concat(Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)).Select(File.ReadAllText)
                .Concat(HostileSpecs.All.Where(s => s.Text.Length < 200_000).Select(s => s.Text))
                .ToArray();
            Mutations.Of(corpus).Sample(Readable.Assert, time: Seconds, print: t => t.Length > 2000 ? t.Substring(0, 2000) + "…" : t);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_importer_never_fails_on_mutated_documents()
    {
        var documents = Directory.GetFiles(TestRepository.Path("seeds", "original"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Mutations.Of(documents).Sample(
            text =>
            {
                var result = Importer.Import(new[] { new ImportInput("fuzz.txt", Encoding.UTF8.GetBytes(text)) });
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == SpecDiagnostics.InternalError.Id);
            },
            time: Seconds);
    }

    [Fact]
    public void The_handbook_is_made_from_every_mutated_catalog_that_reads_without_errors()
    {
        var seeds = Seeds.Select(path => SpecReader.Read(Path.GetRelativePath(TestRepository.Path("seeds"), path).Replace('\\', '/'), File.ReadAllText(path))).ToArray();
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Mutations.Of(Seeds.Select(File.ReadAllText).ToArray())).Sample(
            (replaced, text) =>
            {
                var files = seeds.Select((file, i) => i == replaced ? SpecReader.Read(file.Path, text) : file).ToArray();
                var load = SpecLoader.Load(files);
                if (load.HasErrors)
                {
                    return;
                }

                SiteContent content;
                try
                {
                    content = new SiteContent(load.Index, new SiteOptions());
                }
                catch (SiteException)
                {
                    return;
                }

                foreach (var path in content.PagePaths.Concat(content.OtherPaths))
                {
                    Assert.NotNull(content.Make(path));
                }
            },
            time: Seconds);
    }
}
