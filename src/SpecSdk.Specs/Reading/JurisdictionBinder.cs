using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
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
                Currency = Currency(fields) ?? new Jurisdiction().Currency,
                Location = Place(fields),
                CodePattern = CodePattern(fields),
                PayPlans = PayPlans(fields, key),
                JobGroups = Keyed(fields, "job-groups", "job group", FieldNames.JobGroup, (set, k, code, name) => new JobGroup { Key = k, Code = code, Name = name, Description = set.Block("description") }),
                BargainingUnits = Keyed(fields, "bargaining-units", "bargaining unit", FieldNames.BargainingUnit, (_, k, code, name) => new BargainingUnit { Key = k, Code = code, Name = name }),
                JurisdictionalClasses = Keyed(fields, "jurisdictional-classes", "jurisdictional class", FieldNames.JurisdictionalClass, (_, k, _, name) => new JurisdictionalClass { Key = k, Name = name }),
                RequiredSections = RequiredSections(fields),
                Boilerplate = CommonFields.Sections(body),
            };
            return new JurisdictionDocument { Jurisdiction = jurisdiction };
        }

        /// <summary>Reads a pay plan version file: one version of a plan of a jurisdiction, so a new schedule is a new file.</summary>
        public static PayPlanVersionDocument BindVersion(FieldSet fields, List<ParsedSection> body)
        {
            var jurisdiction = fields.Key("jurisdiction", required: true) ?? string.Empty;
            var plan = fields.Key("pay-plan", required: true) ?? string.Empty;
            if (body.Count > 0)
            {
                fields.Context.Diagnostics.Add(SpecDiagnostics.TextInVersionFile.Create(body[0].Heading));
            }

            return new PayPlanVersionDocument { Jurisdiction = jurisdiction, PayPlanKey = plan, Version = Version(fields, jurisdiction, plan, dated: true) };
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
                var name = plan.Line("name", required: true) ?? string.Empty;
                var versions = new List<PayPlanVersion>();
                if (plan.List("versions") is { } listed)
                {
                    foreach (var field in FieldNames.PlanVersionFields)
                    {
                        if (plan.KeyNode(field) is { } misplaced)
                        {
                            fields.Context.Report(SpecDiagnostics.PlanAndVersionGrades, misplaced, planKey, field);
                        }
                    }

                    foreach (var (v, version) in FieldSet.Maps(fields.Context, listed, plan.PathOf("versions")))
                    {
                        var set = new FieldSet(fields.Context, version, "a pay plan version", CommonFields.Indexed(plan.PathOf("versions"), v), FieldNames.PayPlanVersion);
                        versions.Add(Version(set, jurisdictionKey, planKey, dated: true));
                    }
                }
                else if (FieldNames.PlanVersionFields.Any(plan.Has))
                {
                    versions.Add(Version(plan, jurisdictionKey, planKey, dated: false));
                }

                plans.Add(new PayPlan { Key = planKey, Name = name, Versions = versions.ToArray() });
            }

            return plans.ToArray();
        }

        /// <summary>
        /// One version of a pay plan: an entry of its 'versions', the plan itself when it has one version, or a
        /// version file. A version in a list or a file (<paramref name="dated"/>) needs its effective date and may have a name.
        /// </summary>
        internal static PayPlanVersion Version(FieldSet fields, string jurisdictionKey, string planKey, bool dated)
        {
            var stepNames = fields.Lines("steps", "step name");
            return new PayPlanVersion
            {
                Effective = fields.Date("effective", required: dated),
                Ends = fields.Date("ends"),
                // A plan's one version standing on the plan has no name of its own: 'name' there is the plan's.
                Name = dated ? fields.Line("name") : null,
                StepNames = stepNames,
                Grades = Grades(fields, jurisdictionKey, planKey, stepNames),
            };
        }

        private static PayGrade[] Grades(FieldSet plan, string jurisdictionKey, string planKey, string[] stepNames)
        {
            var grades = new List<PayGrade>();
            var list = plan.List("grades");
            if (list is null)
            {
                return grades.ToArray();
            }

            foreach (var (index, item) in FieldSet.Maps(plan.Context, list, plan.PathOf("grades")))
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

                grades.Add(new PayGrade { JurisdictionKey = jurisdictionKey, PayPlanKey = planKey, Grade = name, Ranges = ranges.ToArray(), Steps = Steps(grade, stepNames, ranges) });
            }

            return grades.ToArray();
        }

        /// <summary>A grade's step rates by basis: one per step of the version, rising, within the grade's range on that basis.</summary>
        private static SalarySteps[] Steps(FieldSet grade, string[] stepNames, List<SalaryRange> ranges)
        {
            var steps = new List<SalarySteps>();
            var map = grade.Map("steps");
            if (map is null)
            {
                return steps.ToArray();
            }

            var set = new FieldSet(grade.Context, map, "a grade's steps", grade.PathOf("steps"), FieldNames.GradeSteps);
            var bases = new HashSet<SalaryBasis>();
            foreach (var entry in map.Entries)
            {
                // A basis given twice is reported by the field set; the first is read.
                if (!SalaryBases.TryParse(entry.Key.Value, out var basis) || !bases.Add(basis) || set.List(entry.Key.Value) is not { } list)
                {
                    continue;
                }

                var amounts = new List<decimal>();
                var readable = true;
                foreach (var item in list.Items)
                {
                    var amount = FieldSet.ParseMoney(grade.Context, item, entry.Key.Value);
                    readable &= amount is not null;
                    amounts.Add(amount ?? 0m);
                }

                if (amounts.Count != stepNames.Length)
                {
                    var none = stepNames.Length == 0 ? " (it names none: list them in its 'steps')" : string.Empty;
                    grade.Context.Report(SpecDiagnostics.StepCount, entry.Key, amounts.Count, stepNames.Length, none);
                }
                else if (readable)
                {
                    CheckSteps(grade.Context, list, stepNames, amounts, ranges.FirstOrDefault(r => r.Basis == basis));
                }

                steps.Add(new SalarySteps { Basis = basis, Amounts = amounts.ToArray() });
            }

            return steps.ToArray();
        }

        private static void CheckSteps(ReadContext context, YamlList list, string[] stepNames, List<decimal> amounts, SalaryRange? range)
        {
            for (var i = 0; i < amounts.Count; i++)
            {
                var why = i > 0 && amounts[i] < amounts[i - 1] ? $"below the rate of step '{stepNames[i - 1]}' before it ({Money(amounts[i - 1])})"
                    : range?.Minimum is { } low && amounts[i] < low ? $"below the range's minimum ({Money(low)})"
                    : range?.Maximum is { } high && amounts[i] > high ? $"above the range's maximum ({Money(high)})"
                    : null;
                if (why is not null)
                {
                    context.Report(SpecDiagnostics.StepOrder, list.Items[i], stepNames[i], Money(amounts[i]), why);
                }
            }
        }

        private static string Money(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The figure <paramref name="name"/>; null when the spec does not give it. A figure given but not readable is
        /// reported and kept as 0, so the range is not also "missing" and the generated member code may use still exists.
        /// </summary>
        private static decimal? Money(FieldSet figures, string name)
        {
            var value = figures.Value(name);
            return value is null ? null : FieldSet.ParseMoney(figures.Context, value, name) ?? 0m;
        }

        private static readonly Regex CurrencyCode = new Regex("^[A-Z]{3}$", RegexOptions.CultureInvariant);
        private static readonly Regex CountryCode = new Regex("^[A-Z]{2}$", RegexOptions.CultureInvariant);
        private static readonly Regex RegionCode = new Regex("^([A-Z]{2})-[A-Z0-9]{1,3}$", RegexOptions.CultureInvariant);

        private static string? Currency(FieldSet fields)
        {
            var node = fields.Scalar("currency");
            if (node is null)
            {
                return null;
            }

            if (!CurrencyCode.IsMatch(node.Value.Trim()))
            {
                fields.Context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "currency", "write its ISO 4217 code in capitals, e.g. 'USD' or 'CAD'.");
                return null;
            }

            return node.Value.Trim();
        }

        /// <summary>The shape of the jurisdiction's job codes, when it is a regular expression (else SPEC073).</summary>
        private static string? CodePattern(FieldSet fields)
        {
            var node = fields.Scalar("code-pattern");
            if (node is null)
            {
                return null;
            }

            try
            {
                JobCodeTable.CodeShape(node.Value);
                return node.Value;
            }
            catch (ArgumentException e)
            {
                fields.Context.Report(SpecDiagnostics.InvalidCodePattern, node, node.Value, e.Message.TrimEnd('.') + ".");
                return null;
            }
        }

        private static Location? Place(FieldSet fields)
        {
            var map = fields.Map("location");
            if (map is null)
            {
                return null;
            }

            var set = new FieldSet(fields.Context, map, "a location", fields.PathOf("location"), FieldNames.Location);
            var country = set.Scalar("country", required: true);
            var region = set.Scalar("region");
            if (country is null)
            {
                return null;
            }

            if (!CountryCode.IsMatch(country.Value.Trim()))
            {
                fields.Context.Report(SpecDiagnostics.InvalidValue, country, country.Value, "country", "write its ISO 3166-1 code of two capitals, e.g. 'US'.");
                return null;
            }

            var match = region is null ? null : RegionCode.Match(region.Value.Trim());
            if (region is not null && (!match!.Success || match.Groups[1].Value != country.Value.Trim()))
            {
                fields.Context.Report(SpecDiagnostics.InvalidValue, region, region.Value, "region", $"write its ISO 3166-2 code, the country's code, a hyphen and the subdivision's, e.g. '{country.Value.Trim()}-KY'.");
                region = null;
            }

            return new Location { Country = country.Value.Trim(), Region = region?.Value.Trim() };
        }

        /// <summary>
        /// A list of named entries — job groups, bargaining units, jurisdictional classes — each with a key: the one
        /// given, else its code made a key (where <paramref name="known"/> has a code), else its name made a key.
        /// </summary>
        private static T[] Keyed<T>(FieldSet fields, string name, string what, string[] known, Func<FieldSet, string, string?, string, T> make)
        {
            var entries = new List<T>();
            var list = fields.List(name);
            if (list is null)
            {
                return entries.ToArray();
            }

            foreach (var (index, item) in FieldSet.Maps(fields.Context, list, name))
            {
                var set = new FieldSet(fields.Context, item, "a " + what, CommonFields.Indexed(name, index), known);
                var code = known.Contains("code") ? set.Code("code", what + " code") : null;
                var title = set.Line("name", required: true) ?? string.Empty;
                var key = set.Key("key") ?? (code is null ? Text.Slug(title) : Text.Slug(code));
                if (key.Length == 0)
                {
                    set.Missing("key");
                }

                entries.Add(make(set, key, code, title));
            }

            return entries.ToArray();
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
