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

        private readonly Dictionary<string, JobCodeEntry[]> byCode;
        private readonly Dictionary<string, string> jurisdictionNames;
        private readonly (Regex Shape, JobCodeJurisdiction Jurisdiction)[] shapes;
        private readonly ConcurrentDictionary<(string, string), JobCodeEntry[]> closest = new ConcurrentDictionary<(string, string), JobCodeEntry[]>();

        private CodeSet(JobCodeTable table)
        {
            Table = table;
            byCode = table.Classes.GroupBy(entry => entry.Code, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
            jurisdictionNames = table.Jurisdictions.GroupBy(j => j.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            var shaped = new List<(Regex, JobCodeJurisdiction)>();
            foreach (var jurisdiction in table.Jurisdictions)
            {
                if (jurisdiction.CodePattern is { } pattern && Shape(pattern) is { } shape)
                {
                    shaped.Add((shape, jurisdiction));
                }
            }

            shapes = shaped.ToArray();
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

        /// <summary>The classes whose code is <paramref name="code"/>; none for most strings, without allocating.</summary>
        public IReadOnlyList<JobCodeEntry> Find(string code) =>
            byCode.TryGetValue(code, out var entries) ? entries : Array.Empty<JobCodeEntry>();

        /// <summary>The active class that replaces an abolished one today, when the table knows it.</summary>
        public JobCodeEntry? SuccessorOf(JobCodeEntry entry) => entry.Successor is { } index ? Table.Classes[index] : null;

        public string JurisdictionName(string key) => jurisdictionNames.TryGetValue(key, out var name) ? name : key;

        /// <summary>The constant of a class with the namespace it is in, as a SPEC100 diagnostic tells its code fix.</summary>
        public (string Namespace, string Constant) Replacement(JobCodeEntry entry) => (Table.Namespace, entry.Constant);

        /// <summary>The first jurisdiction whose code pattern <paramref name="text"/> matches; null when none does.</summary>
        public JobCodeJurisdiction? ShapeOf(string text) => shapes.FirstOrDefault(s => JobCodeTable.HasShape(s.Shape, text)).Jurisdiction;

        /// <summary>The known codes of a jurisdiction nearest to <paramref name="text"/>, nearest first, at most three.</summary>
        public IReadOnlyList<JobCodeEntry> Closest(string text, string jurisdictionKey) => closest.GetOrAdd((text, jurisdictionKey), key =>
            Table.Classes
                .Where(c => c.JurisdictionKey == key.Item2 && Math.Abs(c.Code.Length - key.Item1.Length) <= MaxSuggestionDistance)
                .Select(c => (Entry: c, Distance: EditDistance.Bounded(key.Item1, c.Code, MaxSuggestionDistance)))
                .Where(c => c.Distance <= MaxSuggestionDistance)
                .OrderBy(c => c.Distance).ThenBy(c => c.Entry.Code, StringComparer.Ordinal)
                .Take(MaxSuggestions)
                .Select(c => c.Entry)
                .ToArray());

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
