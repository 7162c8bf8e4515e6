using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SpecSdk.Specs.Config;
using SpecSdk.Testing;

namespace SpecSdk.Specs.Tests;

/// <summary>synonyms.yml: what search reads from it, and every problem at its line and column.</summary>
public sealed class SynonymsTests
{
    [Fact]
    public void Each_line_is_words_and_what_they_mean_one_meaning_or_a_list()
    {
        var (synonyms, diagnostics) = Read("# what people search for\nlawyer: [Attorney, \"Counsel\"]\nIT: information technology\nhelp desk:\n  - customer support\n  - service desk\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "lawyer", "IT", "help desk" }, synonyms.Select(s => s.Words));
        Assert.Equal(new[] { "Attorney", "Counsel" }, synonyms[0].Means);
        Assert.Equal(new[] { "information technology" }, synonyms[1].Means);
        Assert.Equal(new[] { "customer support", "service desk" }, synonyms[2].Means);
    }

    [Fact]
    public void The_seeds_synonyms_are_valid()
    {
        var path = TestRepository.Path("seeds", SynonymsReader.FileName);
        var bytes = File.ReadAllBytes(path);
        var (synonyms, diagnostics) = SynonymsReader.Read(path, bytes, bytes.Length);

        Assert.Empty(diagnostics);
        Assert.Contains(synonyms, s => s.Words == "help desk" && s.Means.Contains("customer support"));
    }

    [Fact]
    public void An_empty_file_or_one_of_comments_has_no_synonyms_and_no_problem()
    {
        Assert.Equal((0, 0), Counts(Read(string.Empty)));
        Assert.Equal((0, 0), Counts(Read("# none yet\n")));
    }

    [Theory]
    [InlineData("lawyer: [attorney\n", "SYN001", 1)]
    [InlineData("- lawyer\n- attorney\n", "SYN001", 1)]
    [InlineData("just text\n", "SYN001", 1)]
    [InlineData("ok: fine\nlawyer: {who: attorney}\n", "SYN002", 2)]
    [InlineData("ok: fine\nlawyer: [[attorney]]\n", "SYN002", 2)]
    [InlineData("ok: fine\nlawyer:\n", "SYN003", 2)]
    [InlineData("ok: fine\nlawyer: [attorney, ~]\n", "SYN003", 2)]
    [InlineData("ok: fine\n\"--\": attorney\n", "SYN003", 2)]
    [InlineData("ok: fine\nlawyer: \"-- !\"\n", "SYN003", 2)]
    [InlineData("ok: fine\nlawyer: \"two\\nlines\"\n", "SYN003", 2)]
    [InlineData("ok: fine\nlawyer: Lawyer\n", "SYN003", 2)]
    [InlineData("IT: information technology\nit: computers\n", "SYN004", 2)]
    [InlineData("Café: coffee\ncafe: tea\n", "SYN004", 2)]
    [InlineData("ok: fine\nlawyer: [attorney, Attorney]\n", "SYN004", 2)]
    public void A_problem_is_its_diagnostic_at_its_line(string text, string id, int line)
    {
        var (_, diagnostics) = Read(text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(line, diagnostic.Location.StartLine + 1);
        Assert.Equal("synonyms.yml", diagnostic.Location.Path);
    }

    [Fact]
    public void A_line_with_a_problem_is_left_out_and_the_others_are_kept()
    {
        var (synonyms, diagnostics) = Read("lawyer: attorney\nbad: {x: y}\nIT: information technology\nlawyer: counsel\n");

        Assert.Equal(new[] { "SYN002", "SYN004" }, diagnostics.Select(d => d.Id));
        Assert.Equal("'lawyer' repeats the words on line 1, as search compares words (case and accents aside). Keep one.", diagnostics[1].Message);
        Assert.Equal(new[] { "lawyer", "IT" }, synonyms.Select(s => s.Words));
        Assert.Equal(new[] { "attorney" }, synonyms[0].Means);
    }

    [Theory]
    [InlineData("a: &x [b]\nc: *x\n", "SYN001: synonyms.yml cannot be read: Aliases")]
    [InlineData("a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[b]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n", "SYN001: synonyms.yml cannot be read: It is nested more than 32 levels deep here. This file never needs that much nesting")]
    public void What_the_yaml_reading_refuses_is_said_of_the_synonyms_file_not_of_a_spec(string text, string start)
    {
        var diagnostic = Read(text).Diagnostics.First();

        Assert.StartsWith(start, diagnostic.Id + ": " + diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("spec file", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("front matter", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_phrase_longer_than_the_limit_is_refused_with_its_length()
    {
        var (_, diagnostics) = Read("lawyer: " + new string('a', SynonymsReader.MaxPhrase + 1) + "\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SYN003", diagnostic.Id);
        Assert.Contains("101 characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_too_large_or_not_utf8_is_one_diagnostic_and_not_read()
    {
        var large = SynonymsReader.Read("synonyms.yml", new byte[16], 50_000_000).Diagnostics;
        var binary = SynonymsReader.Read("synonyms.yml", new byte[] { 0x61, 0x3A, 0x20, 0xFF }, 4).Diagnostics;

        Assert.Equal("SYN001", Assert.Single(large).Id);
        Assert.Contains("50,000,000 bytes", large[0].Message, StringComparison.Ordinal);
        Assert.Equal("SYN001", Assert.Single(binary).Id);
        Assert.Contains("not UTF-8", binary[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Café au lait", "cafe au lait")]
    [InlineData("  IT  ", "it")]
    [InlineData("help-desk / service", "help desk service")]
    [InlineData("--", "")]
    public void Words_compare_as_search_compares_them(string text, string words) => Assert.Equal(words, SynonymsReader.SearchWords(text));

    [Fact]
    public void Every_descriptor_is_documented_and_the_schema_has_the_limit()
    {
        var page = File.ReadAllText(TestRepository.Path("docs", "diagnostics.md")).Replace("\r\n", "\n");
        Assert.All(SynonymDiagnostics.All, d => Assert.Contains($"## {d.Id}\n\n**{d.Title}** ({d.DefaultSeverity.ToString().ToLowerInvariant()})", page, StringComparison.Ordinal));
        Assert.All(SynonymDiagnostics.All, d => Assert.Contains($"| [{d.Id}](#{d.Id.ToLowerInvariant()}) | {d.Title} | {d.DefaultSeverity.ToString().ToLowerInvariant()} |", page, StringComparison.Ordinal));

        using var schema = JsonDocument.Parse(File.ReadAllText(TestRepository.Path("docs", "synonyms.schema.json")));
        Assert.Equal(SynonymsReader.MaxPhrase, schema.RootElement.GetProperty("propertyNames").GetProperty("maxLength").GetInt32());
        Assert.Equal(SynonymsReader.MaxPhrase, schema.RootElement.GetProperty("$defs").GetProperty("phrase").GetProperty("maxLength").GetInt32());
    }

    private static (int, int) Counts((IReadOnlyList<Synonym> Synonyms, IReadOnlyList<SpecDiagnostic> Diagnostics) read) => (read.Synonyms.Count, read.Diagnostics.Count);

    private static (IReadOnlyList<Synonym> Synonyms, IReadOnlyList<SpecDiagnostic> Diagnostics) Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return SynonymsReader.Read("synonyms.yml", bytes, bytes.Length);
    }
}
