using System.Collections.Generic;
using System.Globalization;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>Fields that class, series and jurisdiction files share.</summary>
    internal static class CommonFields
    {
        public static HistoryEntry[] History(FieldSet fields)
        {
            var list = fields.List("history");
            var entries = new List<HistoryEntry>();
            if (list is null)
            {
                return entries.ToArray();
            }

            foreach (var (index, item) in FieldSet.Maps(fields.Context, list, "history"))
            {
                var entry = new FieldSet(fields.Context, item, "a history entry", Indexed(fields.PathOf("history"), index), FieldNames.HistoryEntry);
                var date = entry.Date("date", required: true);
                var text = entry.Block("text", required: true);
                if (date is { } value && text is not null)
                {
                    entries.Add(new HistoryEntry { Date = value, Text = text });
                }
            }

            return entries.ToArray();
        }

        public static SourceDocument? Source(FieldSet fields)
        {
            var map = fields.Map("source");
            if (map is null)
            {
                return null;
            }

            var source = new FieldSet(fields.Context, map, "a source", fields.PathOf("source"), FieldNames.Source);
            return new SourceDocument { Title = source.Line("title"), Url = source.Line("url"), Printed = source.Date("printed") };
        }

        public static Section[] Sections(List<ParsedSection> parsed)
        {
            var sections = new Section[parsed.Count];
            for (var i = 0; i < sections.Length; i++)
            {
                sections[i] = parsed[i].ToModel();
            }

            return sections;
        }

        public static SectionLocation[] Headings(List<ParsedSection> parsed)
        {
            var headings = new List<SectionLocation>();
            foreach (var section in parsed)
            {
                headings.Add(new SectionLocation { Id = section.Id, Location = section.Heading });
            }

            return headings.ToArray();
        }

        public static string Indexed(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
    }
}
