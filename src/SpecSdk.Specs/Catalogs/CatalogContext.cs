using System;
using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Catalogs
{
    /// <summary>A job class with its references resolved against its jurisdiction and series, and what was wrong.</summary>
    public sealed record ResolvedClass
    {
        /// <summary>The document the class was read from.</summary>
        public ClassDocument Document { get; init; } = new ClassDocument();

        /// <summary>The class, or null when its jurisdiction does not exist.</summary>
        public JobClass? Class { get; init; }

        /// <summary>The problems found while resolving it.</summary>
        public EquatableArray<SpecDiagnostic> Diagnostics { get; init; }
    }

    /// <summary>
    /// The jurisdictions and class series of a catalog, checked, against which each class is resolved on its own.
    /// A class's resolution depends only on its document and this context, so a build that keeps the context can
    /// re-resolve just the classes that changed. Equal when made from equal documents.
    /// </summary>
    public sealed class CatalogContext : IEquatable<CatalogContext>
    {
        private readonly EquatableArray<JurisdictionDocument> jurisdictionDocuments;
        private readonly EquatableArray<SeriesDocument> seriesDocuments;
        private readonly EquatableArray<PayPlanVersionDocument> versionDocuments;
        private readonly Dictionary<string, JurisdictionEntry> jurisdictions = new Dictionary<string, JurisdictionEntry>(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), SeriesEntry> series = new Dictionary<(string, string), SeriesEntry>();

        private CatalogContext(JurisdictionDocument[] jurisdictionDocuments, SeriesDocument[] seriesDocuments, PayPlanVersionDocument[] versionDocuments)
        {
            this.jurisdictionDocuments = jurisdictionDocuments;
            this.seriesDocuments = seriesDocuments;
            this.versionDocuments = versionDocuments;
            var diagnostics = new List<SpecDiagnostic>();
            foreach (var document in jurisdictionDocuments)
            {
                AddJurisdiction(document, diagnostics);
            }

            foreach (var entry in jurisdictions.Values)
            {
                PayPlanVersions.Join(entry, versionDocuments.Where(v => v.Jurisdiction == entry.Document.Jurisdiction.Key), diagnostics);
            }

            foreach (var document in versionDocuments)
            {
                TryJurisdiction(document, diagnostics, out _);
            }

            foreach (var document in seriesDocuments)
            {
                AddSeries(document, diagnostics);
            }

            Diagnostics = diagnostics.ToArray();
        }

        /// <summary>The problems with the jurisdictions and series themselves.</summary>
        public EquatableArray<SpecDiagnostic> Diagnostics { get; }

        /// <summary>The jurisdictions that exist, ordered by key.</summary>
        public IEnumerable<Jurisdiction> Jurisdictions => jurisdictions.Values.Select(j => j.Jurisdiction).OrderBy(j => j.Key, StringComparer.Ordinal);

        /// <summary>The series that exist, each with the document it came from, ordered by jurisdiction and key.</summary>
        internal IEnumerable<(SeriesDocument Document, ClassSeries Series)> Series =>
            series.Values.OrderBy(s => s.Series.JurisdictionKey, StringComparer.Ordinal).ThenBy(s => s.Series.Key, StringComparer.Ordinal).Select(s => (s.Document, s.Series));

        /// <summary>True for the documents a context is made of: jurisdictions, their pay plan versions and class series.</summary>
        public static bool IsContext(SpecDocument? document) => document is JurisdictionDocument or SeriesDocument or PayPlanVersionDocument;

        /// <summary>Checks the jurisdiction, pay plan version and series documents among <paramref name="documents"/>; others are ignored.</summary>
        public static CatalogContext Create(IEnumerable<SpecDocument> documents)
        {
            var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.FrontMatter.Start).ToList();
            return new CatalogContext(ordered.OfType<JurisdictionDocument>().ToArray(), ordered.OfType<SeriesDocument>().ToArray(), ordered.OfType<PayPlanVersionDocument>().ToArray());
        }

        /// <summary>Resolves one class: its jurisdiction, pay grade, job group, series and factors, boilerplate, required sections.</summary>
        public ResolvedClass Resolve(ClassDocument document)
        {
            var diagnostics = new List<SpecDiagnostic>();
            var jobClass = document.Class;
            if (jobClass.Key.Length == 0 || !TryJurisdiction(document, diagnostics, out var entry))
            {
                return new ResolvedClass { Document = document, Diagnostics = diagnostics.ToArray() };
            }

            var jurisdiction = entry.Jurisdiction;
            jobClass = ResolvePay(document, jobClass, jurisdiction, diagnostics);
            if (jobClass.BargainingUnitKey is { } unit && !jurisdiction.BargainingUnits.Any(u => u.Key == unit))
            {
                diagnostics.Add(SpecDiagnostics.UnknownBargainingUnit.Create(document.LocationOf("bargaining-unit"), jurisdiction.Name, unit, Known(jurisdiction.BargainingUnits.Select(u => u.Key))));
                jobClass = jobClass with { BargainingUnitKey = null };
            }

            if (jobClass.Code is { } code && entry.CodeShape is { } shape && !JobCodeTable.HasShape(shape, code))
            {
                diagnostics.Add(SpecDiagnostics.CodeNotOfShape.Create(document.LocationOf(FieldNames.Code), code, jurisdiction.Name, jurisdiction.CodePattern!));
            }

            if (jobClass.JurisdictionalClassKey is { } civil && !jurisdiction.JurisdictionalClasses.Any(c => c.Key == civil))
            {
                diagnostics.Add(SpecDiagnostics.UnknownJurisdictionalClass.Create(document.LocationOf("jurisdictional-class"), jurisdiction.Name, civil, Known(jurisdiction.JurisdictionalClasses.Select(c => c.Key))));
                jobClass = jobClass with { JurisdictionalClassKey = null };
            }

            if (jobClass.JobGroupKey is { } group && !entry.Groups.Contains(group))
            {
                diagnostics.Add(SpecDiagnostics.UnknownJobGroup.Create(document.LocationOf("job-group"), jurisdiction.Name, group, Known(entry.Groups)));
                jobClass = jobClass with { JobGroupKey = null };
            }

            jobClass = ResolveSeries(document, jobClass, jurisdiction, diagnostics);
            jobClass = MergeBoilerplate(jobClass, entry);
            CheckRequiredSections(document, jobClass, jurisdiction, diagnostics);
            return new ResolvedClass { Document = document, Class = jobClass, Diagnostics = diagnostics.ToArray() };
        }

        /// <inheritdoc/>
        public bool Equals(CatalogContext? other) =>
            other is not null && jurisdictionDocuments.Equals(other.jurisdictionDocuments) && seriesDocuments.Equals(other.seriesDocuments) && versionDocuments.Equals(other.versionDocuments);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as CatalogContext);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((((jurisdictionDocuments.GetHashCode() * 31) + seriesDocuments.GetHashCode()) * 31) + versionDocuments.GetHashCode());

        internal static string Known(IEnumerable<string> keys)
        {
            var list = keys.Where(k => k.Length > 0).OrderBy(k => k, StringComparer.Ordinal).Take(10).ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list);
        }

        private void AddJurisdiction(JurisdictionDocument document, List<SpecDiagnostic> diagnostics)
        {
            var key = document.Jurisdiction.Key;
            if (key.Length == 0)
            {
                return;
            }

            if (jurisdictions.TryGetValue(key, out var first))
            {
                diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(document.LocationOf("key"), "jurisdiction", key, first.Document.LocationOf("key"), string.Empty));
                return;
            }

            jurisdictions.Add(key, new JurisdictionEntry(document));
        }

        private void AddSeries(SeriesDocument document, List<SpecDiagnostic> diagnostics)
        {
            var classSeries = document.Series;
            if (classSeries.Key.Length == 0 || !TryJurisdiction(document, diagnostics, out var entry))
            {
                return;
            }

            var id = (classSeries.JurisdictionKey, classSeries.Key);
            if (series.TryGetValue(id, out var first))
            {
                diagnostics.Add(SpecDiagnostics.DuplicateKey.Create(document.LocationOf("key"), "class series", classSeries.Key, first.Document.LocationOf("key"), string.Empty));
                return;
            }

            if (classSeries.JobGroupKey is { } group && !entry.Groups.Contains(group))
            {
                diagnostics.Add(SpecDiagnostics.UnknownJobGroup.Create(document.LocationOf("job-group"), entry.Jurisdiction.Name, group, Known(entry.Groups)));
                classSeries = classSeries with { JobGroupKey = null };
            }

            series.Add(id, new SeriesEntry(document, classSeries));
        }

        private bool TryJurisdiction(SpecDocument document, List<SpecDiagnostic> diagnostics, out JurisdictionEntry entry)
        {
            if (jurisdictions.TryGetValue(document.JurisdictionKey, out entry!))
            {
                return true;
            }

            if (document.JurisdictionKey.Length > 0)
            {
                diagnostics.Add(SpecDiagnostics.UnknownJurisdiction.Create(document.LocationOf("jurisdiction"), document.JurisdictionKey, Known(jurisdictions.Keys)));
            }

            return false;
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

            // An abolished class may keep a grade its plan's later versions dropped (SPEC061 says so at the plan).
            if (plan.FindGrade(grade) is null && !(jobClass.Status == ClassStatus.Abolished && plan.Versions.Any(v => v.FindGrade(grade) is not null)))
            {
                diagnostics.Add(SpecDiagnostics.UnknownGrade.Create(document.LocationOf("grade"), plan.Key, grade, Known(plan.Grades.Select(g => g.Grade))));
                return jobClass with { Grade = null, PayPlanKey = null };
            }

            return plan.Key == jobClass.PayPlanKey ? jobClass : jobClass with { PayPlanKey = plan.Key };
        }

        private JobClass ResolveSeries(ClassDocument document, JobClass jobClass, Jurisdiction jurisdiction, List<SpecDiagnostic> diagnostics)
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

            var factors = new FactorRating[definitions.Count];
            for (var i = 0; i < factors.Length; i++)
            {
                var definition = definitions[i];
                var rating = document.FactorRatings.FirstOrDefault(r => r.Key == definition.Key);
                if (rating is null)
                {
                    diagnostics.Add(SpecDiagnostics.MissingFactorRating.Create(document.LocationOf("factor-ratings", "series"), seriesKey, definition.Key));
                }

                factors[i] = new FactorRating
                {
                    FactorKey = definition.Key,
                    FactorName = definition.Name,
                    Rating = rating?.Rating ?? string.Empty,
                    Text = document.FactorTexts.FirstOrDefault(t => Matches(definition, t))?.Text ?? string.Empty,
                };
            }

            return jobClass with { Factors = factors };
        }

        private static bool Matches(FactorDefinition definition, FactorTextInput text) =>
            text.Id == definition.Key || Text.Slug(text.Title) == definition.Key || string.Equals(text.Title, definition.Name, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The jurisdiction's boilerplate becomes the lead of the class section with the same id; boilerplate the
        /// class does not have is appended, in the jurisdiction's order.
        /// </summary>
        private static JobClass MergeBoilerplate(JobClass jobClass, JurisdictionEntry entry)
        {
            var boilerplate = entry.Jurisdiction.Boilerplate;
            if (boilerplate.IsEmpty)
            {
                return jobClass;
            }

            var sections = new List<Section>(jobClass.Sections.Count + boilerplate.Count);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var section in jobClass.Sections)
            {
                used.Add(section.Id);
                if (!entry.Boilerplate.TryGetValue(section.Id, out var lead))
                {
                    sections.Add(section);
                    continue;
                }

                sections.Add(section with
                {
                    Lead = lead.Body,
                    // A class's own subsection stands in for the boilerplate's of the same id, as its section does.
                    Subsections = lead.Subsections.IsEmpty ? section.Subsections : lead.Subsections.Where(b => section.Subsections.All(s => s.Id != b.Id)).Concat(section.Subsections).ToArray(),
                });
            }

            foreach (var section in boilerplate)
            {
                if (!used.Contains(section.Id))
                {
                    sections.Add(entry.Appended[section.Id]);
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

        internal sealed class JurisdictionEntry
        {
            public JurisdictionEntry(JurisdictionDocument document)
            {
                Document = document;
                Jurisdiction = document.Jurisdiction;
                var jurisdiction = document.Jurisdiction;
                Groups = new HashSet<string>(jurisdiction.JobGroups.Select(g => g.Key), StringComparer.Ordinal);
                CodeShape = jurisdiction.CodePattern is { } pattern ? JobCodeTable.CodeShape(pattern) : null;
                foreach (var section in jurisdiction.Boilerplate)
                {
                    if (!Boilerplate.ContainsKey(section.Id))
                    {
                        Boilerplate.Add(section.Id, section);
                        Appended.Add(section.Id, section with { Lead = section.Body, Body = string.Empty });
                    }
                }
            }

            public JurisdictionDocument Document { get; }

            /// <summary>The jurisdiction, with the versions its pay plans have in files of their own joined in.</summary>
            public Jurisdiction Jurisdiction { get; set; }

            public HashSet<string> Groups { get; }

            /// <summary>What the jurisdiction's codes match, when it declares their shape.</summary>
            public System.Text.RegularExpressions.Regex? CodeShape { get; }

            /// <summary>Boilerplate by section id: the lead of a class section with that id.</summary>
            public Dictionary<string, Section> Boilerplate { get; } = new Dictionary<string, Section>(StringComparer.Ordinal);

            /// <summary>Boilerplate as appended to a class that lacks the section: one shared instance each.</summary>
            public Dictionary<string, Section> Appended { get; } = new Dictionary<string, Section>(StringComparer.Ordinal);
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
