using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>Reads a jurisdiction file's fields: pay plans and grades, job groups, required sections.</summary>
    internal static class JurisdictionBinder
    {
        public static JurisdictionDocument Bind(FieldSet fields, List<ParsedSection> body)
        {
            var key = fields.Key("key", required: true) ?? string.Empty;
            if (HandbookFolders.All.Contains(key))
            {
                fields.Context.Report(SpecDiagnostics.ReservedKey, fields.ValueNode("key")!, key, string.Join(", ", HandbookFolders.All));
            }

            var jurisdiction = new Jurisdiction
            {
                Key = key,
                Name = fields.Line("name", required: true) ?? string.Empty,
                DocumentTitle = fields.Line("document-title"),
                JobGroupTerm = fields.Line("job-group-term") ?? new Jurisdiction().JobGroupTerm,
                PayPlans = PayPlans(fields, key),
                JobGroups = JobGroups(fields),
                RequiredSections = RequiredSections(fields),
                Boilerplate = CommonFields.Sections(body),
            };
            return new JurisdictionDocument { Jurisdiction = jurisdiction };
        }

        private static PayPlan[] PayPlans(FieldSet fields, string jurisdictionKey)
        {
            var plans = new List<PayPlan>();
            var list = fields.List("pay-plans");
            if (list is null)
            {
                return plans.ToArray();
            }

            foreach (var (index, item) in FieldSet.Maps(fields.Context, list, "pay-plans"))
            {
                var plan = new FieldSet(fields.Context, item, "a pay plan", CommonFields.Indexed("pay-plans", index), FieldNames.PayPlan);
                var planKey = plan.Key("key", required: true) ?? string.Empty;
                plans.Add(new PayPlan
                {
                    Key = planKey,
                    Name = plan.Line("name", required: true) ?? string.Empty,
                    Effective = plan.Date("effective"),
                    Grades = Grades(plan, jurisdictionKey, planKey),
                });
            }

            return plans.ToArray();
        }

        private static PayGrade[] Grades(FieldSet plan, string jurisdictionKey, string planKey)
        {
            var grades = new List<PayGrade>();
            var list = plan.List("grades");
            if (list is null)
            {
                return grades.ToArray();
            }

            foreach (var (index, item) in FieldSet.Maps(plan.Context, list, "grades"))
            {
                var grade = new FieldSet(plan.Context, item, "a pay grade", CommonFields.Indexed(plan.PathOf("grades"), index), FieldNames.GradeFields);
                var name = grade.Code("grade", "pay grade", required: true) ?? string.Empty;
                var ranges = new List<SalaryRange>();
                foreach (var entry in item.Entries)
                {
                    if (!SalaryBases.TryParse(entry.Key.Value, out var basis))
                    {
                        continue;
                    }

                    var range = grade.Map(entry.Key.Value);
                    if (range is null)
                    {
                        continue;
                    }

                    var figures = new FieldSet(plan.Context, range, "a salary range", grade.PathOf(entry.Key.Value), FieldNames.Range);
                    var salary = new SalaryRange
                    {
                        Basis = basis,
                        Minimum = Money(figures, RangeFigures.Minimum.SpecName),
                        Midpoint = Money(figures, RangeFigures.Midpoint.SpecName),
                        Maximum = Money(figures, RangeFigures.Maximum.SpecName),
                    };
                    // A range with no figure at all needs one; a figure given but invalid has its own diagnostic.
                    if (!FieldNames.Range.Any(figures.Has))
                    {
                        figures.Missing(FieldNames.Range[0]);
                    }

                    ranges.Add(salary);
                }

                grades.Add(new PayGrade { JurisdictionKey = jurisdictionKey, PayPlanKey = planKey, Grade = name, Ranges = ranges.ToArray() });
            }

            return grades.ToArray();
        }

        /// <summary>
        /// The figure <paramref name="name"/>; null when the spec does not give it. A figure given but not readable is
        /// reported and kept as 0, so the range is not also "missing" and the generated member code may use still exists.
        /// </summary>
        private static decimal? Money(FieldSet figures, string name)
        {
            var value = figures.Value(name);
            return value is null ? null : FieldSet.ParseMoney(figures.Context, value, name) ?? 0m;
        }

        private static JobGroup[] JobGroups(FieldSet fields)
        {
            var groups = new List<JobGroup>();
            var list = fields.List("job-groups");
            if (list is null)
            {
                return groups.ToArray();
            }

            foreach (var (index, item) in FieldSet.Maps(fields.Context, list, "job-groups"))
            {
                var group = new FieldSet(fields.Context, item, "a job group", CommonFields.Indexed("job-groups", index), FieldNames.JobGroup);
                var code = group.Code("code", "job group code");
                var name = group.Line("name", required: true) ?? string.Empty;
                var key = group.Key("key") ?? (code is null ? Text.Slug(name) : Text.Slug(code));
                if (key.Length == 0)
                {
                    group.Missing("key");
                }

                groups.Add(new JobGroup { Key = key, Code = code, Name = name, Description = group.Block("description") });
            }

            return groups.ToArray();
        }

        private static string[] RequiredSections(FieldSet fields)
        {
            var ids = new List<string>();
            var list = fields.List("required-sections");
            if (list is null)
            {
                return ids.ToArray();
            }

            foreach (var item in list.Items)
            {
                if (item is YamlText text && Text.IsKey(text.Value))
                {
                    ids.Add(text.Value);
                }
                else if (item is YamlText bad)
                {
                    fields.Context.Report(SpecDiagnostics.InvalidValue, bad, bad.Value, "section id", "use the id of a section, e.g. 'duties'.");
                }
                else
                {
                    fields.Context.Report(SpecDiagnostics.WrongType, item, "required-sections", "a list of section ids", item.Describe());
                }
            }

            return ids.ToArray();
        }
    }
}
