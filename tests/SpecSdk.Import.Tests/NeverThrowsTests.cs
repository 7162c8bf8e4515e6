using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using SpecSdk.Specs;
using SpecSdk.Testing;

namespace SpecSdk.Import.Tests;

/// <summary>Random and mutated text gives diagnostics, never an exception; whatever is made reads back.</summary>
public class NeverThrowsTests
{
    private const string Significant = "-:*#()[]{}\"'$,./\\|>\t\n\n \u00A0\u00AD\uFEFF\u2028é’漢\U0001F600";

    private static readonly string[] Originals = Directory
        .GetFiles(TestRepository.Path("seeds", "original"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .Concat(new[] { "ky-variant.txt", "ky-nocode.txt", "co-variant.txt", "co-class-description.txt", "jcc-variant.txt" }.Select(Imports.Variant))
        .ToArray();

    private static readonly Gen<string> Snippet = Gen.OneOf<string>(
        Gen.String[Gen.Char[Significant + "AZaz09"], 1, 12],
        Gen.OneOf<string>("Job Code:", "Grade:", "\nFACTORS\n", "Decision Making -- ", "Complexity (Patterned) -- ", "Valid as of: ", "\nCONCEPT OF CLASS\n", " (G2C9XX)\n", "G2C9XX\n", "NONE\n", "Page 3 of 4\n", "1/1/75 ", "- ", "OR\n", "$1.00-$2.00 - Hourly\n", "\tna\tna\n"));

    /// <summary>An original with random cuts, insertions and line swaps.</summary>
    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Originals.Length - 1], Gen.Int[1, 8].SelectMany(n => Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Double[0, 1], Snippet).Array[n]))
            .Select((seed, edits) => edits.Aggregate(Originals[seed], (text, edit) => Apply(text, edit.Item1, edit.Item2, edit.Item3, edit.Item4)));

    [Fact]
    public void Random_text_never_throws() =>
        Gen.String[Gen.Char[Significant + "ABCKYabc0123"], 0, 600].Sample(text => AssertImports(text), iter: 2000);

    [Fact]
    public void Mutated_documents_never_throw() => Mutated.Sample(text => AssertImports(text), iter: 2000);

    [Fact]
    public void Every_layout_reads_every_mutated_document_without_throwing() =>
        Mutated.Sample(
            text =>
            {
                foreach (var layout in Importer.LayoutNames.Skip(1))
                {
                    var result = Importer.Import(new[] { new ImportInput("forced.txt", Encoding.UTF8.GetBytes(text)) }, layout);
                    Assert.DoesNotContain(result.Validation, d => d.Id == SpecDiagnostics.InternalError.Id);
                }
            },
            iter: 500);

    /// <summary>A layout drafted from any document reads back as a layout file without a diagnostic; one that cannot be drafted says why.</summary>
    [Fact]
    public void Drafting_a_layout_from_a_mutated_document_never_throws_and_the_draft_reads_cleanly() =>
        Mutated.Sample(
            text =>
            {
                var draft = Importer.DraftLayout(new ImportInput("draft.txt", Encoding.UTF8.GetBytes(text)));
                if (draft.Text is null)
                {
                    Assert.NotEmpty(draft.Diagnostics);
                    return;
                }

                var (layout, problems) = ImportLayout.Read("draft.yml", Encoding.UTF8.GetBytes(draft.Text), Encoding.UTF8.GetByteCount(draft.Text));
                Assert.NotNull(layout);
                Assert.Empty(problems.Select(p => p.ToString()));
            },
            iter: 300);

    [Fact]
    public void Random_bytes_never_throw() =>
        Gen.Byte.Array[0, 400].Sample(bytes => Importer.Import(new[] { new ImportInput("bytes.txt", bytes) }), iter: 2000);

    /// <summary>
    /// A seed PDF with bytes overwritten, cut or repeated: the PDF reader meets damaged objects, streams and cross
    /// references. Each import ends with files or a diagnostic about the PDF, never an exception.
    /// </summary>
    [Fact]
    public void Damaged_PDFs_never_throw()
    {
        var pdf = TestPdf.Of(Originals[0]);
        Gen.Select(Gen.Int[0, pdf.Length - 1], Gen.Int[1, 64], Gen.Byte, Gen.Int[0, 2]).Sample(
            (at, length, value, how) =>
            {
                var bytes = how switch
                {
                    0 => pdf.Select((b, i) => i >= at && i < at + length ? value : b).ToArray(),
                    1 => pdf.AsSpan(0, at).ToArray(),
                    _ => pdf.Take(at).Concat(pdf.Skip(at).Take(length)).Concat(pdf.Skip(at)).ToArray(),
                };
                var result = Importer.Import(new[] { new ImportInput("damaged.pdf", bytes) });
                Assert.True(result.Files.Count > 0 || result.Diagnostics.Count > 0);
                Assert.DoesNotContain(result.Validation, d => d.Id == SpecDiagnostics.InternalError.Id);
            },
            iter: 300);
    }

    private static void AssertImports(string text)
    {
        var result = Imports.Run(("input.txt", text));
        Assert.DoesNotContain(result.Validation, d => d.Id == SpecDiagnostics.InternalError.Id);
        Assert.All(result.Diagnostics, d => Assert.Equal("input.txt", d.Location.Path));
        if (result.Files.Count == 0)
        {
            Assert.True(result.HasErrors);
        }
    }

    private static string Apply(string text, int kind, double at, double to, string snippet)
    {
        var lines = text.Split('\n').ToList();
        var i = (int)(at * (lines.Count - 1));
        var j = (int)(to * (lines.Count - 1));
        switch (kind)
        {
            case 0:
                lines.RemoveRange(Math.Min(i, j), Math.Abs(i - j) + 1 == lines.Count ? 0 : Math.Min(3, Math.Abs(i - j) + 1));
                break;
            case 1:
                var line = lines[i];
                var column = (int)(to * line.Length);
                lines[i] = line.Substring(0, column) + snippet + line.Substring(column);
                break;
            default:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
        }

        return string.Join("\n", lines);
    }
}
