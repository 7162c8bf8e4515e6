using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using SpecSdk.Model;
using SpecSdk.Specs;
using SpecSdk.Specs.Catalogs;
using SpecSdk.Specs.Config;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Site;

/// <summary>
/// The handbook's search index, split so that a query loads only what it needs, as Pagefind does: a small meta file
/// (where each chunk of terms starts), chunks of terms with their postings (about 24 kB each, in term order), one
/// fragment a class (what a result shows), and the filters (jurisdiction, job group, series of every class), loaded
/// only when a filter is used. Every file is a script that hands its data to <c>specsdkSearch</c>, so search works
/// from a site opened from disk, where a page may load a script but not fetch a file.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>The meta file: the number of classes, each chunk's first term, the words not indexed.</summary>
    public const string MetaPath = HandbookFolders.Search + "/meta.js";

    /// <summary>The filters file.</summary>
    public const string FiltersPath = HandbookFolders.Search + "/filters.js";

    /// <summary>How much of a class's text is indexed and shown in snippets.</summary>
    public const int TextLength = 1500;

    /// <summary>Terms longer than this are not indexed: no word is, and a hostile spec's run of letters would bloat a chunk.</summary>
    private const int MaxTermLength = 40;

    /// <summary>A chunk is closed once its terms and postings pass this size.</summary>
    private const int ChunkBytes = 24 * 1024;

    /// <summary>
    /// Words in nearly every class that say nothing about one: not indexed, and dropped from queries by the page, which
    /// reads this list from the meta file.
    /// </summary>
    private static readonly string[] StopWords =
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "such", "that", "the", "their", "this", "to", "with",
    };

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    private readonly IReadOnlyList<JobClass> classes;
    private readonly string[] excerpts;
    private readonly CatalogIndex index;
    private readonly Func<JobClass, string> url;
    private readonly IReadOnlyList<Synonym> synonyms;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly List<(string First, List<(string Term, List<int> Postings)> Terms)> chunks = new();

    /// <summary>
    /// Indexes every class of <paramref name="index"/>; a class's id is its place in the catalog. A query for the words
    /// of one of <paramref name="synonyms"/> also finds what they mean.
    /// </summary>
    public SearchIndex(CatalogIndex index, Func<JobClass, string> url, IReadOnlyList<Synonym> synonyms)
    {
        this.index = index;
        this.url = url;
        this.synonyms = synonyms;
        classes = index.Catalog.Classes;
        var perClass = new Dictionary<string, int>[classes.Count];
        excerpts = new string[classes.Count];
        Parallel.For(0, classes.Count, i =>
        {
            excerpts[i] = Excerpt(classes[i]);
            perClass[i] = Weights(classes[i], excerpts[i]);
        });

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < perClass.Length; id++)
        {
            foreach (var (term, weight) in perClass[id])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings.Add(term, list = new List<int>());
                }

                list.Add(id);
                list.Add(weight);
            }
        }

        var size = 0;
        foreach (var term in postings.Keys.OrderBy(t => t, StringComparer.Ordinal))
        {
            if (chunks.Count == 0 || size > ChunkBytes)
            {
                chunks.Add((term, new List<(string, List<int>)>()));
                size = 0;
            }

            var list = postings[term];
            chunks[chunks.Count - 1].Terms.Add((term, list));
            size += term.Length + 4 + (list.Count * 3);
        }

        Version = Fingerprint();
    }

    /// <summary>
    /// A fingerprint of everything the index's files hold, which the page adds to their addresses: files of another
    /// build are other addresses, so a browser's cache never mixes two builds.
    /// </summary>
    public string Version { get; }

    private string Fingerprint()
    {
        var fingerprint = new Fingerprint();
        void Add(string text) => fingerprint.Add(text);

        foreach (var (term, postings) in chunks.SelectMany(c => c.Terms))
        {
            Add(term);
            foreach (var number in postings)
            {
                fingerprint.Add((ulong)number);
            }
        }

        for (var i = 0; i < classes.Count; i++)
        {
            Add(classes[i].Title);
            Add(classes[i].Code ?? string.Empty);
            Add(index.JurisdictionOf(classes[i]).Name);
            Add(url(classes[i]));
            Add(excerpts[i]);
        }

        // What the filters file lists: every jurisdiction's job groups and every series, used or not.
        foreach (var jurisdiction in index.Catalog.Jurisdictions)
        {
            Add(jurisdiction.Name);
            foreach (var group in jurisdiction.JobGroups)
            {
                Add(group.Key);
                Add(group.Name);
            }
        }

        foreach (var classSeries in index.Catalog.Series)
        {
            Add(classSeries.JurisdictionKey);
            Add(classSeries.Key);
            Add(classSeries.Title);
        }

        foreach (var synonym in synonyms)
        {
            Add(synonym.Words);
            foreach (var meaning in synonym.Means)
            {
                Add(meaning);
            }
        }

        for (var i = 0; i < classes.Count; i++)
        {
            Add(index.GroupOf(classes[i])?.Key ?? string.Empty);
            Add(index.SeriesOf(classes[i])?.Key ?? string.Empty);
        }

        return fingerprint.ToString();
    }

    /// <summary>The paths of the index's files, with what writes each.</summary>
    public IEnumerable<(string Path, Action<Stream> Write)> Files()
    {
        yield return (MetaPath, WriteMeta);
        yield return (FiltersPath, WriteFilters);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = i;
            yield return (ChunkPath(chunk), stream => WriteChunk(stream, chunk));
        }

        for (var id = 0; id < classes.Count; id++)
        {
            var fragment = id;
            yield return (FragmentPath(fragment), stream => WriteFragment(stream, fragment));
        }
    }

    /// <summary>Each class's fragment: its path, the class and the excerpt a result shows of it.</summary>
    public IEnumerable<(string Path, JobClass Class, string Excerpt)> Fragments() =>
        classes.Select((jobClass, id) => (FragmentPath(id), jobClass, excerpts[id]));

    /// <summary>The chunk of terms <paramref name="chunk"/>.</summary>
    public static string ChunkPath(int chunk) => HandbookFolders.Search + "/t/" + chunk.ToString(CultureInfo.InvariantCulture) + ".js";

    /// <summary>The fragment of class <paramref name="id"/>.</summary>
    public static string FragmentPath(int id) => HandbookFolders.Search + "/f/" + id.ToString(CultureInfo.InvariantCulture) + ".js";

    /// <summary>
    /// The terms of <paramref name="text"/>, as the page makes them from a query: lower case, marks dropped, folded
    /// (<see cref="Text.Folding"/>), runs of letters and decimal digits (by code point) of at most 40 characters.
    /// </summary>
    public static IEnumerable<string> Terms(string text)
    {
        var term = new StringBuilder();

        // One past the end ends the last term. ASCII, most of every spec, is told apart without decoding runes: that
        // was most of the cost of indexing 10,000 classes.
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] < 0x80)
            {
                var c = text[i];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    term.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                    continue;
                }
            }
            else if (i < text.Length)
            {
                Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
                i += length - 1;
                var lower = Rune.ToLowerInvariant(rune);
                var category = Rune.GetUnicodeCategory(lower);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                if (Rune.IsLetterOrDigit(lower))
                {
                    if (!lower.IsBmp)
                    {
                        term.Append(lower.ToString());
                    }
                    else if (Text.TryFold((char)lower.Value, out var folded))
                    {
                        term.Append(folded);
                    }
                    else
                    {
                        term.Append((char)lower.Value);
                    }

                    continue;
                }
            }

            if (term.Length > 0 && term.Length <= MaxTermLength)
            {
                yield return term.ToString();
            }

            term.Clear();
        }
    }

    /// <summary>
    /// The terms of <paramref name="text"/> as the index holds them: <see cref="Terms"/> without the stop words, each
    /// stemmed (<see cref="Stemmer"/>), so "supervised" is held as "supervis".
    /// </summary>
    public IEnumerable<string> Keys(string text) => Terms(text).Where(t => !Stop.Contains(t)).Select(Stem);

    /// <summary>The stem of a term, each distinct term stemmed once a build: a catalog has some tens of thousands, in millions of places.</summary>
    private string Stem(string term) => stems.GetOrAdd(term, Stemmer.Stem);

    /// <summary>
    /// The text search looks in and snippets come from: the sections' Markdown as plain text (<see
    /// cref="Formatting.AppendPlain"/>), at most <see cref="TextLength"/> characters.
    /// </summary>
    public static string Excerpt(JobClass jobClass)
    {
        var text = new StringBuilder(TextLength + 100);
        foreach (var section in jobClass.Sections)
        {
            if (!Formatting.AppendPlain(text, section.Body, TextLength))
            {
                return text.ToString();
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// Each term of a class with its weight, 1 to 15: 8 when the title, an alternate title or the code has it, plus how
    /// often the text has it (at most 7). A code is indexed in its parts and whole, so "C-100" is found by "c-100" and
    /// by "c100"; alternate titles are what people search for ("Help Desk Technician" for an IT specialist).
    /// </summary>
    private Dictionary<string, int> Weights(JobClass jobClass, string excerpt)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var heading = Keys(jobClass.Title).Concat(Keys(jobClass.ShortTitle ?? string.Empty)).Concat(jobClass.AlternateTitles.SelectMany(Keys));
        if (jobClass.Code is { } code)
        {
            heading = heading.Concat(Keys(code)).Concat(Keys(string.Concat(Terms(code))));
        }

        foreach (var term in heading)
        {
            weights[term] = 8;
        }

        foreach (var term in Keys(excerpt))
        {
            weights.TryGetValue(term, out var weight);
            weights[term] = (weight & 7) == 7 ? weight : weight + 1;
        }

        return weights;
    }

    private void WriteMeta(Stream stream)
    {
        using var writer = Begin(stream, "meta(");
        writer.WriteStartObject();
        writer.WriteNumber("classes", classes.Count);
        writer.WriteString("version", Version);
        writer.WriteStartArray("chunks");
        foreach (var (first, _) in chunks)
        {
            writer.WriteStringValue(first);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("stop");
        foreach (var word in StopWords)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        writer.WriteString("fold", Text.Folding);
        WriteSynonyms(writer);
        writer.WriteEndObject();
        End(writer, stream);
    }

    /// <summary>
    /// The synonyms, each with its words as the page compares them with a query's (the query's terms stemmed, stop
    /// words kept: "IT" is one) and each meaning with the keys a class must have for it (stop words dropped, as the
    /// index has none).
    /// </summary>
    private void WriteSynonyms(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("synonyms");

        // Words that differ only in their endings ("lawyer", "Lawyers") are one query: their meanings go together, the
        // first words named, or the page would use the first and never the second.
        var byKey = synonyms
            .Select(s => (Synonym: s, Key: Terms(s.Words).Select(Stem).ToList()))
            .GroupBy(s => string.Join(" ", s.Key), StringComparer.Ordinal);
        foreach (var group in byKey)
        {
            var means = group.SelectMany(s => s.Synonym.Means).Select(m => (Text: m, Keys: Keys(m).ToList())).Where(m => m.Keys.Count > 0)
                .GroupBy(m => string.Join(" ", m.Keys), StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (means.Count == 0)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("words", group.First().Synonym.Words);
            writer.WriteStartArray("key");
            foreach (var term in group.First().Key)
            {
                writer.WriteStringValue(term);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("means");
            foreach (var (text, keys) in means)
            {
                writer.WriteStartObject();
                writer.WriteString("text", text);
                writer.WriteStartArray("keys");
                foreach (var key in keys)
                {
                    writer.WriteStringValue(key);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A chunk: each term with its postings, one number a class: the distance from the previous class's id, times 16,
    /// plus the weight.
    /// </summary>
    private void WriteChunk(Stream stream, int chunk)
    {
        using var writer = Begin(stream, "chunk(" + chunk.ToString(CultureInfo.InvariantCulture) + ",");
        writer.WriteStartObject();
        foreach (var (term, postings) in chunks[chunk].Terms)
        {
            writer.WriteStartArray(term);
            var previous = 0;
            for (var i = 0; i < postings.Count; i += 2)
            {
                writer.WriteNumberValue(((long)(postings[i] - previous) * 16) + postings[i + 1]);
                previous = postings[i];
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        End(writer, stream);
    }

    private void WriteFragment(Stream stream, int id)
    {
        var jobClass = classes[id];
        using var writer = Begin(stream, "fragment(" + id.ToString(CultureInfo.InvariantCulture) + ",");
        writer.WriteStartObject();
        writer.WriteString("title", jobClass.Title);
        writer.WriteString("code", jobClass.Code ?? string.Empty);
        writer.WriteString("jurisdiction", index.JurisdictionOf(jobClass).Name);
        writer.WriteString("url", url(jobClass));
        writer.WriteString("text", excerpts[id]);
        if (!jobClass.AlternateTitles.IsEmpty)
        {
            // So a result can say why it matched: "Alternate title: Help Desk Technician".
            writer.WriteStartArray("aka");
            foreach (var title in jobClass.AlternateTitles)
            {
                writer.WriteStringValue(title);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        End(writer, stream);
    }

    /// <summary>
    /// The filters: the jurisdictions, job groups and series by name, and for each class the place of its own in those
    /// lists (-1 for none), three numbers a class.
    /// </summary>
    private void WriteFilters(Stream stream)
    {
        var jurisdictions = index.Catalog.Jurisdictions;
        var several = jurisdictions.Count > 1;
        var groups = new List<(string, string)>();
        var groupIds = new Dictionary<(string, string), int>();
        foreach (var jurisdiction in jurisdictions)
        {
            foreach (var group in jurisdiction.JobGroups)
            {
                groupIds[(jurisdiction.Key, group.Key)] = groups.Count;
                groups.Add((group.Name, jurisdiction.Name));
            }
        }

        var seriesIds = new Dictionary<(string, string), int>();
        var series = index.Catalog.Series;
        for (var i = 0; i < series.Count; i++)
        {
            seriesIds[(series[i].JurisdictionKey, series[i].Key)] = i;
        }

        var jurisdictionIds = jurisdictions.Select((j, i) => (j.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        using var writer = Begin(stream, "filters(");
        writer.WriteStartObject();
        writer.WriteStartArray("jurisdictions");
        foreach (var jurisdiction in jurisdictions)
        {
            writer.WriteStringValue(jurisdiction.Name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("groups");
        foreach (var (name, jurisdiction) in groups)
        {
            writer.WriteStringValue(several ? name + " (" + jurisdiction + ")" : name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("series");
        foreach (var classSeries in series)
        {
            writer.WriteStringValue(several ? classSeries.Title + " (" + index.JurisdictionOf(classSeries).Name + ")" : classSeries.Title);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("of");
        foreach (var jobClass in classes)
        {
            var group = index.GroupOf(jobClass);
            var classSeries = index.SeriesOf(jobClass);
            writer.WriteNumberValue(jurisdictionIds[jobClass.JurisdictionKey]);
            writer.WriteNumberValue(group is null ? -1 : groupIds[(jobClass.JurisdictionKey, group.Key)]);
            writer.WriteNumberValue(classSeries is null ? -1 : seriesIds[(classSeries.JurisdictionKey, classSeries.Key)]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        End(writer, stream);
    }

    private static Utf8JsonWriter Begin(Stream stream, string call)
    {
        var prefix = Encoding.UTF8.GetBytes("specsdkSearch." + call);
        stream.Write(prefix, 0, prefix.Length);
        return new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
    }

    private static void End(Utf8JsonWriter writer, Stream stream)
    {
        writer.Flush();
        stream.Write(");\n"u8);
    }
}
