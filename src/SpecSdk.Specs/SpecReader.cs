using System;
using System.Collections.Generic;
using System.Text;
using SpecSdk.Specs.Reading;
using SpecSdk.Specs.Validation;

namespace SpecSdk.Specs
{
    /// <summary>
    /// Reads one spec file — Markdown with YAML front matter — into a <see cref="SpecDocument"/> and its
    /// diagnostics. Never throws: every problem with the input is a diagnostic with a location.
    /// </summary>
    public static class SpecReader
    {
        /// <summary>How many of one kind of character-level finding (U+FFFD, TODO) a file reports: the first few say enough.</summary>
        private const int MaxReports = 10;
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Reads a file's bytes, which must be UTF-8 (a byte order mark is allowed).</summary>
        public static SpecFile Read(string path, byte[] bytes, SpecReaderOptions? options = null)
        {
            options ??= SpecReaderOptions.Default;
            if (bytes.Length > options.MaxCharacters)
            {
                return Failed(path, SpecDiagnostics.FileTooLarge.Create(new LineMap(path, string.Empty).Locate(0, 0), bytes.Length, options.MaxCharacters));
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                var invalid = Math.Max(0, Utf8.IndexOfInvalid(bytes));
                var prefix = StrictUtf8.GetString(bytes, 0, invalid);
                var map = new LineMap(path, prefix + " ");
                return Failed(path, SpecDiagnostics.InvalidUtf8.Create(map.Locate(prefix.Length, prefix.Length + 1), bytes[invalid]));
            }

            return Read(path, text, options);
        }

        /// <summary>A file that could not be read at all: no document, and SPEC002 saying why.</summary>
        public static SpecFile Unreadable(string path, string reason) =>
            new SpecFile { Path = path, Diagnostics = new[] { SpecDiagnostics.FileUnreadable.Create(new SourceLocation { Path = path }, reason) } };

        private static string WithoutLoneSurrogates(string text)
        {
            char[]? copy = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    copy ??= text.ToCharArray();
                    copy[i] = '\uFFFD';
                }
            }

            return copy is null ? text : new string(copy);
        }

        /// <summary>Reads a file's text. Offsets in diagnostics count from the start of <paramref name="text"/>.</summary>
        public static SpecFile Read(string path, string text, SpecReaderOptions? options = null)
        {
            options ??= SpecReaderOptions.Default;
            if (text.Length > options.MaxCharacters)
            {
                return Failed(path, SpecDiagnostics.FileTooLarge.Create(new LineMap(path, string.Empty).Locate(0, 0), text.Length, options.MaxCharacters));
            }

            // Text decoded from bytes never holds half a surrogate pair, but a string handed over may; each becomes
            // U+FFFD (one char for one, so offsets hold), which SPEC015 reports, and nothing downstream sees it.
            text = WithoutLoneSurrogates(text);
            var map = new LineMap(path, text);
            var context = new ReadContext(map);
            SpecDocument? document;
            try
            {
                document = ReadDocument(path, text, context, options.FrontMatterOnly);
                if (document is not null && !options.FrontMatterOnly)
                {
                    FileValidator.Validate(document, options.Today, context.Diagnostics);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                context.Diagnostics.Add(SpecDiagnostics.InternalError.Create(map.Locate(0, 0), exception.GetType().Name + ": " + exception.Message));
                document = null;
            }

            ReportReplacementCharacters(text, map, context.Diagnostics);
            ReportPlaceholders(text, map, context.Diagnostics);
            context.Diagnostics.Sort(SpecDiagnostic.Order);
            return new SpecFile { Path = path, Document = document, Diagnostics = context.Diagnostics.ToArray() };
        }

        private static SpecDocument? ReadDocument(string path, string text, ReadContext context, bool frontMatterOnly)
        {
            var map = context.Map;
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var firstLineEnd = LineEnd(text, start);
            if (text.Substring(start, firstLineEnd - start).TrimEnd() != "---")
            {
                context.Diagnostics.Add(SpecDiagnostics.MissingFrontMatter.Create(map.Locate(start, firstLineEnd)));
                return null;
            }

            var opening = map.Locate(start, firstLineEnd);
            var yamlStart = NextLine(text, firstLineEnd);
            var closeStart = -1;
            for (var lineStart = yamlStart; lineStart < text.Length; lineStart = NextLine(text, LineEnd(text, lineStart)))
            {
                var lineEnd = LineEnd(text, lineStart);
                if (lineEnd - lineStart >= 3 && string.CompareOrdinal(text, lineStart, "---", 0, 3) == 0 && text.Substring(lineStart, lineEnd - lineStart).TrimEnd() == "---")
                {
                    closeStart = lineStart;
                    break;
                }
            }

            if (closeStart < 0)
            {
                context.Diagnostics.Add(SpecDiagnostics.UnclosedFrontMatter.Create(opening));
                return null;
            }

            var root = YamlTree.Parse(text.Substring(yamlStart, closeStart - yamlStart), yamlStart, map, context.Diagnostics);
            if (root is not YamlMap fields)
            {
                if (root is not null || !HasErrors(context.Diagnostics))
                {
                    var what = root is null || root is YamlText { IsNull: true } ? "nothing" : root.Describe();
                    context.Diagnostics.Add(SpecDiagnostics.FrontMatterNotMapping.Create(root is null ? opening : context.Locate(root), what));
                }

                return null;
            }

            var body = frontMatterOnly ? new List<ParsedSection>() : BodyReader.Read(text, NextLine(text, LineEnd(text, closeStart)), context);
            SpecDocument? document = Bind(path, fields, body, context) switch
            {
                ClassDocument c => c with { Class = c.Class with { SourcePath = path } },
                SeriesDocument s => s with { Series = s.Series with { SourcePath = path } },
                JurisdictionDocument j => j with { Jurisdiction = j.Jurisdiction with { SourcePath = path } },
                PayPlanVersionDocument v => v with { Version = v.Version with { SourcePath = path } },
                _ => null,
            };
            if (document is null)
            {
                return null;
            }

            return document with
            {
                Path = path,
                FrontMatter = opening,
                Fields = context.Fields.ToArray(),
                SectionHeadings = CommonFields.Headings(body),
            };
        }

        private static SpecDocument? Bind(string path, YamlMap root, List<ParsedSection> body, ReadContext context)
        {
            var kindNode = FindKey(root, "kind");
            var kind = kindNode is YamlText text && !text.IsNull ? text.Value.Trim() : FieldNames.Kinds[0];
            switch (kind)
            {
                case "class":
                    return ClassBinder.Bind(new FieldSet(context, root, "a class spec", string.Empty, FieldNames.Class), body, path);
                case "series":
                    return SeriesBinder.Bind(new FieldSet(context, root, "a class series", string.Empty, FieldNames.SeriesFields), body);
                case "jurisdiction":
                    return JurisdictionBinder.Bind(new FieldSet(context, root, "a jurisdiction", string.Empty, FieldNames.Jurisdiction), body);
                case "pay-plan-version":
                    return JurisdictionBinder.BindVersion(new FieldSet(context, root, "a pay plan version", string.Empty, FieldNames.PayPlanVersionFile), body);
                default:
                    var at = kindNode ?? (YamlValue)root;
                    if (kindNode is YamlText)
                    {
                        context.Report(SpecDiagnostics.InvalidValue, at, kind, "kind", "write " + KindChoices + ".");
                    }
                    else
                    {
                        context.Report(SpecDiagnostics.WrongType, at, "kind", KindChoices, at.Describe());
                    }

                    return null;
            }
        }

        /// <summary>The kinds a file may be, for messages: "'class', 'series', 'jurisdiction' or 'pay-plan-version'".</summary>
        private static readonly string KindChoices = Text.Choices(FieldNames.Kinds);

        private static YamlValue? FindKey(YamlMap map, string name)
        {
            foreach (var entry in map.Entries)
            {
                if (entry.Key.Value == name)
                {
                    return entry.Value;
                }
            }

            return null;
        }

        private static void ReportReplacementCharacters(string text, LineMap map, List<SpecDiagnostic> diagnostics)
        {
            var reported = 0;
            for (var i = text.IndexOf('\uFFFD'); i >= 0 && reported < MaxReports; i = text.IndexOf('\uFFFD', i + 1))
            {
                diagnostics.Add(SpecDiagnostics.ReplacementCharacter.Create(map.Locate(i, i + 1)));
                reported++;
            }
        }

        /// <summary>Each word TODO (in capitals, not part of a longer word), the first ten of a file.</summary>
        private static void ReportPlaceholders(string text, LineMap map, List<SpecDiagnostic> diagnostics)
        {
            const string Word = "TODO";
            var reported = 0;
            for (var i = text.IndexOf(Word, StringComparison.Ordinal); i >= 0 && reported < MaxReports; i = text.IndexOf(Word, i + Word.Length, StringComparison.Ordinal))
            {
                var end = i + Word.Length;
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    diagnostics.Add(SpecDiagnostics.Placeholder.Create(map.Locate(i, end)));
                    reported++;
                }
            }
        }

        private static bool HasErrors(List<SpecDiagnostic> diagnostics) => diagnostics.Exists(d => d.Severity == SpecSeverity.Error);

        private static int LineEnd(string text, int from)
        {
            var end = text.IndexOfAny(LineBreaks, from);
            return end < 0 ? text.Length : end;
        }

        private static int NextLine(string text, int lineEnd)
        {
            if (lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n')
            {
                return lineEnd + 2;
            }

            return Math.Min(text.Length, lineEnd + 1);
        }

        private static SpecFile Failed(string path, SpecDiagnostic diagnostic) =>
            new SpecFile { Path = path, Diagnostics = new[] { diagnostic } };

        private static readonly char[] LineBreaks = { '\r', '\n' };
    }
}
