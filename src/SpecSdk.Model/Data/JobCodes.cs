using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecSdk.Model
{
    /// <summary>
    /// The job codes of the classes generated into an assembly, as a <see cref="JobCodeTable"/>'s text. The SpecSdk
    /// generator puts it on the assembly; the SpecSdk analyzer reads it from the compilation and from referenced
    /// assemblies, so that a job code written by hand in C# can become the generated constant.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class JobCodesAttribute : Attribute
    {
        /// <summary>The attribute with the table's text, as <see cref="JobCodeTable.Write"/> makes it.</summary>
        public JobCodesAttribute(string table) => Table = table;

        /// <summary>The table's text.</summary>
        public string Table { get; }
    }

    /// <summary>A jurisdiction as the job code table knows it: its key, its name and the shape of its codes.</summary>
    public sealed record JobCodeJurisdiction
    {
        /// <summary>The jurisdiction's key, e.g. "ky".</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The jurisdiction's name, e.g. "Commonwealth of Kentucky".</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>The regular expression its codes match as a whole (<see cref="Jurisdiction.CodePattern"/>); null when it declares none.</summary>
        public string? CodePattern { get; init; }
    }

    /// <summary>A class with a job code, and the constant that holds the code.</summary>
    public sealed record JobCodeEntry
    {
        /// <summary>The job code, e.g. "73070V000101".</summary>
        public string Code { get; init; } = string.Empty;

        /// <summary>The key of the class's jurisdiction.</summary>
        public string JurisdictionKey { get; init; } = string.Empty;

        /// <summary>The class title.</summary>
        public string Title { get; init; } = string.Empty;

        /// <summary>The constant that holds the code, from the table's namespace: "CommonwealthOfKentucky.ProductionCoordinator.Code".</summary>
        public string Constant { get; init; } = string.Empty;

        /// <summary>True for an abolished class.</summary>
        public bool Abolished { get; init; }

        /// <summary>The date an abolished class was abolished, as its spec writes it; null when it gives none, and for any other class.</summary>
        public string? AbolishedOn { get; init; }

        /// <summary>For an abolished class, the index in <see cref="JobCodeTable.Classes"/> of the active class that replaces it today; null when none has a code.</summary>
        public int? Successor { get; init; }
    }

    /// <summary>
    /// The job codes of one assembly's generated classes: each code, its class and jurisdiction, the constant that
    /// holds it, and for an abolished class its successor. Its text is a header line and a line per namespace,
    /// jurisdiction and class, fields separated by tabs, with '\', tab, carriage return and line feed escaped.
    /// </summary>
    public sealed class JobCodeTable
    {
        /// <summary>The longest job code a spec may give.</summary>
        public const int MaxCodeLength = 40;

        /// <summary>How long matching a code pattern may take before the text is taken as not of its shape: a pattern is a user's.</summary>
        public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

        private const string Header = "specsdk-job-codes 1";
        private const string NamespaceLine = "n";
        private const string JurisdictionLine = "j";
        private const string ClassLine = "c";
        private const string AbolishedMark = "abolished";

        private JobCodeTable(string ns, IReadOnlyList<JobCodeJurisdiction> jurisdictions, IReadOnlyList<JobCodeEntry> classes)
        {
            Namespace = ns;
            Jurisdictions = jurisdictions;
            Classes = classes;
        }

        /// <summary>The namespace of the generated types, e.g. "Payroll".</summary>
        public string Namespace { get; }

        /// <summary>The jurisdictions, ordered by key.</summary>
        public IReadOnlyList<JobCodeJurisdiction> Jurisdictions { get; }

        /// <summary>The classes with a code, in the catalog's order.</summary>
        public IReadOnlyList<JobCodeEntry> Classes { get; }

        /// <summary>
        /// The regular expression that a whole code of the shape <paramref name="pattern"/> matches, culture-invariant
        /// and bounded by <see cref="PatternTimeout"/>; throws <see cref="ArgumentException"/> when the pattern is not a
        /// regular expression.
        /// </summary>
        public static Regex CodeShape(string pattern)
        {
            // Parsed alone first: a pattern that parses has balanced groups, so wrapping it anchors all of it.
            _ = new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
            return new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant, PatternTimeout);
        }

        /// <summary>True when <paramref name="shape"/> matches <paramref name="text"/>; false too when matching runs out of time.</summary>
        public static bool HasShape(Regex shape, string text)
        {
            try
            {
                return text.Length <= MaxCodeLength && shape.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>The table's text.</summary>
        public static string Write(string ns, IEnumerable<JobCodeJurisdiction> jurisdictions, IEnumerable<JobCodeEntry> classes)
        {
            var text = new StringBuilder(Header).Append('\n');
            Line(text, NamespaceLine, ns);
            foreach (var jurisdiction in jurisdictions)
            {
                Line(text, JurisdictionLine, jurisdiction.Key, jurisdiction.Name, jurisdiction.CodePattern ?? string.Empty);
            }

            foreach (var entry in classes)
            {
                Line(text, ClassLine, entry.Code, entry.JurisdictionKey, entry.Title, entry.Constant, entry.Abolished ? AbolishedMark : string.Empty, entry.AbolishedOn ?? string.Empty, entry.Successor?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }

            return text.ToString();
        }

        /// <summary>
        /// Reads a table's text; false for text that is not a table of this version (e.g. written by a later
        /// SpecSdk), whose codes a tool then leaves alone.
        /// </summary>
        public static bool TryParse(string text, out JobCodeTable table)
        {
            table = new JobCodeTable(string.Empty, Array.Empty<JobCodeJurisdiction>(), Array.Empty<JobCodeEntry>());
            var lines = text.Split('\n');
            if (lines[0] != Header)
            {
                return false;
            }

            var ns = string.Empty;
            var jurisdictions = new List<JobCodeJurisdiction>();
            var classes = new List<JobCodeEntry>();
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var fields = line.Split('\t').Select(Unescape).ToArray();
                switch (fields[0])
                {
                    case NamespaceLine when fields.Length == 2:
                        ns = fields[1];
                        break;
                    case JurisdictionLine when fields.Length == 4:
                        jurisdictions.Add(new JobCodeJurisdiction { Key = fields[1], Name = fields[2], CodePattern = fields[3].Length == 0 ? null : fields[3] });
                        break;
                    case ClassLine when fields.Length == 8:
                        int? successor = null;
                        if (fields[7].Length > 0)
                        {
                            if (!int.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                            {
                                return false;
                            }

                            successor = index;
                        }

                        classes.Add(new JobCodeEntry
                        {
                            Code = fields[1],
                            JurisdictionKey = fields[2],
                            Title = fields[3],
                            Constant = fields[4],
                            Abolished = fields[5] == AbolishedMark,
                            AbolishedOn = fields[6].Length == 0 ? null : fields[6],
                            Successor = successor,
                        });
                        break;
                    default:
                        return false;
                }
            }

            if (classes.Any(c => c.Successor is { } s && s >= classes.Count))
            {
                return false;
            }

            table = new JobCodeTable(ns, jurisdictions, classes);
            return true;
        }

        private static void Line(StringBuilder text, params string[] fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    text.Append('\t');
                }

                foreach (var c in fields[i])
                {
                    _ = c switch
                    {
                        '\\' => text.Append("\\\\"),
                        '\t' => text.Append("\\t"),
                        '\n' => text.Append("\\n"),
                        '\r' => text.Append("\\r"),
                        _ => text.Append(c),
                    };
                }
            }

            text.Append('\n');
        }

        private static string Unescape(string field)
        {
            if (field.IndexOf('\\') < 0)
            {
                return field;
            }

            var text = new StringBuilder(field.Length);
            for (var i = 0; i < field.Length; i++)
            {
                if (field[i] == '\\' && i + 1 < field.Length)
                {
                    i++;
                    text.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => field[i] });
                }
                else
                {
                    text.Append(field[i]);
                }
            }

            return text.ToString();
        }
    }
}
