using System;
using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Catalogs
{
    /// <summary>The catalog joined from all documents, and the diagnostics of the rules across files.</summary>
    public sealed record CatalogResult
    {
        /// <summary>
        /// The catalog. Every reference in it resolves: a class whose jurisdiction is unknown is left out, and a
        /// grade, group or series that does not exist is dropped from the class (with a diagnostic).
        /// </summary>
        public Catalog Catalog { get; init; } = new Catalog();

        /// <summary>The diagnostics of the cross-file rules, ordered by path and position.</summary>
        public EquatableArray<SpecDiagnostic> Diagnostics { get; init; }
    }

    /// <summary>
    /// Joins documents into a <see cref="Catalog"/>: resolves references between files, merges each jurisdiction's
    /// boilerplate into its classes, orders series levels, and reports what does not fit together.
    /// </summary>
    public static class CatalogBuilder
    {
        /// <summary>Builds the catalog. The result depends only on the documents, not on their order.</summary>
        public static CatalogResult Build(IEnumerable<SpecDocument> documents)
        {
            var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.FrontMatter.Start).ToList();
            var diagnostics = new List<SpecDiagnostic>();
            var jurisdictions = Jurisdictions(ordered, diagnostics);
            var series = Series(ordered, jurisdictions, diagnostics);
            var classes = Classes(ordered, jurisdictions, series, diagnostics);
            var levels = Levels(series, classes, diagnostics);

            var catalog = new Catalog
            {
                Jurisdictions = jurisdictions.Values.Select(j => j.Jurisdiction).OrderBy(j => j.Key, StringComparer.Ordinal).ToArray(),
                Series = series.Values
                    .Select(s => s.Series with { Levels = levels[(s.Series.JurisdictionKey, s.Series.Key)] })
                    .OrderBy(s => s.JurisdictionKey, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal)
                    .ToArray(),
                Classes = classes
                    .Select(c => c.Class)
                    .OrderBy(c => c.JurisdictionKey, StringComparer.Ordinal)
                    .ThenBy(c => c.SeriesKey ?? string.Empty, StringComparer.Ordinal)
                    .ThenBy(c => c.Level ?? 0)
                    .ThenBy(c => c.Key, StringComparer.Ordinal)
                    .ToArray(),
            };

            diagnostics.Sort((a, b) =>
            {
                var byPath = string.CompareOrdinal(a.Location.Path, b.Location.Path);
                return byPath != 0 ? byPath : a.Location.Start != b.Location.Start ? a.Location.Start.CompareTo(b.Location.Start) : string.CompareOrdinal(a.Message, b.Message);
            });
            return new CatalogResult { Catalog = catalog, Diagnostics = diagnostics.ToArray() };
        }

        private static Dictionary<string, JurisdictionDocument> Jurisdictions(List<SpecDocument> documents, List<SpecDiagnostic> diagnostics)
        {
            var result = new Dictionary<string, JurisdictionDocument>(StringComparer.Ordinal);
            foreach (var document in documents.OfType<JurisdictionDocument>())
            {
                var key = document.Jurisdiction.Key;
                if (key.Length == 0)
                {
                    continue;
                }

                if (result.TryGetValue(key, out var first))
                {
                    diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(document.LocationOf("key"), "jurisdiction", key, first.LocationOf("key"), string.Empty));
                    continue;
                }

                result.Add(key, document);
            }

            return result;
        }

        private static Dictionary<(string, string), SeriesEntry> Series(List<SpecDocument> documents, Dictionary<string, JurisdictionDocument> jurisdictions, List<SpecDiagnostic> diagnostics)
        {
            var result = new Dictionary<(string, string), SeriesEntry>();
            foreach (var document in documents.OfType<SeriesDocument>())
            {
                var series = document.Series;
                if (series.Key.Length == 0 || !TryJurisdiction(document, jurisdictions, diagnostics, out var jurisdiction))
                {
                    continue;
                }

                var id = (series.JurisdictionKey, series.Key);
                if (result.TryGetValue(id, out var first))
                {
                    diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(document.LocationOf("key"), "class series", series.Key, first.Document.LocationOf("key"), string.Empty));
                    continue;
                }

                if (series.JobGroupKey is { } group && !HasGroup(jurisdiction, group))
                {
                    diagnostics.Add(SpecDiagnostics.UnknownJobGroup.Create(document.LocationOf("job-group"), jurisdiction.Jurisdiction.Name, group, Known(jurisdiction.Jurisdiction.JobGroups.Select(g => g.Key))));
                    series = series with { JobGroupKey = null };
                }

                result.Add(id, new SeriesEntry(document, series));
            }

            return result;
        }

        private static List<(ClassDocument Document, JobClass Class)> Classes(
            List<SpecDocument> documents,
            Dictionary<string, JurisdictionDocument> jurisdictions,
            Dictionary<(string, string), SeriesEntry> series,
            List<SpecDiagnostic> diagnostics)
        {
            var classes = new List<(ClassDocument, JobClass)>();
            var keys = new Dictionary<(string, string), ClassDocument>();
            var codes = new Dictionary<(string, string), ClassDocument>();
            var numbers = new Dictionary<(string, string), ClassDocument>();
            foreach (var document in documents.OfType<ClassDocument>())
            {
                var jobClass = document.Class;
                if (jobClass.Key.Length == 0 || !TryJurisdiction(document, jurisdictions, diagnostics, out var jurisdictionDocument))
                {
                    continue;
                }

                var jurisdiction = jurisdictionDocument.Jurisdiction;
                if (keys.TryGetValue((jurisdiction.Key, jobClass.Key), out var sameKey))
                {
                    var hint = document.Fields.Any(f => f.Field == "key") ? string.Empty : " This spec's key comes from its file name; set 'key' to choose another.";
                    diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(document.LocationOf("key"), "job class", jobClass.Key, sameKey.LocationOf("key"), hint));
                    continue;
                }

                keys.Add((jurisdiction.Key, jobClass.Key), document);
                if (jobClass.Code is { } code && !Claim(codes, (jurisdiction.Key, code), document, out var sameCode))
                {
                    diagnostics.Add(SpecDiagnostics.DuplicateCode.Create(document.LocationOf("code"), code, sameCode.Class.Title, sameCode.LocationOf("code")));
                    jobClass = jobClass with { Code = null };
                }

                if (jobClass.JobNumber is { } number && !Claim(numbers, (jurisdiction.Key, number), document, out var sameNumber))
                {
                    diagnostics.Add(SpecDiagnostics.DuplicateJobNumber.Create(document.LocationOf("job-number"), number, sameNumber.Class.Title, sameNumber.LocationOf("job-number")));
                    jobClass = jobClass with { JobNumber = null };
                }

                jobClass = ResolvePay(document, jobClass, jurisdiction, diagnostics);
                if (jobClass.JobGroupKey is { } group && !HasGroup(jurisdictionDocument, group))
                {
                    diagnostics.Add(SpecDiagnostics.UnknownJobGroup.Create(document.LocationOf("job-group"), jurisdiction.Name, group, Known(jurisdiction.JobGroups.Select(g => g.Key))));
                    jobClass = jobClass with { JobGroupKey = null };
                }

                jobClass = ResolveSeries(document, jobClass, jurisdiction, series, diagnostics);
                jobClass = MergeBoilerplate(jobClass, jurisdiction);
                CheckRequiredSections(document, jobClass, jurisdiction, diagnostics);
                classes.Add((document, jobClass));
            }

            return classes;
        }

        private static bool Claim(Dictionary<(string, string), ClassDocument> claimed, (string, string) id, ClassDocument document, out ClassDocument first)
        {
            if (claimed.TryGetValue(id, out first!))
            {
                return false;
            }

            claimed.Add(id, document);
            first = document;
            return true;
        }

        private static JobClass ResolvePay(ClassDocument document, JobClass jobClass, Jurisdiction jurisdiction, List<SpecDiagnostic> diagnostics)
        {
            if (jobClass.Grade is not { } grade)
            {
                return jobClass.PayPlanKey is null ? jobClass : jobClass with { PayPlanKey = null };
            }

            PayPlan? plan = null;
            if (jobClass.PayPlanKey is { } planKey)
            {
                plan = jurisdiction.PayPlans.FirstOrDefault(p => p.Key == planKey);
                if (plan is null)
                {
                    diagnostics.Add(SpecDiagnostics.UnknownPayPlan.Create(document.LocationOf("pay-plan"), jurisdiction.Name, planKey, Known(jurisdiction.PayPlans.Select(p => p.Key))));
                }
            }
            else if (jurisdiction.PayPlans.Count == 1)
            {
                plan = jurisdiction.PayPlans[0];
            }
            else
            {
                diagnostics.Add(SpecDiagnostics.UnknownPayPlan.Create(document.LocationOf("grade"), jurisdiction.Name, string.Empty, Known(jurisdiction.PayPlans.Select(p => p.Key))));
            }

            if (plan is null)
            {
                return jobClass with { Grade = null, PayPlanKey = null };
            }

            if (plan.FindGrade(grade) is null)
            {
                diagnostics.Add(SpecDiagnostics.UnknownGrade.Create(document.LocationOf("grade"), plan.Key, grade, Known(plan.Grades.Select(g => g.Grade))));
                return jobClass with { Grade = null, PayPlanKey = null };
            }

            return jobClass with { PayPlanKey = plan.Key };
        }

        private static JobClass ResolveSeries(
            ClassDocument document,
            JobClass jobClass,
            Jurisdiction jurisdiction,
            Dictionary<(string, string), SeriesEntry> series,
            List<SpecDiagnostic> diagnostics)
        {
            if (jobClass.SeriesKey is not { } seriesKey)
            {
                if (!document.FactorRatings.IsEmpty)
                {
                    diagnostics.Add(SpecDiagnostics.MissingField.Create(document.LocationOf("factor-ratings"), "A class spec with factor ratings", "series"));
                }

                return jobClass;
            }

            if (!series.TryGetValue((jurisdiction.Key, seriesKey), out var entry))
            {
                var known = Known(series.Keys.Where(k => k.Item1 == jurisdiction.Key).Select(k => k.Item2));
                diagnostics.Add(SpecDiagnostics.UnknownSeries.Create(document.LocationOf("series"), jurisdiction.Name, seriesKey, known));
                return jobClass with { SeriesKey = null, Level = null };
            }

            var definitions = entry.Series.Factors;
            var knownFactors = Known(definitions.Select(f => f.Key));
            foreach (var rating in document.FactorRatings)
            {
                if (!definitions.Any(f => f.Key == rating.Key))
                {
                    diagnostics.Add(SpecDiagnostics.UnknownFactor.Create(rating.Location, seriesKey, rating.Key, knownFactors));
                }
            }

            foreach (var text in document.FactorTexts)
            {
                if (!definitions.Any(f => Matches(f, text)))
                {
                    diagnostics.Add(SpecDiagnostics.UnknownFactor.Create(text.Location, seriesKey, text.Title, knownFactors));
                }
            }

            var factors = new List<FactorRating>();
            foreach (var definition in definitions)
            {
                var rating = document.FactorRatings.FirstOrDefault(r => r.Key == definition.Key);
                if (rating is null)
                {
                    diagnostics.Add(SpecDiagnostics.MissingFactorRating.Create(document.LocationOf(document.Fields.Any(f => f.Field == "factor-ratings") ? "factor-ratings" : "series"), seriesKey, definition.Key));
                }

                factors.Add(new FactorRating
                {
                    FactorKey = definition.Key,
                    FactorName = definition.Name,
                    Rating = rating?.Rating ?? string.Empty,
                    Text = document.FactorTexts.FirstOrDefault(t => Matches(definition, t))?.Text ?? string.Empty,
                });
            }

            return jobClass with { Factors = factors.ToArray() };
        }

        private static bool Matches(FactorDefinition definition, FactorTextInput text) =>
            text.Id == definition.Key || Text.Slug(text.Title) == definition.Key || string.Equals(text.Title, definition.Name, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The jurisdiction's boilerplate becomes the lead of the class section with the same id; boilerplate the
        /// class does not have is appended, in the jurisdiction's order.
        /// </summary>
        private static JobClass MergeBoilerplate(JobClass jobClass, Jurisdiction jurisdiction)
        {
            if (jurisdiction.Boilerplate.IsEmpty)
            {
                return jobClass;
            }

            var sections = new List<Section>();
            foreach (var section in jobClass.Sections)
            {
                var boilerplate = jurisdiction.Boilerplate.FirstOrDefault(b => b.Id == section.Id);
                sections.Add(boilerplate is null ? section : section with
                {
                    Lead = boilerplate.Body,
                    Subsections = boilerplate.Subsections.Concat(section.Subsections).ToArray(),
                });
            }

            foreach (var boilerplate in jurisdiction.Boilerplate)
            {
                if (!jobClass.Sections.Any(s => s.Id == boilerplate.Id))
                {
                    sections.Add(boilerplate with { Lead = boilerplate.Body, Body = string.Empty });
                }
            }

            return jobClass with { Sections = sections.ToArray() };
        }

        private static void CheckRequiredSections(ClassDocument document, JobClass jobClass, Jurisdiction jurisdiction, List<SpecDiagnostic> diagnostics)
        {
            foreach (var id in jurisdiction.RequiredSections)
            {
                var section = jobClass.FindSection(id);
                if (section is null)
                {
                    diagnostics.Add(SpecDiagnostics.MissingRequiredSection.Create(document.FrontMatter, jurisdiction.Name, id));
                }
                else if (section.Body.Length == 0 && section.Subsections.All(s => s.IsEmpty))
                {
                    diagnostics.Add(SpecDiagnostics.EmptyRequiredSection.Create(document.LocationOfSection(id) ?? document.FrontMatter, section.Title, jurisdiction.Name));
                }
            }
        }

        private static Dictionary<(string, string), string[]> Levels(
            Dictionary<(string, string), SeriesEntry> series,
            List<(ClassDocument Document, JobClass Class)> classes,
            List<SpecDiagnostic> diagnostics)
        {
            var result = new Dictionary<(string, string), string[]>();
            var bySeries = classes.Where(c => c.Class.SeriesKey is not null).ToLookup(c => (c.Class.JurisdictionKey, c.Class.SeriesKey!));
            foreach (var entry in series)
            {
                var members = bySeries[entry.Key]
                    .OrderBy(c => c.Class.Level ?? 0).ThenBy(c => c.Class.Key, StringComparer.Ordinal)
                    .ToList();
                for (var i = 0; i < members.Count; i++)
                {
                    if (members[i].Class.Level != i + 1)
                    {
                        var levels = string.Join(", ", members.Select(m => m.Class.Level));
                        diagnostics.Add(SpecDiagnostics.LevelOrder.Create(members[i].Document.LocationOf("level"), entry.Key.Item2, levels));
                        break;
                    }
                }

                result.Add(entry.Key, members.Select(m => m.Class.Key).ToArray());
            }

            return result;
        }

        private static bool TryJurisdiction(SpecDocument document, Dictionary<string, JurisdictionDocument> jurisdictions, List<SpecDiagnostic> diagnostics, out JurisdictionDocument jurisdiction)
        {
            if (jurisdictions.TryGetValue(document.JurisdictionKey, out jurisdiction!))
            {
                return true;
            }

            if (document.JurisdictionKey.Length > 0)
            {
                diagnostics.Add(SpecDiagnostics.UnknownJurisdiction.Create(document.LocationOf("jurisdiction"), document.JurisdictionKey, Known(jurisdictions.Keys)));
            }

            return false;
        }

        private static bool HasGroup(JurisdictionDocument jurisdiction, string key) => jurisdiction.Jurisdiction.JobGroups.Any(g => g.Key == key);

        private static string Known(IEnumerable<string> keys)
        {
            var list = keys.Where(k => k.Length > 0).OrderBy(k => k, StringComparer.Ordinal).Take(10).ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list);
        }

        private sealed class SeriesEntry
        {
            public SeriesEntry(SeriesDocument document, ClassSeries series)
            {
                Document = document;
                Series = series;
            }

            public SeriesDocument Document { get; }

            public ClassSeries Series { get; }
        }
    }
}
