using System;
using System.Collections.Generic;
using System.Linq;
using SpecSdk.Model;
using SpecSdk.Specs.Reading;

namespace SpecSdk.Specs.Catalogs
{
    /// <summary>
    /// Joins each pay plan's versions — those in the jurisdiction file and those in version files — oldest first, and
    /// checks them together: dated where there are several, no two in effect on one day, no grade left out of a later one.
    /// </summary>
    internal static class PayPlanVersions
    {
        public static void Join(CatalogContext.JurisdictionEntry entry, IEnumerable<PayPlanVersionDocument> files, List<SpecDiagnostic> diagnostics)
        {
            var jurisdiction = entry.Jurisdiction;
            var paths = VersionPaths.Of(entry.Document);
            var sources = new List<Source>[jurisdiction.PayPlans.Count];
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var p = 0; p < sources.Length; p++)
            {
                var plan = jurisdiction.PayPlans[p];
                sources[p] = new List<Source>();
                for (var v = 0; v < plan.Versions.Count; v++)
                {
                    // A plan's one version on the plan itself may be undated; one in a list was required to have its date.
                    sources[p].Add(new Source(plan.Versions[v] with { SourcePath = jurisdiction.SourcePath }, entry.Document, paths.Prefix(p, v), required: paths.IsListed(p)));
                }

                // A key given twice is SPEC030 at the second plan; version files join the first.
                if (!byKey.ContainsKey(plan.Key))
                {
                    byKey.Add(plan.Key, p);
                }
            }

            foreach (var file in files)
            {
                if (file.PayPlanKey.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(file.PayPlanKey, out var p))
                {
                    diagnostics.Add(SpecDiagnostics.UnknownPayPlan.Create(file.LocationOf("pay-plan"), jurisdiction.Name, file.PayPlanKey, CatalogContext.Known(byKey.Keys)));
                    continue;
                }

                sources[p].Add(new Source(file.Version, file, string.Empty, required: true));
            }

            var plans = new PayPlan[sources.Length];
            for (var p = 0; p < plans.Length; p++)
            {
                var list = sources[p];
                list.Sort((a, b) =>
                {
                    var order = (a.Version.Effective?.ToDateTime() ?? DateTime.MinValue).CompareTo(b.Version.Effective?.ToDateTime() ?? DateTime.MinValue);
                    order = order != 0 ? order : string.CompareOrdinal(a.Document.Path, b.Document.Path);
                    return order != 0 ? order : string.CompareOrdinal(a.Prefix, b.Prefix);
                });
                Check(jurisdiction.PayPlans[p].Key, list, diagnostics);
                plans[p] = jurisdiction.PayPlans[p] with { Versions = list.Select(s => s.Version).ToArray() };
            }

            entry.Jurisdiction = jurisdiction with { PayPlans = plans };
        }

        private static void Check(string plan, List<Source> versions, List<SpecDiagnostic> diagnostics)
        {
            if (versions.Count < 2)
            {
                return;
            }

            // A date that is missing where it was required, or invalid, has its own diagnostic.
            foreach (var undated in versions.Where(v => v.Version.Effective is null && !v.Required && !v.Document.Fields.Any(f => f.Field == v.Prefix + "effective")))
            {
                diagnostics.Add(SpecDiagnostics.MissingField.Create(undated.Locate("grades"), "A pay plan with several versions", "effective"));
            }

            for (var i = 1; i < versions.Count; i++)
            {
                var (earlier, later) = (versions[i - 1], versions[i]);
                if (earlier.Version.Effective is not { } start || later.Version.Effective is not { } next)
                {
                    continue;
                }

                if (earlier.Version.Overlaps(later.Version))
                {
                    var ends = earlier.Version.Ends is { } end ? end.ToString() : "it starts the same day";
                    diagnostics.Add(SpecDiagnostics.VersionsOverlap.Create(later.Locate("effective"), plan, next.ToString(), start.ToString(), ends));
                }

                var kept = new HashSet<string>(later.Version.Grades.Select(g => g.Grade), StringComparer.Ordinal);
                foreach (var grade in earlier.Version.Grades)
                {
                    if (!kept.Contains(grade.Grade))
                    {
                        diagnostics.Add(SpecDiagnostics.GradeDropped.Create(later.Locate("grades"), plan, grade.Grade, start.ToString(), next.ToString()));
                    }
                }
            }
        }

        private sealed class Source
        {
            public Source(PayPlanVersion version, SpecDocument document, string prefix, bool required)
            {
                Version = version;
                Document = document;
                Prefix = prefix;
                Required = required;
            }

            public PayPlanVersion Version { get; }

            public SpecDocument Document { get; }

            /// <summary>The path of the version's fields in its document: "pay-plans[0].versions[1].", or "" in a version file.</summary>
            public string Prefix { get; }

            /// <summary>True when the reader required the version's effective date (and reported it missing).</summary>
            public bool Required { get; }

            public SourceLocation Locate(string field) => Document.LocationOf(Prefix + field, Prefix + "effective", Prefix.TrimEnd('.'), "pay-plan");
        }
    }

    /// <summary>
    /// Where the fields of each version of a jurisdiction file's plans stand: <c>pay-plans[0].versions[1].</c> for a
    /// version in a plan's 'versions' list, <c>pay-plans[0].</c> for a plan's one version given on the plan itself.
    /// Found in one pass over the file's fields: a plan's versions are listed when a field of one was read.
    /// </summary>
    internal sealed class VersionPaths
    {
        private const string Plans = "pay-plans[";
        private const string Versions = "].versions[";
        private readonly HashSet<int> listed;

        private VersionPaths(HashSet<int> listed)
        {
            this.listed = listed;
        }

        public static VersionPaths Of(SpecDocument document)
        {
            var listed = new HashSet<int>();
            foreach (var field in document.Fields)
            {
                var name = field.Field;
                var close = name.StartsWith(Plans, StringComparison.Ordinal) ? name.IndexOf(']', Plans.Length) : -1;
                if (close > 0 && string.CompareOrdinal(name, close, Versions, 0, Versions.Length) == 0 && int.TryParse(name.Substring(Plans.Length, close - Plans.Length), out var plan))
                {
                    listed.Add(plan);
                }
            }

            return new VersionPaths(listed);
        }

        /// <summary>True when plan <paramref name="plan"/> lists its versions under 'versions'.</summary>
        public bool IsListed(int plan) => listed.Contains(plan);

        /// <summary>The path before the fields of version <paramref name="version"/> of plan <paramref name="plan"/>.</summary>
        public string Prefix(int plan, int version) => IsListed(plan)
            ? CommonFields.Indexed(CommonFields.Indexed("pay-plans", plan) + ".versions", version) + "."
            : CommonFields.Indexed("pay-plans", plan) + ".";
    }
}
