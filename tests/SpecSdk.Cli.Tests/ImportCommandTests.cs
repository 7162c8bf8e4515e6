using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using SpecSdk.Testing;

namespace SpecSdk.Cli.Tests;

/// <summary>specsdk import: layouts reported, nothing written on errors, existing specs protected, a handbook as faithful as the seeds'.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("specsdk-import-").FullName;

    private static string Originals => TestRepository.Path("seeds", "original");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_folder_with_a_link_cycle_imports_each_document_once()
    {
        var documents = Path.Combine(folder, "documents");
        Directory.CreateDirectory(documents);
        foreach (var original in Directory.GetFiles(Originals, "*.txt"))
        {
            File.Copy(original, Path.Combine(documents, Path.GetFileName(original)));
        }

        Directory.CreateSymbolicLink(Path.Combine(documents, "again"), documents);

        var (code, text, error) = Cli.Run("import", documents, "-o", Path.Combine(folder, "specs"));

        Assert.True(code == 0, text + error);
        Assert.Contains("Imported 4 document(s)", text, StringComparison.Ordinal);
        Assert.Contains("again: warning SPEC091", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_named_like_a_document_is_refused_without_being_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var pipe = Path.Combine(folder, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe)!)
        {
            mkfifo.WaitForExit();
        }

        var (code, _, error) = Cli.Run("import", pipe, "-o", Path.Combine(folder, "specs"));

        Assert.Equal(2, code);
        Assert.Contains("it is empty, or not a regular file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_the_seed_documents_reporting_each_layout()
    {
        var output = Path.Combine(folder, "specs");
        var (code, text, error) = Cli.Run("import", Originals, "-o", output);
        Assert.True(code == 0, text + error);
        // Paths by the one rule: a folder in no repository, outside the current folder, by its full path.
        Assert.Contains("000_f9e488b68215ebe5.txt: kentucky layout → " + Path.Combine(output, "kentucky", "production-coordinator.md"), text, StringComparison.Ordinal);
        Assert.Contains("002_39d9cd6d330901a5.txt: colorado layout → " + Path.Combine(output, "colorado", "customer-support-coordinator", "series.md"), text, StringComparison.Ordinal);
        Assert.Contains("003_c413c47e85ec8b65.txt: judicial-council layout →", text, StringComparison.Ordinal);
        Assert.Contains("Imported 4 document(s) (kentucky 2, colorado 1, judicial-council 1)", text, StringComparison.Ordinal);
        Assert.Equal(11, Directory.GetFiles(output, "*.md", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetFiles(output, "*.specsdk-import", SearchOption.AllDirectories));
        Assert.Equal(0, Cli.Run("validate", output, "--warnaserror").Code);
    }

    [Fact]
    public void The_handbook_built_from_the_imported_folder_has_every_sentence_and_figure_of_the_originals()
    {
        var specs = Path.Combine(folder, "specs");
        var site = Path.Combine(folder, "site");
        Assert.Equal(0, Cli.Run("import", Originals, "-o", specs).Code);
        var build = Cli.Run("build", specs, "-o", site);
        Assert.True(build.Code == 0, build.Output + build.Error);
        // As the fidelity tool reads a page: scripts and styles dropped, tags removed, entities decoded.
        var text = string.Join("\n", Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p =>
            WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(File.ReadAllText(p), "(?is)<(script|style)\\b.*?</\\1>", " "), "(?s)<[^>]+>", " "))));
        foreach (var original in Directory.GetFiles(Originals, "*.txt"))
        {
            var missing = Fidelity.Missing(File.ReadAllText(original), text);
            Assert.True(missing.Count == 0, string.Join("\n", missing));
        }
    }

    [Fact]
    public void A_folder_of_PDFs_imports_as_its_text_exports_do_and_a_scan_among_them_stops_nothing_but_itself()
    {
        var pdfs = Path.Combine(folder, "pdfs");
        Directory.CreateDirectory(pdfs);
        foreach (var original in Directory.GetFiles(Originals, "*.txt"))
        {
            File.WriteAllBytes(Path.Combine(pdfs, Path.GetFileNameWithoutExtension(original) + ".pdf"), TestPdf.Of(File.ReadAllText(original)));
        }

        var scan = Path.Combine(folder, "scan.pdf");
        File.WriteAllBytes(scan, TestPdf.WithoutText(1));
        var fromPdfs = Path.Combine(folder, "from-pdfs");
        var refused = Cli.Run("import", pdfs, scan, "-o", fromPdfs);
        Assert.Equal(1, refused.Code);
        Assert.Contains("scan.pdf(1,1): error IMP012: None of the PDF's 1 page(s) has text", refused.Output, StringComparison.Ordinal);
        Assert.Contains("000_f9e488b68215ebe5.pdf: kentucky layout →", refused.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fromPdfs));

        var (code, text, error) = Cli.Run("import", pdfs, "-o", fromPdfs);
        var fromText = Path.Combine(folder, "from-text");
        Assert.True(code == 0, text + error);
        Assert.Contains("Imported 4 document(s) (kentucky 2, colorado 1, judicial-council 1)", text, StringComparison.Ordinal);
        Assert.Equal(0, Cli.Run("import", Originals, "-o", fromText).Code);
        var made = Directory.GetFiles(fromText, "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(fromText, p)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(made, Directory.GetFiles(fromPdfs, "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(fromPdfs, p)).Order(StringComparer.Ordinal));
        foreach (var file in made)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(fromText, file)), File.ReadAllText(Path.Combine(fromPdfs, file)));
        }
    }

    [Fact]
    public void Nothing_is_written_when_an_input_has_an_error()
    {
        var recipe = Path.Combine(folder, "recipe.txt");
        File.WriteAllText(recipe, "Pancakes\n\nMix flour and milk.\n");
        var output = Path.Combine(folder, "specs");
        var (code, text, _) = Cli.Run("import", Originals, recipe, "-o", output);
        Assert.Equal(1, code);
        Assert.Contains("recipe.txt(1,1): error IMP003:", text, StringComparison.Ordinal);
        Assert.Contains("nothing was written", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Existing_specs_are_not_overwritten_without_force_and_the_jurisdiction_file_is_kept()
    {
        var output = Path.Combine(folder, "specs");
        var kentucky = Path.Combine(Originals, "000_f9e488b68215ebe5.txt");
        Assert.Equal(0, Cli.Run("import", kentucky, "-o", output).Code);
        var again = Cli.Run("import", kentucky, "-o", output);
        Assert.Equal(2, again.Code);
        Assert.Contains("kentucky/production-coordinator.md already exist(s)", again.Error, StringComparison.Ordinal);

        var jurisdiction = Path.Combine(output, "kentucky", "jurisdiction.md");
        File.AppendAllText(jurisdiction, "\n## Local Note {#local-note}\n\nKept by hand.\n");
        var (code, text, error) = Cli.Run("import", Path.Combine(Originals, "001_1ec98876241d0fee.txt"), "-o", output);
        Assert.Equal(1, code);
        Assert.Contains("Kept the existing " + jurisdiction, text, StringComparison.Ordinal);
        Assert.Contains("error SPEC034", text + error, StringComparison.Ordinal);
        Assert.Contains("Kept by hand.", File.ReadAllText(jurisdiction), StringComparison.Ordinal);

        Assert.Equal(0, Cli.Run("import", Originals, "-o", output, "--force").Code);
        Assert.DoesNotContain("Kept by hand.", File.ReadAllText(jurisdiction), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_layout_is_used_and_an_unknown_one_is_bad_usage()
    {
        var output = Path.Combine(folder, "specs");
        var council = Path.Combine(Originals, "003_c413c47e85ec8b65.txt");
        var (code, text, _) = Cli.Run("import", council, "-o", output, "--layout", "judicial-council");
        Assert.Equal(0, code);
        Assert.Contains("judicial-council layout", text, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("import", council, "-o", output, "--layout", "texas").Code);
        Assert.Equal(2, Cli.Run("import", Path.Combine(folder, "missing.txt"), "-o", output).Code);
    }
}
