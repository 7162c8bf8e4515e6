using System;
using System.Collections.Generic;
using System.Globalization;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>What the binders share while reading one file: the line map, the diagnostics and the field locations.</summary>
    internal sealed class ReadContext
    {
        public ReadContext(LineMap map)
        {
            Map = map;
        }

        public LineMap Map { get; }

        public List<SpecDiagnostic> Diagnostics { get; } = new List<SpecDiagnostic>();

        public List<FieldLocation> Fields { get; } = new List<FieldLocation>();

        public SourceLocation Locate(YamlValue value) => Map.Locate(value.Start, value.End);

        public void Report(SpecDiagnosticDescriptor descriptor, YamlValue at, params object[] args) =>
            Diagnostics.Add(descriptor.Create(Locate(at), args));
    }

    /// <summary>
    /// The fields of one YAML mapping, read by name. Reports duplicate and unknown fields when created, and wrong
    /// types and invalid values as they are read; records where each field's value stands.
    /// </summary>
    internal sealed class FieldSet
    {
        private readonly Dictionary<string, KeyValuePair<YamlText, YamlValue>> entries = new Dictionary<string, KeyValuePair<YamlText, YamlValue>>(StringComparer.Ordinal);
        private readonly ReadContext context;
        private readonly string prefix;

        public FieldSet(ReadContext context, YamlMap map, string owner, string prefix, IReadOnlyList<string> known)
        {
            this.context = context;
            this.prefix = prefix;
            Owner = owner;
            Node = map;
            foreach (var entry in map.Entries)
            {
                var name = entry.Key.Value;
                if (entries.TryGetValue(name, out var first))
                {
                    context.Report(SpecDiagnostics.DuplicateField, entry.Key, name, context.Locate(first.Key).StartLine + 1);
                    continue;
                }

                entries.Add(name, entry);
                if (!Contains(known, name))
                {
                    var suggestion = Suggest(name, known);
                    context.Report(SpecDiagnostics.UnknownField, entry.Key, name, owner, suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)");
                }
            }
        }

        /// <summary>What the mapping is, for messages: "a class spec", "a pay grade".</summary>
        public string Owner { get; }

        public YamlMap Node { get; }

        public ReadContext Context => context;

        public string PathOf(string name) => prefix.Length == 0 ? name : prefix + "." + name;

        /// <summary>The value of <paramref name="name"/>, or null when absent or YAML null.</summary>
        public YamlValue? Value(string name)
        {
            if (!entries.TryGetValue(name, out var entry))
            {
                return null;
            }

            // A list or a set of fields is pointed at by its name: its own span runs over many lines.
            var at = entry.Value is YamlText && entry.Value.Start != entry.Value.End ? entry.Value : entry.Key;
            context.Fields.Add(new FieldLocation { Field = PathOf(name), Location = context.Locate(at) });
            return entry.Value is YamlText { IsNull: true } ? null : entry.Value;
        }

        /// <summary>The value node of <paramref name="name"/>, read already, for a diagnostic about it; null when absent.</summary>
        public YamlValue? ValueNode(string name) => entries.TryGetValue(name, out var entry) ? entry.Value : null;

        /// <summary>True when <paramref name="name"/> is given a value, valid or not.</summary>
        public bool Has(string name) => entries.TryGetValue(name, out var entry) && !(entry.Value is YamlText { IsNull: true });

        public YamlText? KeyNode(string name) => entries.TryGetValue(name, out var entry) ? entry.Key : null;

        public void Missing(string name) =>
            context.Diagnostics.Add(SpecDiagnostics.MissingField.Create(context.Map.Locate(Node.Start, Math.Min(Node.End, Node.Start + 1)), Capitalize(Owner), name));

        public YamlText? Scalar(string name, bool required = false)
        {
            var value = Value(name);
            if (value is null)
            {
                if (required)
                {
                    Missing(name);
                }

                return null;
            }

            if (value is YamlText text)
            {
                return text;
            }

            context.Report(SpecDiagnostics.WrongType, value, name, "text", value.Describe());
            return null;
        }

        /// <summary>The most characters a line of text (a title, a name) may have.</summary>
        public const int MaxLine = 300;

        /// <summary>One line of text without control characters.</summary>
        public string? Line(string name, bool required = false)
        {
            var node = Scalar(name, required);
            return node is null ? null : LineOf(context, node, name);
        }

        /// <summary>
        /// A list of lines, each given once (by case): alternate titles, step names. An item that is not one line of text
        /// is reported and left out.
        /// </summary>
        public string[] Lines(string name, string what)
        {
            var lines = new List<string>();
            var list = List(name);
            if (list is null)
            {
                return lines.ToArray();
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in list.Items)
            {
                if (item is not YamlText text || text.IsNull)
                {
                    context.Report(SpecDiagnostics.WrongType, item, name, "a list of lines of text", item.Describe());
                }
                else if (LineOf(context, text, name) is { } line)
                {
                    if (line.Length == 0)
                    {
                        context.Report(SpecDiagnostics.InvalidValue, text, line, what, "it is empty. Write it, or remove the item.");
                    }
                    else if (seen.Add(line))
                    {
                        lines.Add(line);
                    }
                    else
                    {
                        context.Report(SpecDiagnostics.InvalidValue, text, line, what, "it is given twice. Keep one.");
                    }
                }
            }

            return lines.ToArray();
        }

        /// <summary>The text of <paramref name="node"/> trimmed, when it is one non-empty line of at most <see cref="MaxLine"/> characters.</summary>
        private static string? LineOf(ReadContext context, YamlText node, string name)
        {
            var value = node.Value.Trim();
            var control = Text.IndexOfControl(value);
            if (control >= 0)
            {
                context.Report(SpecDiagnostics.InvalidValue, node, name, "line of text", "it contains a line break or control character. Write it on one line.");
                return null;
            }

            if (value.Length > MaxLine)
            {
                context.Report(SpecDiagnostics.InvalidValue, node, name, "line of text", $"it has {value.Length} characters; at most {MaxLine} are allowed.");
                return null;
            }

            return value;
        }

        /// <summary>Text that may span several lines, with line feeds.</summary>
        public string? Block(string name, bool required = false)
        {
            var node = Scalar(name, required);
            return node is null ? null : Text.NormalizeBlock(node.Value);
        }

        public string? Key(string name, bool required = false)
        {
            var node = Scalar(name, required);
            if (node is null)
            {
                return null;
            }

            if (!Text.IsKey(node.Value))
            {
                context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "key", "use lower-case letters and digits joined by hyphens, e.g. 'production-coordinator'.");
                return null;
            }

            return node.Value;
        }

        public string? Code(string name, string what, bool required = false)
        {
            var node = Scalar(name, required);
            if (node is null)
            {
                return null;
            }

            if (!Text.IsCode(node.Value))
            {
                context.Report(SpecDiagnostics.InvalidValue, node, node.Value, what, "use letters, digits, '.', '_' or '-' (at most 40), e.g. '73070V000101'.");
                return null;
            }

            return node.Value;
        }

        public SpecDate? Date(string name, bool required = false)
        {
            var node = Scalar(name, required);
            return node is null ? null : ParseDate(context, node, name);
        }

        public int? Integer(string name, int min, int max)
        {
            var node = Scalar(name);
            if (node is null)
            {
                return null;
            }

            if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            context.Report(SpecDiagnostics.InvalidValue, node, node.Value, name, $"write a whole number from {min} to {max}.");
            return null;
        }

        public YamlList? List(string name)
        {
            var value = Value(name);
            if (value is null || value is YamlList)
            {
                return (YamlList?)value;
            }

            context.Report(SpecDiagnostics.WrongType, value, name, "a list ('- ' items)", value.Describe());
            return null;
        }

        public YamlMap? Map(string name)
        {
            var value = Value(name);
            if (value is null || value is YamlMap)
            {
                return (YamlMap?)value;
            }

            context.Report(SpecDiagnostics.WrongType, value, name, "a set of fields", value.Describe());
            return null;
        }

        public static SpecDate? ParseDate(ReadContext context, YamlText node, string name)
        {
            if (SpecDate.TryParse(node.Value, out var date))
            {
                return date;
            }

            context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "date for '" + name + "'", "write it as YYYY-MM-DD, e.g. 1993-07-01 (or YYYY-MM for a month).");
            return null;
        }

        /// <summary>Reads a salary figure: digits with an optional decimal point and comma thousands separators.</summary>
        public static decimal? ParseMoney(ReadContext context, YamlValue value, string name)
        {
            if (value is YamlText text && !text.IsNull)
            {
                var raw = text.Value.Trim();
                if (raw.Length > 0 && raw.Length <= 20 && raw[0] != '-' && decimal.TryParse(raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount) && HasValidGrouping(raw))
                {
                    return amount;
                }

                context.Report(SpecDiagnostics.InvalidValue, value, raw, "amount for '" + name + "'", "write a number such as 2937.20 or 2,937.20, without a currency sign.");
                return null;
            }

            context.Report(SpecDiagnostics.WrongType, value, name, "an amount such as 2937.20", value.Describe());
            return null;
        }

        /// <summary>Iterates a list of mappings, reporting any item that is not a mapping.</summary>
        public static IEnumerable<(int Index, YamlMap Item)> Maps(ReadContext context, YamlList list, string name)
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (list.Items[i] is YamlMap item)
                {
                    yield return (i, item);
                }
                else
                {
                    context.Report(SpecDiagnostics.WrongType, list.Items[i], $"{name}[{i}]", "a set of fields", list.Items[i].Describe());
                }
            }
        }

        private static bool HasValidGrouping(string raw)
        {
            var point = raw.IndexOf('.');
            var whole = point < 0 ? raw : raw.Substring(0, point);
            if (whole.IndexOf(',') < 0)
            {
                return true;
            }

            var groups = whole.Split(',');
            if (groups[0].Length == 0 || groups[0].Length > 3)
            {
                return false;
            }

            for (var i = 1; i < groups.Length; i++)
            {
                if (groups[i].Length != 3)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(IReadOnlyList<string> known, string name)
        {
            foreach (var candidate in known)
            {
                if (candidate == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static string? Suggest(string name, IReadOnlyList<string> known)
        {
            string? best = null;
            var bestDistance = Math.Max(2, name.Length / 3) + 1;
            foreach (var candidate in known)
            {
                var distance = EditDistance.Bounded(name.ToLowerInvariant().Replace('_', '-'), candidate, bestDistance - 1);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
