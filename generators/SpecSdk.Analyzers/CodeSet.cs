using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Model;

namespace SpecSdk.Analyzers
{
    /// <summary>
    /// One assembly's job code table, ready to ask: the classes by code, the jurisdictions' code shapes, the codes
    /// closest to an unknown one. Made once per table text and kept while compilations keep handing over the same
    /// table, so an edit of C# does not read the table again.
    /// </summary>
    internal sealed class CodeSet
    {
        /// <summary>How many tables are kept: an IDE session with several projects, each table changing now and then.</summary>
        private const int CacheSize = 16;

        /// <summary>How far from an unknown code a known one may be to be suggested: two characters changed, added or removed.</summary>
        private const int MaxSuggestionDistance = 2;

        private const int MaxSuggestions = 3;

        private static readonly ConcurrentDictionary<string, CodeSet> Cache = new ConcurrentDictionary<string, CodeSet>(StringComparer.Ordinal);

        private readonly Dictionary<string, int[]> byCode;
        private readonly Dictionary<string, string> jurisdictionNames;
        private readonly (Regex Shape, JobCodeJurisdiction Jurisdiction)[] shapes;
        private readonly ConcurrentDictionary<(string, string), JobCodeEntry[]> closest = new ConcurrentDictionary<(string, string), JobCodeEntry[]>();

        private CodeSet(JobCodeTable table)
        {
            Table = table;
            byCode = table.Classes.Select((entry, index) => (entry.Code, index))
                .GroupBy(pair => pair.Code, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(pair => pair.index).ToArray(), StringComparer.Ordinal);
            jurisdictionNames = table.Jurisdictions.GroupBy(j => j.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            shapes = table.Jurisdictions.Where(j => j.CodePattern is not null).Select(j => (Shape(j.CodePattern!), j)).Where(s => s.Item1 is not null).Select(s => (s.Item1!, s.j)).ToArray();
        }

        public JobCodeTable Table { get; }

        /// <summary>True when some jurisdiction declares its codes' shape, so an unknown code can be told.</summary>
        public bool HasShapes => shapes.Length > 0;

        /// <summary>The set of a table's text, or null for text that is not a table this version reads.</summary>
        public static CodeSet? Of(string text)
        {
            if (Cache.TryGetValue(text, out var set))
            {
                return set;
            }

            if (!JobCodeTable.TryParse(text, out var table))
            {
                return null;
            }

            set = new CodeSet(table);
            if (Cache.Count >= CacheSize)
            {
                Cache.Clear();
            }

            Cache[text] = set;
            return set;
        }

        /// <summary>The classes whose code is <paramref name="code"/>.</summary>
        public IEnumerable<JobCodeEntry> Find(string code) =>
            byCode.TryGetValue(code, out var indexes) ? indexes.Select(i => Table.Classes[i]) : Enumerable.Empty<JobCodeEntry>();

        /// <summary>The active class that replaces an abolished one today, when the table knows it.</summary>
        public JobCodeEntry? SuccessorOf(JobCodeEntry entry) => entry.Successor is { } index ? Table.Classes[index] : null;

        public string JurisdictionName(string key) => jurisdictionNames.TryGetValue(key, out var name) ? name : key;

        /// <summary>The constant of a class as the code fix writes it, from the global namespace.</summary>
        public string Qualified(JobCodeEntry entry) => "global::" + (Table.Namespace.Length == 0 ? string.Empty : Table.Namespace + ".") + entry.Constant;

        /// <summary>The first jurisdiction whose code pattern <paramref name="text"/> matches; null when none does.</summary>
        public JobCodeJurisdiction? ShapeOf(string text) => shapes.FirstOrDefault(s => JobCodeTable.HasShape(s.Shape, text)).Jurisdiction;

        /// <summary>The known codes of a jurisdiction nearest to <paramref name="text"/>, nearest first, at most three.</summary>
        public IReadOnlyList<JobCodeEntry> Closest(string text, string jurisdictionKey) => closest.GetOrAdd((text, jurisdictionKey), key =>
            Table.Classes
                .Where(c => c.JurisdictionKey == key.Item2 && Math.Abs(c.Code.Length - key.Item1.Length) <= MaxSuggestionDistance)
                .Select(c => (Entry: c, Distance: Distance(key.Item1, c.Code, MaxSuggestionDistance)))
                .Where(c => c.Distance <= MaxSuggestionDistance)
                .OrderBy(c => c.Distance).ThenBy(c => c.Entry.Code, StringComparer.Ordinal)
                .Take(MaxSuggestions)
                .Select(c => c.Entry)
                .ToArray());

        /// <summary>The edit distance of two strings, or <paramref name="max"/> + 1 as soon as it must be more than <paramref name="max"/>.</summary>
        internal static int Distance(string a, string b, int max)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var best = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    best = Math.Min(best, current[j]);
                }

                if (best > max)
                {
                    return max + 1;
                }

                (previous, current) = (current, previous);
            }

            return Math.Min(previous[b.Length], max + 1);
        }

        /// <summary>The shape of a pattern; null for one that is not a regular expression (a table written by another version).</summary>
        private static Regex? Shape(string pattern)
        {
            try
            {
                return JobCodeTable.CodeShape(pattern);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
