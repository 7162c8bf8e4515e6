using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SpecSdk.Model;

namespace SpecSdk.Specs.Reading
{
    /// <summary>Reads a job class file: identity, pay, series place, dates, and the structured parts of its sections.</summary>
    internal static class ClassBinder
    {
        private static readonly Regex Period = new Regex(@"^([0-9]{1,3})\s*(months?|years?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        /// <summary>SOC (15-1232) or O*NET-SOC (15-1232.00): a major group, a detailed occupation, an optional O*NET suffix.</summary>
        private static readonly Regex OccupationalCode = new Regex(@"^([0-9]{2})-[0-9]{4}(\.[0-9]{2})?$", RegexOptions.CultureInvariant);
        private static readonly Regex SubstitutionTitle = new Regex(@"^substitute\s+(.+?)\s+for\s+(.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static ClassDocument Bind(FieldSet fields, List<ParsedSection> body, string path)
        {
            var key = fields.Key("key") ?? DefaultKey(fields, path);
            var series = fields.Key("series");
            var level = fields.Integer("level", 1, 99);
            if (series is not null && level is null && fields.KeyNode("level") is null)
            {
                fields.Missing("level");
            }

            if (level is not null && series is null && fields.KeyNode("series") is null)
            {
                fields.Missing("series");
            }

            var jurisdiction = fields.Key("jurisdiction", required: true) ?? string.Empty;
            var (flsa, exemption) = Flsa(fields);
            var jobClass = new JobClass
            {
                Key = key,
                JurisdictionKey = jurisdiction,
                Title = fields.Line("title", required: true) ?? string.Empty,
                ShortTitle = fields.Line("short-title"),
                Code = fields.Code("code", "job code"),
                JobNumber = fields.Code("job-number", "job number"),
                PayPlanKey = fields.Key("pay-plan"),
                Grade = fields.Code("grade", "pay grade"),
                JobGroupKey = fields.Key("job-group"),
                SeriesKey = series,
                Level = level,
                Established = fields.Date("established"),
                Revised = fields.Date("revised"),
                ValidAsOf = fields.Date("valid-as-of"),
                Status = Status(fields),
                Abolished = fields.Date("abolished"),
                Successor = Successor(fields, jurisdiction),
                AlternateTitles = fields.Lines("alternate-titles", "alternate title"),
                Flsa = flsa,
                FlsaExemption = exemption,
                OvertimeEligible = Boolean(fields, "overtime-eligible"),
                EeoCategory = Eeo(fields),
                BargainingUnitKey = fields.Key("bargaining-unit"),
                JurisdictionalClassKey = fields.Key("jurisdictional-class"),
                OccupationalCode = Occupation(fields),
                ProbationaryPeriodMonths = Probation(fields),
                SpecialEntranceRate = EntranceRate(fields),
                History = CommonFields.History(fields),
                Source = CommonFields.Source(fields),
                Sections = CommonFields.Sections(body),
                Duties = Items(body, SectionIds.Duties),
                Knowledge = Items(body, "knowledge"),
                Skills = Items(body, "skills"),
                Abilities = Items(body, "abilities"),
                Licensing = Items(body, "licensing"),
                MinimumQualifications = Qualifications(body),
            };

            jobClass = CheckLifecycle(fields, jobClass);
            if (jobClass.Flsa == FlsaStatus.NonExempt && jobClass.OvertimeEligible == false)
            {
                fields.Context.Report(SpecDiagnostics.NonExemptWithoutOvertime, fields.ValueNode("overtime-eligible")!);
            }

            return new ClassDocument
            {
                Class = jobClass,
                FactorRatings = Ratings(fields),
                FactorTexts = FactorTexts(body),
            };
        }

        private static string DefaultKey(FieldSet fields, string path)
        {
            var name = path;
            var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
            name = name.Substring(slash + 1);
            var dot = name.IndexOf('.');
            var key = Text.Slug(dot > 0 ? name.Substring(0, dot) : name);
            if (key.Length == 0)
            {
                fields.Missing("key");
            }

            return key;
        }

        private static ClassStatus Status(FieldSet fields)
        {
            var node = fields.Scalar("status");
            if (node is null)
            {
                return ClassStatus.Active;
            }

            foreach (var status in ClassificationTerms.Status)
            {
                if (string.Equals(node.Value.Trim(), status.Key, StringComparison.OrdinalIgnoreCase))
                {
                    return status.Value;
                }
            }

            fields.Context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "status", "write " + Text.Choices(ClassificationTerms.Status.Select(s => s.Key).ToList()) + ".");
            return ClassStatus.Active;
        }

        /// <summary>
        /// An abolished class has the date it was abolished; only an abolished class has a date or a successor, which
        /// another class gives with SPEC068 and loses.
        /// </summary>
        private static JobClass CheckLifecycle(FieldSet fields, JobClass jobClass)
        {
            if (jobClass.Status == ClassStatus.Abolished)
            {
                if (!fields.Has("abolished"))
                {
                    fields.Missing("abolished");
                }

                return jobClass;
            }

            foreach (var name in new[] { "abolished", "successor" })
            {
                if (fields.KeyNode(name) is { } key && fields.Has(name))
                {
                    fields.Context.Report(SpecDiagnostics.NotAbolished, key, name, ClassificationTerms.StatusName(jobClass.Status));
                }
            }

            return jobClass with { Abolished = null, Successor = null };
        }

        /// <summary>A successor: the key of a class of the same jurisdiction, or 'jurisdiction' and 'key' of another's.</summary>
        private static ClassReference? Successor(FieldSet fields, string jurisdiction)
        {
            var value = fields.Value("successor");
            switch (value)
            {
                case null:
                    return null;
                case YamlText:
                    var key = fields.Key("successor");
                    return key is null ? null : new ClassReference { JurisdictionKey = jurisdiction, Key = key };
                case YamlMap map:
                    var reference = new FieldSet(fields.Context, map, "a successor", fields.PathOf("successor"), FieldNames.ClassReference);
                    var other = reference.Key("jurisdiction", required: true);
                    var otherKey = reference.Key("key", required: true);
                    return other is null || otherKey is null ? null : new ClassReference { JurisdictionKey = other, Key = otherKey };
                default:
                    fields.Context.Report(SpecDiagnostics.WrongType, value, "successor", "a class key, or 'jurisdiction' and 'key'", value.Describe());
                    return null;
            }
        }

        private static (FlsaStatus?, FlsaExemption?) Flsa(FieldSet fields)
        {
            var node = fields.Scalar("flsa");
            if (node is null)
            {
                return (null, null);
            }

            var value = Text.Slug(node.Value);
            foreach (var terms in ClassificationTerms.Flsa)
            {
                if (terms.SpecName == value)
                {
                    return (terms.Status, terms.Exemption);
                }
            }

            fields.Context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "FLSA status", "write " + Text.Choices(ClassificationTerms.Flsa.Select(t => t.SpecName).ToList()) + ".");
            return (null, null);
        }

        private static EeoCategory? Eeo(FieldSet fields)
        {
            var node = fields.Scalar("eeo-category");
            if (node is null)
            {
                return null;
            }

            var value = node.Value.Trim();
            foreach (var terms in ClassificationTerms.Eeo)
            {
                if (value == terms.Number.ToString(CultureInfo.InvariantCulture) || Text.Slug(value) == terms.SpecName)
                {
                    return terms.Category;
                }
            }

            var names = string.Join(", ", ClassificationTerms.Eeo.Select(t => t.Number.ToString(CultureInfo.InvariantCulture) + " " + t.SpecName));
            fields.Context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "EEO-4 category", "write one of the eight EEO-4 categories by number or name: " + names + ".");
            return null;
        }

        private static string? Occupation(FieldSet fields)
        {
            var node = fields.Scalar("occupational-code");
            if (node is null)
            {
                return null;
            }

            var value = node.Value.Trim();
            var match = OccupationalCode.Match(value);
            var major = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            // SOC major groups are the odd numbers from 11 (Management) to 55 (Military Specific).
            if (!match.Success || major < 11 || major > 55 || major % 2 == 0)
            {
                var why = match.Success ? $"{major:D2} is no SOC major group (they are the odd numbers 11 to 55)." : "write a SOC code such as '15-1232' or an O*NET-SOC code such as '15-1232.00'.";
                fields.Context.Report(SpecDiagnostics.InvalidValue, node, value, "occupational code", why);
                return null;
            }

            return value;
        }

        private static bool? Boolean(FieldSet fields, string name)
        {
            var node = fields.Scalar(name);
            if (node is null)
            {
                return null;
            }

            switch (node.Value.Trim().ToLowerInvariant())
            {
                case "true":
                case "yes":
                    return true;
                case "false":
                case "no":
                    return false;
                default:
                    fields.Context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "value for '" + name + "'", "write 'true' or 'false'.");
                    return null;
            }
        }

        private static int? Probation(FieldSet fields)
        {
            var node = fields.Scalar("probationary-period");
            if (node is null)
            {
                return null;
            }

            var match = Period.Match(node.Value.Trim());
            if (!match.Success)
            {
                fields.Context.Report(SpecDiagnostics.InvalidValue, node, node.Value, "probationary period", "write it as a number of months or years, e.g. '6 months' or '1 year'.");
                return null;
            }

            var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value.StartsWith("y", StringComparison.OrdinalIgnoreCase) ? count * 12 : count;
        }

        private static SpecialEntranceRate? EntranceRate(FieldSet fields)
        {
            var value = fields.Value("special-entrance-rate");
            switch (value)
            {
                case null:
                    return null;
                case YamlText text when string.Equals(text.Value.Trim(), "none", StringComparison.OrdinalIgnoreCase):
                    return new SpecialEntranceRate();
                case YamlMap map:
                    var rates = new FieldSet(fields.Context, map, "a special entrance rate", fields.PathOf("special-entrance-rate"), FieldNames.SpecialEntranceRate);
                    var amounts = new List<SalaryAmount>();
                    foreach (var entry in map.Entries)
                    {
                        var figure = rates.Value(entry.Key.Value);
                        if (SalaryBases.TryParse(entry.Key.Value, out var basis) && figure is not null && FieldSet.ParseMoney(fields.Context, figure, entry.Key.Value) is { } amount)
                        {
                            amounts.Add(new SalaryAmount { Basis = basis, Amount = amount });
                        }
                    }

                    return new SpecialEntranceRate { Amounts = amounts.ToArray() };
                default:
                    fields.Context.Report(SpecDiagnostics.WrongType, value, "special-entrance-rate", "'none' or amounts by basis (e.g. 'hourly: 19.50')", value.Describe());
                    return null;
            }
        }

        private static FactorRatingInput[] Ratings(FieldSet fields)
        {
            var ratings = new List<FactorRatingInput>();
            var map = fields.Map("factor-ratings");
            if (map is null)
            {
                return ratings.ToArray();
            }

            var known = new List<string>();
            foreach (var entry in map.Entries)
            {
                known.Add(entry.Key.Value);
            }

            var set = new FieldSet(fields.Context, map, "factor ratings", fields.PathOf("factor-ratings"), known);
            foreach (var entry in map.Entries)
            {
                var rating = set.Line(entry.Key.Value, required: true);
                if (rating is not null)
                {
                    ratings.Add(new FactorRatingInput { Key = entry.Key.Value, Rating = rating, Location = fields.Context.Locate(entry.Key) });
                }
            }

            return ratings.ToArray();
        }

        private static string[] Items(List<ParsedSection> body, string id)
        {
            foreach (var section in body)
            {
                if (section.Id == id)
                {
                    return new List<string>(section.AllItems()).ToArray();
                }
            }

            return Array.Empty<string>();
        }

        private static MinimumQualifications? Qualifications(List<ParsedSection> body)
        {
            var section = body.Find(s => s.Id == SectionIds.MinimumQualifications);
            if (section is null)
            {
                return null;
            }

            var requirements = new List<Requirement>();
            var substitutions = new List<Substitution>();
            foreach (var subsection in section.Subsections)
            {
                var substitution = SubstitutionTitle.Match(subsection.Title);
                if (substitution.Success)
                {
                    substitutions.Add(new Substitution { Substitute = substitution.Groups[1].Value, For = substitution.Groups[2].Value, Text = subsection.Body });
                    continue;
                }

                requirements.Add(new Requirement
                {
                    Kind = subsection.Id switch
                    {
                        "education" => RequirementKind.Education,
                        "experience" => RequirementKind.Experience,
                        "education-and-experience" => RequirementKind.EducationAndExperience,
                        _ => RequirementKind.Other,
                    },
                    Title = subsection.Title,
                    Alternatives = subsection.Alternatives().ToArray(),
                });
            }

            return new MinimumQualifications { Text = section.Body, Requirements = requirements.ToArray(), Substitutions = substitutions.ToArray() };
        }

        private static FactorTextInput[] FactorTexts(List<ParsedSection> body)
        {
            var texts = new List<FactorTextInput>();
            var section = body.Find(s => s.Id == SectionIds.Factors);
            if (section is not null)
            {
                foreach (var subsection in section.Subsections)
                {
                    texts.Add(new FactorTextInput { Id = subsection.Id, Title = subsection.Title, Text = subsection.Body, Location = subsection.Heading });
                }
            }

            return texts.ToArray();
        }
    }
}
