using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;

namespace SpecSdk.Site;

/// <summary>
/// What the compare page shows of each class, one script a class (<c>compare/ky/classes/73070v000101.js</c>) that hands
/// its data to <c>specsdkCompare.data</c>: the page loads the two it compares and no other, from a server or from disk.
/// A class is named in the page's address by its page's path without <c>.html</c>: <c>compare.html?a=ky/classes/73070v000101</c>.
/// </summary>
internal sealed class CompareData
{
    /// <summary>The compare page.</summary>
    public const string PagePath = "compare.html";

    private readonly CatalogIndex index;
    private readonly PageBuilder pages;

    public CompareData(CatalogIndex index, PageBuilder pages)
    {
        this.index = index;
        this.pages = pages;
    }

    /// <summary>How the compare page's address names a class: its page's path without <c>.html</c>.</summary>
    public static string KeyOf(string classUrl) => classUrl.EndsWith(".html", StringComparison.Ordinal) ? classUrl.Substring(0, classUrl.Length - 5) : classUrl;

    /// <summary>The paths of the data files, with what writes each.</summary>
    public IEnumerable<(string Path, Action<Stream> Write)> Files() => index.Catalog.Classes.Select(jobClass =>
        (PathOf(jobClass), (Action<Stream>)(stream => Write(stream, jobClass))));

    /// <summary>The path of a class's data file.</summary>
    public string PathOf(JobClass jobClass) => HandbookFolders.Compare + "/" + KeyOf(pages.ClassUrl(jobClass)) + ".js";

    /// <summary>The plain text of a section and its subsections, each subsection's title before its text.</summary>
    private static string Plain(Section section) =>
        string.Join(" ", section.Subsections.Select(sub => sub.Title + ": " + Plain(sub)).Prepend(Formatting.PlainText(section.Body)).Where(t => t.Length > 0));

    private IEnumerable<(string Basis, string Range)> Salaries(JobClass jobClass)
    {
        var grade = index.GradeOf(jobClass);
        var currency = index.JurisdictionOf(jobClass).Currency;
        return grade is null ? Enumerable.Empty<(string, string)>() : grade.Ranges.Select(r => (Formatting.Basis(r.Basis), Formatting.Range(r, currency)));
    }

    /// <summary>The class's allocation factor ratings, each with the factor's words where the spec gives them.</summary>
    private static IEnumerable<(string Name, string Rating)> Factors(JobClass jobClass) => jobClass.Factors.Select(f =>
        (f.FactorName, Formatting.PlainText(f.Text) is { Length: > 0 } text ? f.Rating + ": " + text : f.Rating));

    private IEnumerable<JobClass> OtherLevels(JobClass jobClass) =>
        index.SeriesOf(jobClass) is { } series ? index.LevelsOf(series).Where(c => c.Key != jobClass.Key) : Enumerable.Empty<JobClass>();

    private void Write(Stream stream, JobClass jobClass)
    {
        var key = KeyOf(pages.ClassUrl(jobClass));
        var prefix = Encoding.UTF8.GetBytes("specsdkCompare.data(" + JsonSerializer.Serialize(key) + ",");
        stream.Write(prefix, 0, prefix.Length);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("title", jobClass.Title);
            json.WriteString("code", jobClass.Code ?? string.Empty);
            json.WriteString("jurisdiction", index.JurisdictionOf(jobClass).Name);
            json.WriteString("url", pages.ClassUrl(jobClass));
            Pairs(json, "facts", pages.Facts(jobClass).Select(f => (f.Label, f.Value)));
            Pairs(json, "salaries", Salaries(jobClass));
            Pairs(json, "factors", Factors(jobClass));
            json.WriteStartArray("sections");
            foreach (var section in jobClass.Sections)
            {
                json.WriteStartArray();
                json.WriteStringValue(section.Id);
                json.WriteStringValue(section.Title);
                json.WriteStringValue(Plain(section));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            Pairs(json, "levels", OtherLevels(jobClass).Select(c => (KeyOf(pages.ClassUrl(c)), c.Title)));
            json.WriteEndObject();
        }

        stream.Write(");\n"u8);
    }

    private static void Pairs(Utf8JsonWriter json, string name, IEnumerable<(string, string)> pairs)
    {
        json.WriteStartArray(name);
        foreach (var (first, second) in pairs)
        {
            json.WriteStartArray();
            json.WriteStringValue(first);
            json.WriteStringValue(second);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
