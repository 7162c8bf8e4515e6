using System.Collections.Generic;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>Reads a class series file: identity, allocation factors, history and the series' own sections.</summary>
    internal static class SeriesBinder
    {
        public static SeriesDocument Bind(FieldSet fields, List<ParsedSection> body)
        {
            var series = new ClassSeries
            {
                Key = fields.Key("key", required: true) ?? string.Empty,
                JurisdictionKey = fields.Key("jurisdiction", required: true) ?? string.Empty,
                Title = fields.Line("title", required: true) ?? string.Empty,
                Date = fields.Date("date"),
                JobGroupKey = fields.Key("job-group"),
                Factors = Factors(fields),
                History = CommonFields.History(fields),
                Sections = CommonFields.Sections(body),
            };
            return new SeriesDocument { Series = series };
        }

        private static FactorDefinition[] Factors(FieldSet fields)
        {
            var factors = new List<FactorDefinition>();
            var list = fields.List("factors");
            if (list is null)
            {
                return factors.ToArray();
            }

            for (var i = 0; i < list.Items.Count; i++)
            {
                var item = list.Items[i];
                var path = CommonFields.Indexed("factors", i);
                if (item is YamlText { IsNull: false } text)
                {
                    var name = text.Value.Trim();
                    var key = Text.Slug(name);
                    if (key.Length == 0 || Text.IndexOfControl(name) >= 0)
                    {
                        fields.Context.Report(SpecDiagnostics.InvalidValue, text, name, "factor name", "write the factor's name, e.g. 'Decision Making'.");
                        continue;
                    }

                    fields.Context.Fields.Add(new FieldLocation { Field = path, Location = fields.Context.Locate(text) });
                    factors.Add(new FactorDefinition { Key = key, Name = name });
                }
                else if (item is YamlMap map)
                {
                    var factor = new FieldSet(fields.Context, map, "a factor", path, FieldNames.Factor);
                    var name = factor.Line("name", required: true) ?? string.Empty;
                    var key = factor.Key("key") ?? Text.Slug(name);
                    factors.Add(new FactorDefinition { Key = key, Name = name });
                }
                else
                {
                    fields.Context.Report(SpecDiagnostics.WrongType, item, path, "a factor name", item.Describe());
                }
            }

            return factors.ToArray();
        }
    }
}
