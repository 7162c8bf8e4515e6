using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecSdk.Specs;

namespace SpecSdk.Generators
{
    /// <summary>
    /// The specs' diagnostics as the build task found them, for the generator to report: the task reads the specs
    /// once per change, and the compiler reports what it found at each file, line and column, under the project's
    /// own severities (<c>.globalconfig</c>, <c>NoWarn</c>, warnings as errors). One diagnostic a line, its fields
    /// separated by tabs, backslash, tab and line breaks escaped.
    /// </summary>
    internal static class DiagnosticFile
    {
        /// <summary>The <c>SpecSdkKind</c> of the additional file that holds them.</summary>
        public const string Kind = "Diagnostics";

        private const string Header = "SpecSdk diagnostics 1";

        public static string Write(IEnumerable<DiagnosticInfo> diagnostics)
        {
            var text = new StringBuilder(Header).Append('\n');
            foreach (var diagnostic in diagnostics)
            {
                var fields = new List<string> { diagnostic.Id, diagnostic.Message, diagnostic.FullPath };
                Add(fields, diagnostic.Location);
                if (diagnostic.OtherLocation is { } other)
                {
                    fields.Add(diagnostic.OtherFullPath);
                    Add(fields, other);
                }

                text.Append(string.Join("\t", fields.Select(Escape))).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>The diagnostics of <paramref name="text"/>; null when it is not a file this version wrote.</summary>
        public static IReadOnlyList<DiagnosticInfo>? Read(string text)
        {
            var lines = text.Split('\n');
            if (lines[0] != Header)
            {
                return null;
            }

            var diagnostics = new List<DiagnosticInfo>();
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var fields = line.Split('\t').Select(Unescape).ToArray();
                if ((fields.Length != 11 && fields.Length != 20) || Location(fields, 3) is not { } location)
                {
                    return null;
                }

                var diagnostic = new DiagnosticInfo { Id = fields[0], Message = fields[1], FullPath = fields[2], Location = location };
                if (fields.Length == 20)
                {
                    if (Location(fields, 12) is not { } other)
                    {
                        return null;
                    }

                    diagnostic = diagnostic with { OtherFullPath = fields[11], OtherLocation = other };
                }

                diagnostics.Add(diagnostic);
            }

            return diagnostics;
        }

        private static void Add(List<string> fields, SourceLocation location)
        {
            fields.Add(location.Path);
            fields.AddRange(new[] { location.Start, location.Length, location.StartLine, location.StartColumn, location.EndLine, location.EndColumn, location.Page }
                .Select(n => n.ToString(CultureInfo.InvariantCulture)));
        }

        private static SourceLocation? Location(string[] fields, int at)
        {
            var numbers = new int[7];
            for (var i = 0; i < numbers.Length; i++)
            {
                if (!int.TryParse(fields[at + 1 + i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    return null;
                }
            }

            return new SourceLocation
            {
                Path = fields[at],
                Start = numbers[0],
                Length = numbers[1],
                StartLine = numbers[2],
                StartColumn = numbers[3],
                EndLine = numbers[4],
                EndColumn = numbers[5],
                Page = numbers[6],
            };
        }

        private static string Escape(string field) => field.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

        private static string Unescape(string field)
        {
            if (field.IndexOf('\\') < 0)
            {
                return field;
            }

            var text = new StringBuilder(field.Length);
            for (var i = 0; i < field.Length; i++)
            {
                if (field[i] != '\\' || i + 1 == field.Length)
                {
                    text.Append(field[i]);
                    continue;
                }

                i++;
                text.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => field[i] });
            }

            return text.ToString();
        }
    }
}
