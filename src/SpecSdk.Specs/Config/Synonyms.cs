using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Config
{
    /// <summary>
    /// A line of <c>synonyms.yml</c>: words people search for (<c>lawyer</c>) and what the specs call it
    /// (<c>Attorney</c>, <c>Counsel</c>). A search for the words also finds the classes with any of the meanings.
    /// </summary>
    public sealed record Synonym
    {
        /// <summary>The words searched for, as written.</summary>
        public string Words { get; init; } = string.Empty;

        /// <summary>What they mean, each a word or phrase as written, in the file's order.</summary>
        public EquatableArray<string> Means { get; init; }
    }

    /// <summary>Reads <c>synonyms.yml</c>, in the spec folder, with the spec reader's YAML handling: every problem is a SYN diagnostic at its place.</summary>
    public static class SynonymsReader
    {
        /// <summary>The file's name in the spec folder.</summary>
        public const string FileName = "synonyms.yml";

        /// <summary>The file's size limit: a handbook's synonyms are hundreds of lines, not megabytes.</summary>
        public const int MaxCharacters = 1024 * 1024;

        /// <summary>The longest words or meaning, in characters: a phrase, not a paragraph.</summary>
        public const int MaxPhrase = 100;

        /// <summary>
        /// Reads the synonyms at <paramref name="path"/> (as reported) from <paramref name="bytes"/>, the start of a file
        /// of <paramref name="length"/> bytes. A line with a problem is left out; the others are kept.
        /// </summary>
        public static (IReadOnlyList<Synonym> Synonyms, IReadOnlyList<SpecDiagnostic> Diagnostics) Read(string path, byte[] bytes, long length)
        {
            var (root, context) = YamlFile.Parse(path, bytes, length, MaxCharacters, SynonymDiagnostics.Syntax);
            var synonyms = new List<Synonym>();
            if (root is YamlMap map)
            {
                var seen = new Dictionary<string, YamlText>(StringComparer.Ordinal);
                foreach (var entry in map.Entries)
                {
                    if (Entry(entry.Key, entry.Value, context, seen) is { } synonym)
                    {
                        synonyms.Add(synonym);
                    }
                }
            }
            else if (root is not null && root is not YamlText { IsNull: true } && context.Diagnostics.Count == 0)
            {
                context.Report(SynonymDiagnostics.Syntax, root, "it must be lines of words and what they mean (lawyer: [attorney, counsel]), not " + root.Describe());
            }

            var diagnostics = context.Diagnostics.Select(d => d.Id.StartsWith("SYN", StringComparison.Ordinal) ? d : YamlFile.AsSyntax(d, SynonymDiagnostics.Syntax)).ToList();
            diagnostics.Sort(SpecDiagnostic.Order);
            return (synonyms, diagnostics);
        }

        /// <summary>
        /// The words of <paramref name="text"/> as search compares them: lower case, folded (<see cref="Text.Folding"/>),
        /// runs of letters and digits joined by single spaces; empty when it has none.
        /// </summary>
        public static string SearchWords(string text)
        {
            var words = new StringBuilder(text.Length);
            var gap = false;
            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    gap = words.Length > 0;
                    continue;
                }

                if (gap)
                {
                    words.Append(' ');
                    gap = false;
                }

                var lower = char.ToLowerInvariant(c);
                words.Append(Text.TryFold(lower, out var folded) ? folded : lower.ToString());
            }

            return words.ToString();
        }

        private static Synonym? Entry(YamlText key, YamlValue value, ReadContext context, Dictionary<string, YamlText> seen)
        {
            var words = key.Value.Trim();
            if (Problem(words) is { } problem)
            {
                context.Report(SynonymDiagnostics.Invalid, key, words, problem);
                return null;
            }

            var search = SearchWords(words);
            if (seen.TryGetValue(search, out var first))
            {
                context.Report(SynonymDiagnostics.Twice, key, words, "the words", (context.Locate(first).StartLine + 1).ToString(CultureInfo.InvariantCulture));
                return null;
            }

            seen.Add(search, key);
            var nodes = value switch
            {
                YamlText { IsNull: true } => new List<YamlValue>(),
                YamlText text => new List<YamlValue> { text },
                YamlList list => list.Items,
                _ => null,
            };
            if (nodes is null)
            {
                context.Report(SynonymDiagnostics.WrongType, value, words, value.Describe());
                return null;
            }

            var means = new List<string>();
            var meant = new Dictionary<string, YamlText>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (node is YamlText { IsNull: true })
                {
                    context.Report(SynonymDiagnostics.Invalid, node, words, "one of its meanings is empty; write the meaning, or remove the item");
                    continue;
                }

                if (node is not YamlText text)
                {
                    context.Report(SynonymDiagnostics.WrongType, node, words, "a list with " + node.Describe() + " in it");
                    continue;
                }

                var meaning = text.Value.Trim();
                var meaningSearch = SearchWords(meaning);
                if (Problem(meaning) is { } invalid)
                {
                    context.Report(SynonymDiagnostics.Invalid, text, meaning, invalid);
                }
                else if (meaningSearch == search)
                {
                    context.Report(SynonymDiagnostics.Invalid, text, meaning, "it is the words it is a meaning of; search finds them without a synonym");
                }
                else if (meant.TryGetValue(meaningSearch, out var earlier))
                {
                    context.Report(SynonymDiagnostics.Twice, text, meaning, "a meaning", (context.Locate(earlier).StartLine + 1).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    meant.Add(meaningSearch, text);
                    means.Add(meaning);
                }
            }

            if (nodes.Count == 0)
            {
                context.Report(SynonymDiagnostics.Invalid, key, words, "it has no meaning after it; write what the specs call it, e.g. lawyer: [attorney, counsel]");
            }

            return means.Count == 0 ? null : new Synonym { Words = words, Means = means.ToArray() };
        }

        /// <summary>What is wrong with words or a meaning, or null.</summary>
        private static string? Problem(string phrase)
        {
            if (Text.IndexOfControl(phrase) >= 0)
            {
                return "it has a line break or a control character; write a word or phrase on one line";
            }

            if (phrase.Length > MaxPhrase)
            {
                return string.Format(CultureInfo.InvariantCulture, "it has {0:N0} characters; write a word or a phrase of at most {1}", phrase.Length, MaxPhrase);
            }

            return SearchWords(phrase).Length == 0 ? "it has no letters or digits, which is all search looks at" : null;
        }
    }

    /// <summary>The diagnostics of <c>synonyms.yml</c>.</summary>
    public static class SynonymDiagnostics
    {
        /// <summary>The file cannot be read as YAML lines: syntax, nesting, encoding, size, not lines of words.</summary>
        public static readonly SpecDiagnosticDescriptor Syntax = new SpecDiagnosticDescriptor
        {
            Id = "SYN001", Title = "Synonyms file is not valid YAML", MessageFormat = "synonyms.yml cannot be read: {0}.", DefaultSeverity = SpecSeverity.Error,
        };

        /// <summary>A meaning that is not text or a list of text.</summary>
        public static readonly SpecDiagnosticDescriptor WrongType = new SpecDiagnosticDescriptor
        {
            Id = "SYN002", Title = "Meaning of the wrong type",
            MessageFormat = "What '{0}' means must be a word or phrase, or a list of them ([attorney, counsel]), not {1}.", DefaultSeverity = SpecSeverity.Error,
        };

        /// <summary>Words or a meaning search cannot use.</summary>
        public static readonly SpecDiagnosticDescriptor Invalid = new SpecDiagnosticDescriptor
        {
            Id = "SYN003", Title = "Invalid synonym", MessageFormat = "'{0}' cannot be a synonym: {1}.", DefaultSeverity = SpecSeverity.Error,
        };

        /// <summary>The same words twice, or the same meaning twice for one of them, as search compares them.</summary>
        public static readonly SpecDiagnosticDescriptor Twice = new SpecDiagnosticDescriptor
        {
            Id = "SYN004", Title = "Synonym given twice",
            MessageFormat = "'{0}' repeats {1} on line {2}, as search compares words (case and accents aside). Keep one.", DefaultSeverity = SpecSeverity.Error,
        };

        /// <summary>Every descriptor, ordered by id.</summary>
        public static IReadOnlyList<SpecDiagnosticDescriptor> All { get; } = new[] { Syntax, WrongType, Invalid, Twice };
    }
}
